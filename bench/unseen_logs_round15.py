#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fifteenth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.635 over the 19
logs the frozen CLI read (`templates` stopped on huawei_vrp_logfile with "TemplateMiner::setTemplate:
token count differs"; two lines of it are enough: an SSH logout and the failed SSH login after it);
once mining went on there (the same day), 0.615 over all 20, huawei_vrp_logfile 0.240.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java stack frame with Zimbra's "ExceptionId:" and "Code:"
lines, the indented JSON of the reply the SSM agent sends, the "caused by:" lines of an AWS SDK
error, a Python traceback and the "Command:", "Exit code:", ... lines of cloud-init's process
error, the lines Kodi indents under a Python add-on's exception, Tomcat's note and frames under
"Error parsing HTTP request header", c3p0's message text) carry the time, level and component of
the record they belong to; a record that has no header at all (EMQX's start script lines,
FoundationDB's XML heading, journalctl's "-- Boot ... --", Minetest's "Separator" block, ninja's
and gcc's lines, the PX4 logo, "px4 starting.", rcS' parameter lines and the commands typed at
pxh>, every line of the OpenFOAM log and slurmstepd's and srun's, GitLab's lines around a fastlane
run and fastlane's tables, the "=== pipelinerun" line between two Tekton runs) gets the time of its
neighbours and no level or component. The lines pg_ctl, pg_rewind and pg_isready write to Patroni's
stdout have journald's time and program but no level; those PostgreSQL writes there before its
logging collector takes over keep their own level (LOG, HINT). gcc's warning in PX4's build has the
level "warning", and the first line written after the pxh> prompt ("pxh> INFO  [mavlink] ...") is
that record's.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the solver and field of OpenFOAM's "%s:  Solving for %s, Initial residual = ...",
the name of each force coefficient, the buy or sell and the "stop loss" or "take profit" of a
MetaTrader trade line, the field name of Kannel's "  %s: %ld = 0x%08lx" PDU dump lines, the command
of bash's xtrace "+ %s" in Tekton's git-clone step (a line one level deeper, "++ ", is the same
event), the state of Huawei's "Interface %s has turned into %s state.", the details of a
FoundationDB event, whose Type makes the event, the value of each key of the SSM agent's JSON
reply, whose key and depth make the event), while two format strings that look alike are two
events (EMQX reports with another msg, Huawei's linkDown_active and linkDown_clear, Patroni's
"the leader with the lock" and "a secondary, and following a leader", Syncthing's "Established
secure connection" and "Connected to already connected device", each Lynis "Test:" and "Result:"
line, written by its own call site, as are the "key: value" lines of its heading, the rows of the
Minetest and PX4 logos). Where a program wraps the line of another (journald's short header before
Syncthing's and Patroni's own lines, tkn's "[task : step] " prefix, fastlane's "▸ " before
xcodebuild's, agvtool's, zip's and Gradle's output, OpenLiteSpeed's "[STDERR] " before PHP's
messages), the event is the inner line's format, the time is the outer one's, the level the inner
one's (Syncthing's and Patroni's own, kaniko's "INFO[0012]", golangci-lint's "level=warning",
git-init's JSON "level") and the component the outer one's program (syncthing, patroni, systemd)
or tkn's task.

Levels are as written: BeeGFS's "(3)", FoundationDB's Severity (10, 20, 30), MetaTrader's type
column (0, 2), Huawei's severity digit (its name counts too: "4" or "warning"). The component is the
logger or module where the log names one (Huawei's module such as IFNET, BeeGFS's context in
brackets, Zimbra's logger, OpenMRS' class and Tomcat's source class, Kodi's "<general>",
cloud-init's file name, PX4's module, the SSM agent's first bracket, its worker or a part such as
CredentialRefresher, MetaTrader's source column); thread names (BeeGFS's Worker12, Minetest's
[Server], Kannel's and Zimbra's threads), pids, connections (OpenLiteSpeed's "[ip:port#vhost]"),
EMQX's "tag:" and hosts are not components. Where a log writes local time without an offset, the
host's clock is UTC. BeeGFS and journalctl's short format write no year; fastlane's "[10:00:05]:"
and MetaTrader's column hold a time of day only, and the true time is that one; the Tekton, PX4 and
OpenFOAM logs have no time a reader would go by (kaniko's "INFO[0012]" counts seconds since its step
started, git-init's JSON "ts" is in a few lines only).

usage: unseen_logs_round15.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round15)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round15")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def py_traceback(g, frames, last):
    """A Python traceback as (line, event): the heading, "  File ..., line N, in f" and the source line of each frame, the exception."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for path, fn, src in frames:
        out.append((f'  File "{path}", line {g.num(20, 2400)}, in {fn}', "tb_file"))
        out.append((f"    {src}", "tb_code"))
    out.append((last, "tb_exception"))
    return out


def periodic(L, ev, *schedules):
    """Wrap the events of a log so that each (period, fn, jitter) of `schedules` also runs fn() every `period` seconds (give or take
    `jitter`), at its time, the schedules in the order of their times."""
    due = [None] * len(schedules)

    def wrap(f):
        def run():
            for k, (period, _, _) in enumerate(schedules):
                if due[k] is None:
                    due[k] = L.t + dt.timedelta(seconds=period * L.r.random())
            while min(due) <= L.t:
                k = due.index(min(due))
                period, fn, jitter = schedules[k]
                saved = L.t
                L.t = max(due[k], L.rows[-1][2]) if L.rows else due[k]
                fn()
                L.t = max(saved, L.t)
                due[k] += dt.timedelta(seconds=period + L.r.uniform(-jitter, jitter))
            f()
        return run
    return [(w, wrap(f)) for w, f in ev]


def step(L, ms_mean):
    """Move the clock of L on by about ms_mean milliseconds (at least one)."""
    L.t += dt.timedelta(milliseconds=int(L.r.expovariate(1.0 / ms_mean)) + 1)


# 1 ---------------------------------------------------------------- Huawei CloudEngine CE6881-48S6CQ leaf switch (VRP V200R022C00SPC500) of a university data centre, logfile/log.log copied off its flash:
#   "Dec  1 2026 10:00:00+00:00 CE-LEAF-03 %%01IFNET/4/IF_STATE(l):CID=0x807a0405;message": the year after the day, the clock's offset, then module,
#   severity digit, brief and log type; the monitoring system's SSH account polling every five minutes (logins, CMDRECORD lines, logouts), server ports
#   flapping with linkDown alarms and LACP timeouts, LLDP neighbours, the BGP EVPN sessions to the spines dropping and coming back, SNMP and SSH failures
@checked
def log_huawei(seed):
    L = Log("huawei_vrp_logfile", seed, "full", True, True)
    g = L.g
    HOST, ME = "CE-LEAF-03", "10.10.1.13"
    NMS, ADMINS = "10.10.0.25", [("jmeyer", "10.10.0.41"), ("tkraus", "10.10.0.57"), ("netops-ansible", "10.10.0.30")]
    SPINES = ["10.255.0.1", "10.255.0.2"]
    SEV = {0: "emergency", 1: "alert", 2: "critical", 3: "error", 4: "warning", 5: "notice", 6: "informational"}
    SERVERS = {p: f"srv-{g.c(['db', 'hpc', 'web', 'vm', 'gpu', 'nfs'])}-{g.num(1, 40):02d}" for p in range(1, 49)}
    TRUNK = {p: (p + 1) // 2 for p in range(1, 33)}  # server bonds: two ports per Eth-Trunk
    cids = {}
    st = {"down": set(), "bgp_down": set(), "vt": 0}

    def cid(brief):
        if brief not in cids:
            cids[brief] = f"0x80{g.hx(6)}"
        return cids[brief]

    def hw(mod, sev, brief, typ, msg, ev, alarm=None):
        step(L, 60)
        c = cid(brief) + (f"-alarmID={alarm}" if alarm else "")
        L.emit(f"{L.t:%b} {L.t.day:>2} {L.t:%Y %H:%M:%S}+00:00 {HOST} %%01{mod}/{sev}/{brief}({typ}):CID={c};{msg}", ev, f"{sev}|{SEV[sev]}", mod)

    def ssh_session(user, ip, cmds):
        st["vt"] = (st["vt"] + 1) % 5
        task = f"VT{st['vt']}"
        hw("SSH", 5, "SSH_USER_LOGIN", "s", f"The SSH user succeeded in logging in. (ServiceType=stelnet, UserName={user}, UserAddress={ip}, LocalAddress={ME}, VPNInstanceName=_public_.)", "ssh_login")
        for cmd, ok in cmds:
            L.t += dt.timedelta(milliseconds=g.num(200, 3000))
            hw("SHELL", 5, "CMDRECORD", "s", f"Recorded command information. (Task={task}, Ip={ip}, VpnName=, User={user}, AuthenticationMethod=\"Local-user\", Command=\"{cmd}\", "
               f"Result={'Success' if ok else 'Failure'})", "cmdrecord")
        L.t += dt.timedelta(milliseconds=g.num(100, 900))
        hw("SSH", 5, "SSH_USER_LOGOUT", "s", f"The SSH user logged out. (ServiceType=stelnet, LogoutReason=The user quitted., UserName={user}, UserAddress={ip}, LocalAddress={ME}, "
           f"VPNInstanceName=_public_.)", "ssh_logout")

    def poll():
        cmds = [("screen-length 0 temporary", True), ("display interface brief", True), ("display lldp neighbor brief", True)]
        if g.r.random() < 0.5:
            cmds.append(("display bgp evpn peer", True))
        if g.r.random() < 0.2:
            cmds.append(("display transceiver verbose", True))
        ssh_session("nms-poller", NMS, cmds)

    def flap():
        p = g.num(1, 48)
        ifn = f"10GE1/0/{p}"
        if p in st["down"]:
            st["down"].discard(p)
            hw("IFNET", 4, "IF_STATE", "l", f"Interface {ifn} has turned into UP state.", "if_state")
            hw("IFNET", 2, "linkDown_clear", "l", f"The interface status changes. (ifName={ifn}, AdminStatus=UP, OperStatus=UP, Reason=The interface is up, mainIfname={ifn})",
               "linkdown_clear", "0x08520003")
            if p in TRUNK:
                L.t += dt.timedelta(seconds=g.num(1, 3))
                hw("LACP", 2, "hwLacpPartnerExpiredLoss_clear", "l", f"It received the partner's LACPDU in time. (TrunkIndex={TRUNK[p] + 5}, PortIfIndex={p + 16}, TrunkId={TRUNK[p]}, "
                   f"TrunkName=Eth-Trunk{TRUNK[p]}, PortName={ifn})", "lacp_expired_clear", "0x0d150001")
            L.t += dt.timedelta(seconds=g.num(20, 35))
            nb = SERVERS[p]
            hw("LLDP", 4, "NBRCHGTRAP", "l", f"Neighbor information of the interface was changed. (NeighborIndex=1, Action=Add, Interface={ifn}, RemoteChassisType=4, "
               f"RemoteChassisId={g.hx(4)}-{g.hx(4)}-{g.hx(4)}, RemotePortIdType=3, RemotePortId={g.hx(4)}-{g.hx(4)}-{g.hx(4)}, RemoteSystemName={nb}.dc.example.edu, "
               f"RemoteSystemDescription=Ubuntu 24.04.1 LTS Linux 6.8.0-{g.c([45, 48, 49])}-generic #{g.num(45, 50)}-Ubuntu SMP x86_64, RemoteManagementAddress=10.20.{g.num(1, 9)}.{g.num(10, 250)})", "lldp_nbr_change")
        else:
            st["down"].add(p)
            hw("IFNET", 4, "IF_STATE", "l", f"Interface {ifn} has turned into DOWN state.", "if_state")
            hw("IFNET", 2, "linkDown_active", "l", f"The interface status changes. (ifName={ifn}, AdminStatus=UP, OperStatus=DOWN, Reason=The link protocol is down, mainIfname={ifn})",
               "linkdown_active", "0x08520003")
            if p in TRUNK:
                L.t += dt.timedelta(seconds=g.num(1, 90))
                hw("LACP", 2, "hwLacpPartnerExpiredLoss_active", "l", f"Negotiation failed because the partner's LACPDU timed out. (TrunkIndex={TRUNK[p] + 5}, PortIfIndex={p + 16}, "
                   f"TrunkId={TRUNK[p]}, TrunkName=Eth-Trunk{TRUNK[p]}, PortName={ifn})", "lacp_expired_active", "0x0d150001")
            if g.r.random() < 0.3:
                hw("INFO", 4, "SUPPRESS_LOG", "l", f"Last message repeated {g.num(2, 9)} times.(InfoID=1086324101, ModuleName=IFNET, InfoAlias=IF_STATE)", "suppress_log")

    def bgp():
        if st["bgp_down"]:
            peer = min(st["bgp_down"])  # not set.pop(): its order follows string hashing, which differs run to run
            st["bgp_down"].discard(peer)
            if g.r.random() < 0.3:
                for a, b in [("IDLE", "CONNECT"), ("CONNECT", "OPENSENT"), ("OPENSENT", "OPENCONFIRM")]:
                    hw("BGP", 3, "STATE_CHG_UPDOWN", "l", f"The status of the peer {peer} changed from {a} to {b}. (InstanceName=Public, StateChangeReason=Up)", "bgp_state_chg")
            hw("BGP", 3, "STATE_CHG_UPDOWN", "l", f"The status of the peer {peer} changed from OPENCONFIRM to ESTABLISHED. (InstanceName=Public, StateChangeReason=Up)", "bgp_state_chg")
            hw("BGP", 2, "bgpBackwardTransition_clear", "l", f"The BGP FSM enters the Established state. (BgpPeerRemoteAddr={peer}, BgpPeerLastError=0, BgpPeerState=6, VpnInstance=_public_)",
               "bgp_backward_clear", "0x00010001")
            return
        peer = g.c(SPINES)
        st["bgp_down"].add(peer)
        why = g.c([("Hold timer expired", "Hold Timer Expired"), ("Receive Notification", "Receive Notification"), ("Interface down", "Direct Connect Interface Down")])
        hw("BGP", 3, "STATE_CHG_UPDOWN", "l", f"The status of the peer {peer} changed from ESTABLISHED to IDLE. (InstanceName=Public, StateChangeReason={why[1]})", "bgp_state_chg")
        hw("BGP", 2, "bgpBackwardTransition_active", "l", f"The BGP FSM moves from a higher numbered state to a lower numbered state. (BgpPeerRemoteAddr={peer}, InstanceId=0, Afi=25, "
           f"Safi=70, PeerType=1, PeerRemoteAddr={peer}, InterfaceIndex={g.c([9, 10])}, BgpPeerLastError=0, BgpPeerState=1, BgpPeerUnavaiReason={why[0]}, VpnInstance=_public_)",
           "bgp_backward_active", "0x00010001")

    def admin():
        user, ip = g.c(ADMINS)
        p = g.num(1, 48)
        cmds = [("display current-configuration interface 10GE1/0/%d" % p, True), ("system-view", True), (f"interface 10GE1/0/{p}", True)]
        cmds += g.c([[("description " + SERVERS[p] + "-eth1", True)], [("port default vlan " + str(g.c([120, 130, 1020])), True)], [("undo shutdown", True)],
                     [("stp edged-port enable", True)], [("port link-type trunk", True), ("port trunk allow-pass vlan 120 130", True)]])
        cmds += [("commit", True), ("quit", True), ("quit", True)]
        if g.r.random() < 0.3:
            cmds.insert(1, (g.c(["dis int br", "display mac-address 0050-56a1-2b3c", "dispaly version"]), g.r.random() < 0.5))
        if g.r.random() < 0.4:
            cmds.append(("save", True))
        ssh_session(user, ip, cmds)

    def ssh_fail():
        ip = g.c([f"10.10.{g.num(0, 9)}.{g.num(2, 250)}", "10.10.0.99"])
        hw("SSH", 5, "SSH_USER_LOGIN_FAIL", "s", f"The SSH user failed to login. (ServiceType=**, FailedReason=Authentication failed, UserName={g.c(['admin', 'root', 'huawei', 'jmeyer'])}, "
           f"UserAddress={ip}, LocalAddress={ME}, VPNInstanceName=_public_.)", "ssh_login_fail")

    def snmp_fail():
        hw("SNMP", 4, "SNMP_FAIL", "s", f"Failed to login through SNMP. (Ip=10.10.5.{g.c([9, 9, 9, 17])}, Times={g.num(1, 6)}, Reason=the community was incorrect, VPN= )", "snmp_fail")

    def mac_flap():
        a, b = g.r.sample(range(1, 49), 2)
        hw("L2IFPPI", 4, "MFLPVLANALARM_active", "l", f"MAC flapping detected, VlanId = {g.c([120, 130, 1020, 1030])}, Original-Port = 10GE1/0/{a}, Flapping port 1 = 10GE1/0/{b}, "
           f"port 2 = Eth-Trunk{g.num(1, 16)}. Please check the network accessed to flapping port.", "mac_flap", "0x09a20006")

    def arp_dup():
        hw("ARP", 4, "ARP_DUPLICATE_IPADDR", "l", f"Received an ARP packet with a duplicate IP address from the interface. (IpAddress=10.20.{g.num(1, 9)}.{g.num(10, 250)}, "
           f"InterfaceName=Vbdif{g.c([120, 130, 1020])}, MacAddress={g.hx(4)}-{g.hx(4)}-{g.hx(4)})", "arp_duplicate")

    def trunk_state():
        t = g.num(1, 16)
        word = g.c(["DOWN", "UP"])
        hw("IFNET", 4, "LINK_STATE", "l", f"The line protocol IP on the interface Eth-Trunk{t} has entered the {word} state.", "link_state")

    ev = [(10, flap), (1.2, bgp), (1.5, admin), (3, ssh_fail), (5, snmp_fail), (1.5, mac_flap), (1, arp_dup), (2, trunk_state)]
    ev = periodic(L, ev, (300, poll, 2))
    return L.run(slowed(L, ev, 240), None)


# 2 ---------------------------------------------------------------- BeeGFS 7.4.5 metadata server meta01 (buddy mirror of meta02) of a university HPC cluster, /var/log/beegfs-meta.log (logLevel = 3):
#   "(3) Dec01 10:00:00 Worker12 [NodeConn (acquire stream)] >> message": the message's log level as a number, month and day squeezed together, no year,
#   the thread, the context in brackets; connections to storage servers as workers need them, client mounts and unmounts, RPC timeouts and retries to a
#   slow storage server, close and unlink failures, a buddy resync, quota exceeded, a restart with the start-up lines
@checked
def log_beegfs(seed):
    L = Log("beegfs_meta_log", seed, "noyear", True, True)
    g = L.g
    STORAGE = [(f"stor{k:02d}", k, f"10.30.0.{10 + k}") for k in range(1, 7)]
    st = {"clients": {}, "slow": None, "next_client": 31000 + g.num(0, 900)}
    MSGS = [("CloseChunkFile", 4011), ("UnlinkLocalFile", 4005), ("GetChunkFileAttribs", 4015), ("TruncLocalFile", 4021), ("SetLocalAttr", 4031)]

    def bg(lv, th, ctx, msg, ev):
        step(L, 80)
        L.emit(f"({lv}) {L.t:%b%d %H:%M:%S} {th} [{ctx}] >> {msg}", ev, str(lv), ctx)

    def worker():
        return g.c([f"Worker{g.num(1, 24)}", f"Worker{g.num(1, 24)}", f"DirectWorker{g.num(1, 2)}", f"CommSlave{g.num(1, 16)}"])

    def fid():
        return f"{g.HX(g.c([1, 2, 3]))}-{g.HX(8)}-{g.num(1, 2)}"

    def startup():
        bg(1, "Main", "App", "Version: 7.4.5", "version")
        bg(2, "Main", "App", "LocalNode: beegfs-meta meta01 [ID: 1]", "local_node")
        bg(2, "Main", "App", "Usable NICs: ib0(RDMA) ib0(TCP) eno1(TCP)", "usable_nics")
        bg(2, "Main", "App", "Extended attributes will be used for directory metadata.", "xattr_dir")
        bg(2, "Main", "App", "Extended attributes will be used for file metadata.", "xattr_file")
        bg(2, "Main", "App", "Buddy mirroring: this node is primary of buddy group 1 (secondary: meta02 [ID: 2])", "buddy_primary")
        L.tick(1)
        bg(2, "RegDGramLis", "Heartbeat incoming", "New node: beegfs-mgmtd mgmt01 [ID: 1]; Source: 10.30.0.2:8008", "new_node")
        bg(2, "Main", "Register node", "Node registration successful.", "registration_ok")
        bg(3, "Main", "NodeConn (acquire stream)", "Connected: beegfs-mgmtd mgmt01 [ID: 1]@10.30.0.2:8008 (protocol: TCP)", "connected")
        L.tick(1)
        bg(2, "Main", "App", f"Restored {g.num(200, 420)} sessions and {g.num(1000, 90000)} opened files. (Failed: 0 sessions, 0 files)", "restored_sessions")
        bg(2, "Main", "App", "Root directory loaded.", "root_loaded")
        bg(1, "Main", "App", "Root metadata server ID: 1 (mirrored: yes)", "root_server_id")
        bg(2, "Main", "App", "Launching worker threads...", "launching_workers")
        bg(2, "Main", "App", "Waiting for storage targets to become online...", "waiting_targets")
        L.tick(3)
        for name, k, ip in STORAGE:
            bg(2, "XNodeSync", "Sync nodes", f"New node: beegfs-storage {name} [ID: {k}]; Source: {ip}:8003", "new_node")
        bg(2, "Main", "App", "Storage targets online: 12/12", "targets_online")
        bg(1, "Main", "App", "Metadata server startup complete. Ready for client requests.", "startup_complete")

    def connect():
        name, k, ip = g.c(STORAGE)
        bg(3, worker(), "NodeConn (acquire stream)", f"Connected: beegfs-storage {name} [ID: {k}]@{ip}:8003 (protocol: RDMA)", "connected")

    def client():
        cl = st["clients"]
        if cl and (len(cl) > 30 or g.r.random() < 0.45):
            cid = g.c(sorted(cl))
            host = cl.pop(cid)
            if g.r.random() < 0.7:
                bg(2, "XNodeSync", "Sync clients", f"Removing client node: {host} [ID: {cid}] (Reason: unmounted)", "removing_client")
            else:
                bg(1, "XNodeSync", "Sync clients", f"Removing client node: {host} [ID: {cid}] (Reason: no heartbeat for {g.num(600, 900)} seconds)", "removing_client")
                bg(2, "XNodeSync", "Sync clients", f"Removed {g.num(1, 40)} client sessions with {g.num(0, 900)} open files.", "removed_sessions")
            return
        st["next_client"] += 1
        cid = st["next_client"]
        node = g.num(1, 420)
        host = f"{g.HX(4)}-{g.HX(8)}-node{node:03d}"
        cl[cid] = host
        bg(2, "DGramLis", "Heartbeat incoming", f"New node: beegfs-client {host} [ID: {cid}]; Source: 10.30.1.{node % 250 + 1}:8004", "new_node")

    def slow_storage():
        name, k, ip = st["slow"] or g.c(STORAGE)
        st["slow"] = (name, k, ip) if g.r.random() < 0.7 else None
        m, code = g.c(MSGS)
        th = worker()
        bg(2, th, "Messaging (RPC)", f"Retrying communication with node: beegfs-storage {name} [ID: {k}]; Message type: {m} ({code})", "rpc_retrying")
        if g.r.random() < 0.5:
            L.t += dt.timedelta(seconds=g.num(10, 60))
            bg(1, th, "Messaging (RPC)", f"Communication error: Receive timed out from: beegfs-storage {name} [ID: {k}]@{ip}:8003 (protocol: RDMA); Message type: {m} ({code})",
               "rpc_comm_error")
            if m == "CloseChunkFile":
                bg(2, th, "Close Helper (close chunk files S)", f"Problems occurred during close of chunk files. FileID: {fid()}", "close_chunk_problems")
            elif m == "UnlinkLocalFile":
                bg(2, th, "Unlink chunk files", f"Problems occurred during unlinking of the chunk files. FileID: {fid()}", "unlink_chunk_problems")

    def dentry():
        parent = fid()
        name = g.c(["slurm-%d.out" % g.num(4000000, 4999999), "core.%d" % g.num(1000, 99999), "checkpoint_%04d.h5" % g.num(1, 900), "rank%03d.log" % g.num(0, 511), ".nfs%s" % g.hx(24)])
        if g.r.random() < 0.6:
            bg(1, "DirectWorker1", "make meta dir-entry", f"Creating the dentry-by-name file failed: Path: dentries/{g.HX(2)}/{g.HX(2)}/{parent}/{name} SysErr: File exists", "dentry_create_failed")
        else:
            bg(2, worker(), "Unlink dir-entry", f"Failed to unlink dir-entry: {name}; parentID: {parent}; Error: Path does not exist", "unlink_failed")

    def disconnect():
        ip = f"10.30.1.{g.num(1, 250)}"
        bg(2, worker(), "Work (process incoming msg)", f"Problem encountered during handling of incoming message. Disconnecting: {ip}:{g.num(40000, 60000)} (TCP)", "problem_incoming_msg")

    def resync():
        bg(2, "BuddyResyncJob", "BuddyResyncJob", "Resync started. BuddyGroupID: 1", "resync_started")
        L.t += dt.timedelta(seconds=g.num(60, 900))
        d, f = g.num(1000, 90000), g.num(10000, 900000)
        bg(2, "BuddyResyncJob", "BuddyResyncJob", f"Resync finished. BuddyGroupID: 1; Status: Success; Dirs: {d}; Files: {f}; Errors: 0; Elapsed: {g.num(60, 900)}s", "resync_finished")

    def quota():
        ids = ", ".join(str(g.num(10000, 19999)) for _ in range(g.num(1, 4)))
        bg(2, "XNodeSync", "Quota", f"Exceeded quota for users: {ids} (pool: Default; type: space)", "quota_exceeded")

    def nospace():
        bg(0, worker(), "Create file", f"Unable to create inode file: {fid()}; SysErr: No space left on device", "no_space")

    def restart():
        bg(2, "Main", "App", "Shutting down...", "shutting_down")
        bg(2, "Main", "App", "Stopping worker threads...", "stopping_workers")
        bg(1, "Main", "App", "All components stopped. Exiting now!", "exiting")
        L.tick(60)
        st["clients"] = {}
        startup()

    startup()
    ev = [(30, connect), (22, client), (12, slow_storage), (7, dentry), (5, disconnect), (0.5, resync), (2, quota), (0.3, nospace), (0.15, restart)]
    return L.run(slowed(L, ev, 50), None)


# 3 ---------------------------------------------------------------- FoundationDB 7.3.43 storage process 10.0.4.11:4500 of a five-machine cluster (ssd-redwood-1, triple), its trace file
#   /var/log/foundationdb/trace.10.0.4.11.4500.<time>.<id>.0.1.xml: the XML heading, then one <Event .../> element a line, attributes Severity (10 info,
#   20 warn, 30 warn always, 40 error), Time (epoch seconds), DateTime, Type, ID, the event's details, ThreadID, Machine, LogGroup, Roles; the metrics every
#   five seconds, connections from clients and peers, read errors, slow tasks with their backtrace, fetches that take too long, the role's refresh
@checked
def log_fdb(seed):
    L = Log("foundationdb_trace_xml", seed, "full", True, False)
    g = L.g
    ME = "10.0.4.11:4500"
    PEERS = [f"10.0.4.{k}:{p}" for k in (12, 13, 14, 15) for p in (4500, 4501)]
    CLIENTS = [f"10.0.8.{k}" for k in range(20, 44)]
    THREAD = str(g.num(10 ** 18, 9 * 10 ** 18))
    SSID = g.hx(16)
    ZONE = g.hx(32)
    st = {"up": g.r.uniform(80000, 400000), "ver": g.num(10 ** 11, 9 * 10 ** 11), "bytes": g.num(10 ** 11, 4 * 10 ** 11), "disk": [g.num(10 ** 5, 10 ** 6), g.num(10 ** 6, 10 ** 7)]}

    def ev(sev, typ, eid, details, ev_name, track=False):
        t = L.t
        attrs = [("Severity", str(sev)), ("Time", f"{t.timestamp():.6f}"), ("DateTime", f"{t:%Y-%m-%dT%H:%M:%S}Z"), ("Type", typ), ("ID", eid)] + details
        attrs += [("ThreadID", THREAD), ("Machine", ME), ("LogGroup", "default"), ("Roles", "SS")]
        if track:
            attrs.append(("TrackLatestType", "Original"))
        L.emit("<Event " + " ".join(f'{k}="{v}"' for k, v in attrs) + " />", ev_name, str(sev))

    def counter(rate, total):
        return f"{rate:g} {g.f(0, 1.5, 6)} {total}"

    def metrics():
        el = g.r.uniform(4.9999, 5.0003)
        st["up"] += el
        ev(10, "ProcessMetrics", "0000000000000000", [
            ("Elapsed", f"{el:.6g}"), ("CPUSeconds", g.f(0.2, 3.5, 6)), ("MainThreadCPUSeconds", g.f(0.15, 3.2, 6)), ("UptimeSeconds", f"{st['up']:.6g}"),
            ("Memory", str(g.num(3_900_000_000, 4_300_000_000))), ("ResidentMemory", str(g.num(2_900_000_000, 3_300_000_000))), ("UnusedAllocatedMemory", str(g.num(0, 2_000_000))),
            ("MbpsSent", g.f(0.5, 60, 6)), ("MbpsReceived", g.f(0.5, 90, 6)), ("DiskTotalBytes", "1967317868544"), ("DiskFreeBytes", str(1523412345678 - st["bytes"] // 1000)),
            ("DiskQueueDepth", str(g.num(0, 12))), ("DiskIdleSeconds", g.f(0, 4.9, 6)), ("DiskReads", str(g.num(0, 900))), ("DiskWrites", str(g.num(10, 4000))),
            ("DiskReadsCount", str(st["disk"][0])), ("DiskWritesCount", str(st["disk"][1])), ("DiskWriteSectors", str(g.num(1000, 90000))), ("DiskReadSectors", str(g.num(0, 9000))),
            ("FileWrites", str(g.num(10, 900))), ("FileReads", str(g.num(0, 300))), ("CacheReadBytes", str(g.num(0, 10 ** 7))), ("CacheFinds", str(g.num(100, 90000))),
            ("CacheWritesBlocked", "0"), ("CacheReadsBlocked", "0"), ("CachePageReadsMerged", "0"), ("CacheWrites", str(g.num(0, 900))), ("CacheReads", str(g.num(0, 900))),
            ("CacheHits", str(g.num(1000, 90000))), ("CacheMisses", str(g.num(0, 900))), ("CacheEvictions", str(g.num(0, 400))), ("ZoneID", ZONE), ("MachineID", ZONE),
            ("AIOSubmitCount", str(g.num(10, 9000))), ("AIOCollectCount", str(g.num(10, 9000))), ("AIOSubmitLag", g.f(0, 0.002, 6)), ("AIODiskStall", g.f(0, 0.01, 6)),
            ("CurrentConnections", str(g.num(28, 44))), ("ConnectionsEstablished", g.f(0, 1, 6)), ("ConnectionsClosed", g.f(0, 1, 6)), ("ConnectionErrors", g.c(["0", "0", "0", "0.2"])),
            ("TaskQueueDepth", str(g.num(0, 9)))], "process_metrics", True)
        st["disk"][0] += g.num(0, 900)
        st["disk"][1] += g.num(10, 4000)
        step(L, 2)
        ev(10, "MachineMetrics", "0000000000000000", [
            ("Elapsed", f"{el:.6g}"), ("MbpsSent", g.f(1, 90, 6)), ("MbpsReceived", g.f(1, 120, 6)), ("OutSegs", str(g.num(1000, 90000))), ("RetransSegs", str(g.num(0, 40))),
            ("CPUSeconds", g.f(1, 30, 6)), ("TotalMemory", "67108864000"), ("CommittedMemory", str(g.num(20_000_000_000, 30_000_000_000))),
            ("AvailableMemory", str(g.num(30_000_000_000, 40_000_000_000))), ("ZoneID", ZONE), ("MachineID", ZONE)], "machine_metrics", True)
        step(L, 2)
        slow = [g.num(0, 5), g.num(0, 3), g.num(0, 2), g.num(0, 1), 0, 0, 0, 0, 0]
        ev(10, "NetworkMetrics", "0000000000000000", [("Elapsed", f"{el:.6g}"), ("CantSleep", str(g.num(0, 40))), ("WakeEvents", str(g.num(2000, 20000)))] +
           [(f"SlowTask{m}M", str(v)) for m, v in zip([1, 2, 4, 8, 16, 32, 64, 128, 256], slow)] +
           [(f"PriorityBusy{p}", g.f(0, 0.9, 6)) for p in [1, 2000, 3000, 7000, 8000, 8500, 10500]] +
           [(f"SumOfBusyTime{p}", g.f(0, 4, 6)) for p in [1, 2000, 3000, 7000, 8000, 8500, 10500]], "network_metrics", True)
        step(L, 2)
        ev(10, "MemoryMetrics", "0000000000000000", [(f"TotalMemory{s}", str(g.num(0, 10 ** 9))) for s in [16, 32, 64, 96, 128, 256, 512, 1024, 2048, 4096, 8192]] +
           [(f"ApproximateUnusedMemory{s}", str(g.num(0, 10 ** 8))) for s in [16, 32, 64, 96, 128, 256, 512, 1024, 2048, 4096, 8192]] +
           [(f"ActiveThreads{s}", str(g.num(1, 3))) for s in [16, 32, 64, 96, 128, 256, 512, 1024, 2048, 4096, 8192]] + [("HugeArenaMemory", str(g.num(0, 10 ** 9)))],
           "memory_metrics", True)
        step(L, 2)
        st["ver"] += int(el * 1_000_000)
        st["bytes"] += g.num(-10 ** 6, 10 ** 7)
        q = g.num(50, 9000)
        ev(10, "StorageMetrics", SSID, [
            ("Elapsed", f"{el:.6g}"), ("QueryQueue", counter(q / 5, q * 10 ** 4)), ("GetKeyQueries", counter(g.num(0, 90), g.num(10 ** 5, 10 ** 7))),
            ("GetValueQueries", counter(g.num(10, 4000), g.num(10 ** 7, 10 ** 9))), ("GetRangeQueries", counter(g.num(0, 900), g.num(10 ** 6, 10 ** 8))),
            ("FinishedQueries", counter(q / 5, q * 10 ** 4)), ("RowsQueried", counter(g.num(0, 90000), g.num(10 ** 8, 10 ** 10))), ("BytesQueried", counter(g.num(0, 10 ** 7), g.num(10 ** 11, 10 ** 13))),
            ("WatchQueries", counter(0, g.num(0, 900))), ("EmptyQueries", counter(g.num(0, 90), g.num(10 ** 5, 10 ** 7))),
            ("BytesInput", counter(g.num(0, 10 ** 7), g.num(10 ** 11, 10 ** 12))), ("BytesDurable", counter(g.num(0, 10 ** 7), g.num(10 ** 11, 10 ** 12))),
            ("BytesFetched", counter(g.c([0, 0, 0, g.num(0, 10 ** 7)]), g.num(10 ** 9, 10 ** 11))), ("MutationBytes", counter(g.num(0, 10 ** 7), g.num(10 ** 11, 10 ** 12))),
            ("Mutations", counter(g.num(0, 40000), g.num(10 ** 8, 10 ** 10))), ("SetMutations", counter(g.num(0, 30000), g.num(10 ** 8, 10 ** 10))),
            ("ClearRangeMutations", counter(g.num(0, 900), g.num(10 ** 6, 10 ** 8))), ("AtomicMutations", counter(g.num(0, 900), g.num(10 ** 6, 10 ** 8))),
            ("UpdateBatches", counter(g.num(50, 200), g.num(10 ** 6, 10 ** 8))), ("UpdateVersions", counter(g.num(50, 200), g.num(10 ** 6, 10 ** 8))),
            ("Loops", counter(g.num(50, 300), g.num(10 ** 6, 10 ** 8))), ("FetchWaitingMS", counter(0, g.num(10 ** 4, 10 ** 7))), ("FetchWaitingCount", counter(0, g.num(100, 9000))),
            ("FetchExecutingMS", counter(0, g.num(10 ** 4, 10 ** 7))), ("FetchExecutingCount", counter(0, g.num(100, 9000))), ("ReadsRejected", counter(0, g.num(0, 90))),
            ("LastTLogVersion", str(st["ver"])), ("Version", str(st["ver"])), ("StorageVersion", str(st["ver"] - g.num(5_000_000, 6_000_000))),
            ("DurableVersion", str(st["ver"] - g.num(5_000_000, 6_000_000))), ("DesiredOldestVersion", str(st["ver"] - 5_000_000)), ("VersionLag", str(g.num(0, 900000))),
            ("LocalRate", "100"), ("BytesReadSampleCount", str(g.num(10 ** 4, 10 ** 5))), ("FetchKeysFetchActive", str(g.c([0, 0, 0, 1, 2]))), ("FetchKeysWaiting", "0"),
            ("QueryQueueMax", str(g.num(0, 90))), ("BytesStored", str(st["bytes"])), ("ActiveWatches", str(g.num(0, 40))), ("WatchBytes", str(g.num(0, 9000))),
            ("KvstoreSizeTotal", str(st["bytes"] + g.num(10 ** 9, 10 ** 10))), ("KvstoreBytesUsed", str(st["bytes"] + g.num(10 ** 9, 10 ** 10))),
            ("KvstoreBytesFree", str(1523412345678 - st["bytes"] // 1000)), ("KvstoreBytesAvailable", str(1523412345678 - st["bytes"] // 1000 + g.num(10 ** 8, 10 ** 9))),
            ("KvstoreBytesTotal", "1967317868544"), ("KvstoreBytesTemp", "0")], "storage_metrics", True)
        if g.r.random() < 0.25:
            step(L, 3)
            lat = sorted(g.r.uniform(0.0001, 0.03) for _ in range(5))
            ev(10, "ReadLatencyMetrics", SSID, [("Elapsed", g.f(29.9, 30.1, 6)), ("Count", str(g.num(1000, 900000))), ("P25", f"{lat[0]:.6g}"), ("P50", f"{lat[1]:.6g}"),
                                                ("P90", f"{lat[2]:.6g}"), ("P99", f"{lat[3]:.6g}"), ("Max", f"{lat[4] * 10:.6g}"), ("Mean", f"{(lat[1] + lat[2]) / 2:.6g}")], "read_latency_metrics")

    def incoming():
        ip = g.c(CLIENTS + [p.split(":")[0] for p in PEERS])
        ev(10, "IncomingConnection", g.hx(16), [("SuppressedEventCount", "0"), ("FromAddr", f"{ip}:{g.num(32768, 60999)}"), ("CanonicalAddr", f"{ip}:{g.num(32768, 60999)}"),
                                                ("IsPublic", "1")], "incoming_connection")

    def closed():
        peer = g.c([f"{g.c(CLIENTS)}:{g.num(32768, 60999)}"] * 3 + PEERS)
        if g.r.random() < 0.5:
            ev(10, "N2_ReadError", g.hx(16), [("SuppressedEventCount", str(g.num(0, 9))), ("ErrorCode", "104"), ("Message", "Connection reset by peer")], "n2_read_error")
        ev(10, "ConnectionClosed", g.hx(16), [("Error", "connection_failed"), ("ErrorDescription", "Network connection failed"), ("ErrorCode", "1026"),
                                              ("SuppressedEventCount", str(g.num(0, 20))), ("PeerAddr", peer)], "connection_closed")
        ev(10, "PeerDestroy", g.hx(16), [("Reason", "ConnectionClosed"), ("SuppressedEventCount", str(g.num(0, 20))), ("PeerAddr", peer)], "peer_destroy")

    def timed_out():
        peer = g.c(PEERS)
        ev(20, "ConnectionTimedOut", g.hx(16), [("SuppressedEventCount", "0"), ("PeerAddr", peer), ("LastData", f"{L.t.timestamp() - g.r.uniform(3, 7):.6f}")], "connection_timed_out")

    def slow_task():
        bt = " ".join(f"0x{g.hx(7)}" for _ in range(g.num(14, 22)))
        ev(10, "SlowTask", "0000000000000000", [("TaskID", g.hx(16)), ("MClocks", g.f(50, 900, 6)), ("Duration", g.f(0.05, 0.9, 6)), ("SampleRate", "1"), ("NumYields", "0"),
                                                ("Backtrace", f"addr2line -e fdbserver.debug -p -C -f -i {bt}")], "slow_task")

    def slow_loop():
        ev(10, "SlowSSLoopx100", SSID, [("Elapsed", g.f(0.2, 2.5, 6))], "slow_ss_loop")

    def fetch_long():
        tbl = g.c(["orders", "carts", "sessions", "inventory"])
        b = f"\\x15\\x{g.num(10, 99)}\\x02{tbl}\\x00\\x15\\x{g.hx(2)}"
        ev(30, "FetchKeysTooLong", SSID, [("Duration", str(g.c([600, 1200, 1800]))), ("Phase", str(g.num(0, 5))), ("Begin", b), ("End", b[:-2] + g.hx(2))], "fetch_keys_too_long")

    def role():
        ev(10, "Role", SSID, [("As", "StorageServer"), ("Transition", "Refresh"), ("Origination", "Recruited"), ("OnWorker", g.hx(16))], "role")

    L.emit('<?xml version="1.0"?>', "xml_decl")
    L.emit("<Trace>", "trace_open")
    ev_list = [(30, incoming), (30, closed), (6, timed_out), (10, slow_task), (6, slow_loop), (1.5, fetch_long), (1, role)]
    ev_list = periodic(L, ev_list, (5, metrics, 0.01))
    return L.run(slowed(L, ev_list, 2), None)


# 4 ---------------------------------------------------------------- EMQX 5.8.2 (open source, Docker, console log level info) of a fleet-telematics company (trucks over MQTT/TLS), `docker logs emqx`:
#   "2026-12-01T10:00:00.123456+00:00 [warning] tag: AUTHZ, clientid: truck-0481, msg: cannot_publish_to_topic_due_to_not_authorized, peername: ..., ...":
#   RFC 3339 time with microseconds and offset, the level in brackets, then "key: value" pairs with the msg among them; the start script's cookie warnings,
#   environment overrides and listener lines (no header); sessions ending, publishes denied, logins refused, TLS handshakes failing, alarms, sysmon reports
@checked
def log_emqx(seed):
    L = Log("emqx_docker_logs", seed, "full", True, False)
    g = L.g
    TRUCKS = [f"truck-{k:04d}" for k in g.r.sample(range(1, 1200), 300)]
    BAD = g.r.sample(TRUCKS, 6)  # firmware 3.1 publishes on the neighbour's topic

    def peer():
        return f"{g.c(['100.64', '100.71', '100.93', '10.150'])}.{g.num(0, 255)}.{g.num(1, 254)}:{g.num(1024, 65535)}"

    def em(lv, fields, ev):
        step(L, 300)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 [{lv}] " + ", ".join(f"{k}: {v}" for k, v in fields), ev, lv)

    def raw(text, ev):
        L.emit(text, ev)

    def startup():
        raw("WARNING: Default (insecure) Erlang cookie is in use.", "cookie_warning")
        raw("WARNING: Configure it in /opt/emqx/etc/emqx.conf or override from environment variable EMQX_NODE__COOKIE", "cookie_configure")
        raw("WARNING: NOTE: Use the same cookie for all nodes in the cluster.", "cookie_note")
        for env, key, val in [("EMQX_NODE__NAME", "node.name", "emqx@172.18.0.5"), ("EMQX_LOG__CONSOLE__LEVEL", "log.console.level", "info"),
                              ("EMQX_LISTENERS__SSL__DEFAULT__SSL_OPTIONS__VERIFY", "listeners.ssl.default.ssl_options.verify", "verify_peer"),
                              ("EMQX_DASHBOARD__DEFAULT_PASSWORD", "dashboard.default_password", "******"), ("EMQX_RPC__PORT_DISCOVERY", "rpc.port_discovery", "manual")]:
            raw(f"{env} [{key}]: {val}", "env_override")
        L.tick(4)
        for lst in ["ssl:default on 0.0.0.0:8883", "tcp:default on 0.0.0.0:1883", "ws:default on 0.0.0.0:8083", "wss:default on 0.0.0.0:8084", "http:dashboard on :18083"]:
            raw(f"Listener {lst} started.", "listener_started")
        raw("EMQX 5.8.2 is running now!", "running_now")

    def terminate():
        c = g.c(TRUCKS)
        why = g.c(["{shutdown,keepalive_timeout}"] * 4 + ["{shutdown,ssl_closed}"] * 3 + ["{shutdown,takenover}", "{shutdown,ssl_error}", "normal"])
        em("info", [("clientid", c), ("msg", "terminate"), ("peername", peer()), ("username", c), ("reason", why)], "terminate")

    def authz():
        c = g.c(BAD)
        other = g.c(TRUCKS)
        em("warning", [("tag", "AUTHZ"), ("clientid", c), ("msg", "cannot_publish_to_topic_due_to_not_authorized"), ("peername", peer()), ("username", c),
                       ("reason", "not_authorized"), ("topic", f"fleet/{other}/{g.c(['telemetry', 'telemetry', 'gps', 'events'])}")], "authz_denied")

    def authn():
        c = g.c(TRUCKS + ["mqttx_3f2a9c1d", "test", "admin"])
        em("warning", [("tag", "AUTHN"), ("clientid", c), ("msg", "client_login_failed"), ("peername", peer()), ("username", c if g.r.random() < 0.8 else "undefined"),
                       ("reason", g.c(["bad_username_or_password", "bad_username_or_password", "not_authorized"]))], "login_failed")

    def tls():
        alert = g.c([("unknown_ca", "received CLIENT ALERT: Fatal - Unknown CA"), ("certificate_expired", "received CLIENT ALERT: Fatal - Certificate Expired"),
                     ("bad_certificate", "received CLIENT ALERT: Fatal - Bad Certificate"), ("handshake_failure", "Handshake Failure")])
        em("error", [("supervisor", f"'esockd_connection_sup - <0.{g.num(2800, 3100)}.0>'"), ("errorContext", "connection_shutdown"),
                     ("reason", f"{{ssl_error,{{tls_alert,{{{alert[0]},\"TLS server: In state certify {alert[1]}\\n\"}}}}}}"),
                     ("offender", f"[{{pid,<0.{g.num(10000, 99999)}.{g.num(0, 9)}>}},{{name,connection}},{{mfargs,{{emqx_connection,start_link,[#{{listener => {{ssl,default}},"
                                  f"limiter => undefined,zone => default}}]}}}}]")], "ssl_connection_shutdown")

    def alarm():
        c = g.c(TRUCKS)
        if g.r.random() < 0.6:
            name = f"<<\"conn_congestion/{c}/{c}\">>"
            msg = f"<<\"connection congested: #{{buffer => 4096,high_msgq_watermark => 8192,high_watermark => 1048576,memory => {g.num(20000, 90000)},message_queue_len => 0,"
            msg += f"recv_cnt => {g.num(100, 90000)},recv_oct => {g.num(10000, 9000000)},send_cnt => {g.num(100, 9000)},send_oct => {g.num(10000, 900000)},send_pend => {g.num(0, 9000)},"
            msg += f"username => <<\\\"{c}\\\">>}}\">>"
        else:
            name = g.c(["high_cpu_usage", "high_system_memory_usage"])
            msg = "<<\"" + ("CPU usage is higher than 80.00%" if name == "high_cpu_usage" else "System memory usage is higher than 70.00%") + "\">>"
        em("warning", [("msg", "alarm_is_activated"), ("message", msg), ("name", name)], "alarm_activated")
        L.t += dt.timedelta(seconds=g.num(30, 900))
        em("warning", [("msg", "alarm_is_deactivated"), ("message", msg), ("name", name)], "alarm_deactivated")

    def action():
        if g.r.random() < 0.6:
            em("warning", [("tag", "ACTION"), ("msg", "http_connector_do_request_failed"), ("connector", "<<\"connector:http:fleet_ingest\">>"),
                           ("reason", g.c(["{closed,\"The connection was lost.\"}", "econnrefused", "timeout"])), ("retry", g.c(["true", "false"]))], "http_request_failed")
        else:
            em("warning", [("tag", "CONNECTOR"), ("msg", "health_check_failed"), ("connector", "<<\"connector:http:fleet_ingest\">>"), ("status", "disconnected"),
                           ("reason", g.c(["econnrefused", "timeout"]))], "health_check_failed")

    def sysmon():
        kind = g.c(["long_schedule", "long_schedule", "long_gc", "large_heap"])
        info = {"long_schedule": f"[{{timeout,{g.num(240, 900)}}},{{in,{{gen_server,loop,7}}}},{{out,{{gen_server,loop,7}}}}]",
                "long_gc": f"[{{timeout,{g.num(100, 400)}}},{{heap_size,{g.num(10 ** 5, 10 ** 6)}}},{{heap_block_size,{g.num(10 ** 5, 10 ** 6)}}},{{stack_size,{g.num(10, 90)}}},"
                           f"{{mbuf_size,0}},{{old_heap_size,{g.num(10 ** 5, 10 ** 7)}}},{{old_heap_block_size,{g.num(10 ** 5, 10 ** 7)}}}]",
                "large_heap": f"[{{old_heap_block_size,{g.num(10 ** 7, 10 ** 8)}}},{{heap_block_size,{g.num(10 ** 5, 10 ** 6)}}},{{mbuf_size,0}},{{stack_size,{g.num(10, 90)}}},"
                              f"{{old_heap_size,{g.num(10 ** 7, 10 ** 8)}}},{{heap_size,{g.num(10 ** 5, 10 ** 6)}}}]"}[kind]
        fn = g.c(["{emqx_connection,recvloop,2}", "{erlang,hibernate,3}", "{gen_server,loop,7}", "{mria_rlog_server,handle_info,2}"])
        em("warning", [("msg", kind), ("info", info), ("procinfo", f"[{{pid,<0.{g.num(1000, 90000)}.0>}},{{memory,{g.num(10 ** 4, 10 ** 7)}}},{{total_heap_size,{g.num(10 ** 3, 10 ** 6)}}},"
                                                                 f"{{heap_size,{g.num(10 ** 3, 10 ** 5)}}},{{stack_size,{g.num(10, 90)}}},{{min_heap_size,233}},{{current_function,{fn}}}]")],
           "sysmon_" + kind)

    def mqueue():
        c = g.c(TRUCKS)
        em("warning", [("clientid", c), ("msg", "dropped_msg_due_to_mqueue_is_full"), ("peername", peer()), ("username", c), ("payload", f"{{\"cmd\":\"{g.c(['ota_check', 'ping', 'config'])}\"}}"),
                       ("topic", f"fleet/{c}/cmd")], "dropped_mqueue_full")

    def restart():
        L.tick(120)
        startup()

    startup()
    ev = [(40, terminate), (18, authz), (9, authn), (14, tls), (3, alarm), (5, action), (5, sysmon), (3, mqueue), (0.25, restart)]
    return L.run(slowed(L, ev, 20), None)


# 5 ---------------------------------------------------------------- OpenLiteSpeed 1.8.2 on an Ubuntu 24.04 VPS of a web agency (three WordPress sites on lsphp 8.3), /usr/local/lsws/logs/error.log:
#   "2026-12-01 10:00:00.123456 [INFO] [2145] [T0] [203.0.113.5:51234:HTTP2-3#shop] message": microseconds, level, pid, thread, then the connection
#   and virtual host (or a module) in brackets; files not found, idle connections closed, PHP warnings and deprecations of the sites' plugins passed on
#   from lsphp's stderr, a fatal error with its stack, ACL and ModSecurity denials, lsphp children started, LSAPI stalls, restarts with the start-up lines
@checked
def log_ols(seed):
    L = Log("openlitespeed_error_log", seed, "full", True, False)
    g = L.g
    SITES = {"shop": "/var/www/shop.example.com/html", "blog": "/var/www/blog.example.com/html", "praxis": "/var/www/praxis-weber.example.de/html"}
    PLUGINS = ["woocommerce", "elementor", "contact-form-7", "wordfence", "wp-mail-smtp", "revslider", "yoast-seo", "litespeed-cache"]
    st = {"pid": g.num(900, 9000)}

    def ols(lv, ctx, msg, ev):
        step(L, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)} [{lv}] [{st['pid']}] [T0] {'[' + ctx + '] ' if ctx else ''}{msg}", ev, lv)

    def conn(site, h2=None, lsapi=False):
        ip = g.c([f"{g.c([66, 66, 40, 17, 185, 193, 45, 91, 203])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"])
        s = f"{ip}:{g.num(1024, 65535)}"
        if h2 is None:
            h2 = g.r.random() < 0.6
        if h2:
            s += f":HTTP2-{g.num(1, 99)}"
        return s + f"#{site}" + (":lsapi" if lsapi else "")

    def startup():
        ols("NOTICE", None, "Loading LiteSpeed/1.8.2 Open (lsquic 3.3.2, modgzip 1.1, cache 1.66, mod_security 1.4 (with libmodsecurity v3.0.12)) BUILD (built: Tue Oct 15 10:14:31 UTC 2024) ...", "loading")
        ols("NOTICE", None, "Using [OpenSSL 3.0.13 30 Jan 2024]", "using_openssl")
        ols("NOTICE", None, "Chroot: /", "chroot")
        for site in SITES:
            ols("NOTICE", "PlainConf", f"[virtualHostConfig:] start parsing file /usr/local/lsws/conf/vhosts/{site}/vhconf.conf", "parse_start")
            ols("NOTICE", "PlainConf", f"[virtualHostConfig:] Finished parsing file /usr/local/lsws/conf/vhosts/{site}/vhconf.conf", "parse_finished")
            ols("NOTICE", "PlainConf", "[context:/] rewrite [] add rules [RewriteRule .* - [E=Cache-Control:no-autoflush]]", "rewrite_rules")
        ols("NOTICE", "Module:Cache", "mod_lscache: cache store path /usr/local/lsws/cachedata, public: 1, private: 0", "cache_store")
        ols("NOTICE", "AIO", "Using io_uring for async I/O", "aio_uring")
        ols("NOTICE", None, f"[Main] New server started, pid: {st['pid']}", "server_started")
        ols("NOTICE", None, "[*:443] Worker #1 is listening on *:443 (QUIC)", "listening_quic")

    def not_found():
        site = g.c(list(SITES) + ["shop"])
        path = g.c([f"/wp-content/uploads/2026/{g.num(1, 11):02d}/{g.c(['banner', 'IMG', 'product', 'hero'])}-{g.num(1, 999)}-{g.c(['300x300', '1024x683', 'scaled'])}.{g.c(['jpg', 'webp', 'png'])}",
                    "/favicon.ico", "/.env", "/wp-content/plugins/revslider/public/assets/js/jquery.themepunch.tools.min.js", "/apple-touch-icon.png", "/ads.txt",
                    f"/wp-content/themes/astra/assets/fonts/astra.{g.c(['woff', 'ttf'])}", "/.git/config", "/wp-login.php.bak"])
        ols("INFO", conn(site), f"File not found [{SITES[site]}{path}]", "file_not_found")

    def idle():
        ols("INFO", conn(g.c(list(SITES)), h2=False), f"Connection idle time too long: {g.num(31, 70)} while in state: {g.c([5, 5, 1])} watching for event: {g.c([25, 29, 1])},close!", "idle_close")

    def php_notice():
        site = g.c(list(SITES))
        pl = g.c(PLUGINS)
        f = f"{SITES[site]}/wp-content/plugins/{pl}/{g.c(['includes', 'inc', 'classes', 'src'])}/{g.c(['class-admin', 'helpers', 'functions', 'class-frontend', 'api'])}.php"
        r = g.r.random()
        if r < 0.45:
            cls = g.c(["WPCF7_ContactForm", "Elementor\\Core\\Base\\Document", "RevSliderFront", "wfWAFStorageFile"])
            msg = f"PHP Deprecated:  Creation of dynamic property {cls}::${g.c(['settings', 'meta', 'id', 'cache'])} is deprecated in {f} on line {g.num(20, 900)}"
            ev = "php_deprecated_dynprop"
        elif r < 0.8:
            msg = f"PHP Warning:  Undefined array key \"{g.c(['HTTP_REFERER', 'page', 'tab', 'action', 'billing_phone'])}\" in {f} on line {g.num(20, 900)}"
            ev = "php_warning_undef_key"
        else:
            msg = f"PHP Warning:  Attempt to read property \"{g.c(['ID', 'post_type', 'term_id'])}\" on null in {f} on line {g.num(20, 900)}"
            ev = "php_warning_null_prop"
        ols("NOTICE", conn(site, lsapi=True), f"[STDERR] {msg}", ev)

    def php_fatal():
        site = "shop"
        c = conn(site, lsapi=True)
        base = SITES[site]
        lines = [(f"PHP Fatal error:  Uncaught Error: Call to undefined function wc_get_order_item_meta() in {base}/wp-content/plugins/wc-invoice-export/includes/class-export.php:214", "php_fatal_uncaught"),
                 ("Stack trace:", "php_stack_trace"),
                 (f"#0 {base}/wp-content/plugins/wc-invoice-export/includes/class-export.php(98): WCIE_Export->row(Object(WC_Order_Item_Product))", "php_stack_frame"),
                 (f"#1 {base}/wp-includes/class-wp-hook.php(324): WCIE_Export->run('')", "php_stack_frame"),
                 (f"#2 {base}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters(NULL, Array)", "php_stack_frame"),
                 (f"#3 {base}/wp-includes/plugin.php(517): WP_Hook->do_action(Array)", "php_stack_frame"),
                 (f"#4 {base}/wp-admin/admin-ajax.php(192): do_action('wp_ajax_wcie_exp...')", "php_stack_frame"),
                 ("#5 {main}", "php_stack_main"),
                 (f"  thrown in {base}/wp-content/plugins/wc-invoice-export/includes/class-export.php on line 214", "php_thrown_in")]
        for text, ev in lines:
            ols("NOTICE", c, f"[STDERR] {text}", ev)

    def acl():
        site = g.c(list(SITES))
        ols("INFO", conn(site), f"[ACL] Access to context [{g.c(['/xmlrpc.php', '/wp-config.php', '/.user.ini', '/wp-admin/install.php'])}] is denied!", "acl_denied")

    def modsec():
        site = g.c(list(SITES))
        rule = g.c([("942100", "SQL Injection Attack Detected via libinjection", "REQUEST-942-APPLICATION-ATTACK-SQLI.conf", "DetectSQLi", "", "ARGS:s", "1' OR 1=1-- -"),
                    ("930120", "OS File Access Attempt", "REQUEST-930-APPLICATION-ATTACK-LFI.conf", "PmFromFile", "lfi-os-files.data", "ARGS:file", "../../../../etc/passwd"),
                    ("913100", "Found User-Agent associated with security scanner", "REQUEST-913-SCANNER-DETECTION.conf", "PmFromFile", "scanners-user-agents.data",
                     "REQUEST_HEADERS:User-Agent", g.c(["sqlmap/1.8.11#stable (https://sqlmap.org)", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"]))])
        ols("NOTICE", conn(site, h2=False), f"[Module:mod_security] ModSecurity: Warning. Matched \"Operator `{rule[3]}' with parameter `{rule[4]}' against variable `{rule[5]}' "
            f"(Value: `{rule[6]}' ) [file \"/usr/local/lsws/conf/owasp/rules/{rule[2]}\"] [line \"{g.num(40, 900)}\"] [id \"{rule[0]}\"] [msg \"{rule[1]}\"] [severity \"2\"] "
            f"[uri \"{g.c(['/', '/wp-login.php', '/index.php', '/wp-admin/admin-ajax.php'])}\"] [unique_id \"{g.num(10 ** 15, 10 ** 16)}\"]", "modsec_warning")
        if g.r.random() < 0.5:
            ols("NOTICE", conn(site, h2=False), "[Module:mod_security] ModSecurity: Access denied with code 403 (phase 2). Matched \"Operator `Ge' with parameter `5' against variable "
                f"`TX:ANOMALY_SCORE' (Value: `{g.c([5, 10, 15])}' ) [file \"/usr/local/lsws/conf/owasp/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"81\"] [id \"949110\"] "
                f"[msg \"Inbound Anomaly Score Exceeded (Total Score: {g.c([5, 10, 15])})\"] [severity \"2\"] [unique_id \"{g.num(10 ** 15, 10 ** 16)}\"]", "modsec_denied")

    def lsphp():
        site = g.c(list(SITES))
        ols("INFO", f"{site}:lsphp", f"add child process pid: {g.num(10000, 400000)}", "add_child")

    def stall():
        site = g.c(list(SITES))
        ols("NOTICE", conn(site, lsapi=True), "No request delivery notification has been received from LSAPI application, possible dead lock.", "lsapi_dead_lock")
        if g.r.random() < 0.5:
            ols("WARN", f"{site}:lsphp", "ExtConn timed out while connecting.", "extconn_timeout")

    def restart():
        ols("NOTICE", None, "[Main] Received signal SIGUSR1, graceful restart", "graceful_restart")
        st["pid"] = g.num(900, 90000)
        L.tick(2)
        startup()

    startup()
    ev = [(30, not_found), (22, idle), (18, php_notice), (0.6, php_fatal), (5, acl), (5, modsec), (6, lsphp), (2, stall), (0.3, restart)]
    return L.run(slowed(L, ev, 25), None)


# 6 ---------------------------------------------------------------- Tekton Pipelines 0.62 (catalog tasks git-clone 0.9, golangci-lint 0.2, golang-test 0.2, kaniko 0.6, kubernetes-actions 0.2) building a Go
#   service, `for pr in $(tkn pr ls -n ci -o name --limit 25); do echo "=== $pr"; tkn pr logs -n ci "${pr#*/}"; done > pr-logs.txt` saved by a developer:
#   every line "[task : step] output" with no time; inside, the xtrace of git-clone's script and git-init's JSON lines, golangci-lint's logfmt warning and
#   findings with their source lines, `go test` results with failures, kaniko's "INFO[0012] ..." (seconds since the step started), kubectl's rollout
@checked
def log_tekton(seed):
    L = Log("tekton_tkn_pr_logs", seed, None, True, True)
    g = L.g
    REPO = "https://github.com/acme-shop/orders-svc.git"
    MOD = "github.com/acme-shop/orders-svc"
    PKGS = ["cmd/orders", "internal/api", "internal/store", "internal/payment", "internal/events", "internal/config", "pkg/money", "pkg/retry"]
    DEPS = [("github.com/jackc/pgx/v5", "v5.7.1"), ("github.com/go-chi/chi/v5", "v5.1.0"), ("github.com/segmentio/kafka-go", "v0.4.47"), ("go.uber.org/zap", "v1.27.0"),
            ("github.com/stretchr/testify", "v1.9.0"), ("golang.org/x/sync", "v0.8.0"), ("github.com/jackc/puddle/v2", "v2.2.2"), ("github.com/klauspost/compress", "v1.17.11"),
            ("github.com/google/uuid", "v1.6.0"), ("github.com/prometheus/client_golang", "v1.20.5")]

    def out(task, stp, text, ev, lv=None):
        L.emit(f"[{task} : {stp}] {text}", ev, lv, task)

    def x(task, stp, cmd, depth=1):
        out(task, stp, "+" * depth + " " + cmd, "xtrace")

    def clone(sha):
        T, S = "fetch-source", "clone"
        for _ in range(3):
            x(T, S, "'[' false = true ']'")
        x(T, S, "CHECKOUT_DIR=/workspace/output/")
        x(T, S, "'[' true = true ']'")
        x(T, S, "cleandir")
        x(T, S, "'[' -d /workspace/output/ ']'")
        for pat in ["*", ".[!.]*", "..?*"]:
            x(T, S, f"rm -rf '/workspace/output//{pat}'")
        for _ in range(3):
            x(T, S, "test -z ''")
        x(T, S, "git config --global --add safe.directory /workspace/output")
        x(T, S, f"/ko-app/git-init '-url={REPO}' '-revision=main' '-refspec=' '-path=/workspace/output/' '-sslVerify=true' '-submodules=true' '-depth=1' '-sparseCheckoutDirectories='")
        ts = L.t.timestamp() + g.r.uniform(1, 4)
        out(T, S, json.dumps({"level": "info", "ts": round(ts, 3), "caller": "git/git.go:176", "msg": f"Successfully cloned {REPO} @ {sha} (grafted, HEAD) in path /workspace/output/"},
                             separators=(",", ":")), "git_cloned", "info")
        out(T, S, json.dumps({"level": "info", "ts": round(ts + g.r.uniform(0.1, 0.6), 3), "caller": "git/git.go:215", "msg": "Successfully initialized and updated submodules in path /workspace/output/"},
                             separators=(",", ":")), "git_submodules", "info")
        x(T, S, "cd /workspace/output/")
        x(T, S, "git rev-parse HEAD", 2)
        x(T, S, f"RESULT_SHA={sha}")
        x(T, S, "EXIT_CODE=0")
        x(T, S, "'[' 0 '!=' 0 ']'")
        x(T, S, "git log -1 --pretty=%ct", 2)
        ct = int(L.t.timestamp()) - g.num(60, 7200)
        x(T, S, f"RESULT_COMMITTER_DATE={ct}")
        x(T, S, f"printf %s {ct}")
        x(T, S, f"printf %s {sha}")
        x(T, S, f"printf %s {REPO}")

    def lint():
        T, S = "lint", "lint"
        out(T, S, "level=warning msg=\"[config_reader] The configuration option `run.skip-dirs` is deprecated, please use `issues.exclude-dirs`.\"", "lint_config_deprecated", "warning")
        findings = g.c([0, 0, 0, 0, 0, 0, 1, 2, 3])
        for _ in range(findings):
            kind = g.c([("errcheck", "Error return value of `w.Write` is not checked", "\tw.Write(body)", "\t       ^"),
                        ("ineffassign", "ineffectual assignment to err", "\terr = rows.Err()", "\t^"),
                        ("govet", "printf: fmt.Sprintf format %d has arg id of wrong type string", "\t\treturn fmt.Sprintf(\"order %d not found\", id)", "\t\t       ^"),
                        ("staticcheck", "SA1019: rand.Seed has been deprecated since Go 1.20", "\trand.Seed(time.Now().UnixNano())", "\t^")])
            out(T, S, f"internal/{g.c(['api', 'store', 'payment', 'events'])}/{g.c(['orders', 'handlers', 'pg', 'client', 'consumer'])}.go:{g.num(20, 400)}:{g.num(2, 30)}: {kind[1]} ({kind[0]})",
                "lint_finding")
            out(T, S, kind[2], "lint_source_line")
            out(T, S, kind[3], "lint_caret")
        return findings == 0

    def unit_test():
        T, S = "unit-test", "unit-test"
        for d, v in g.r.sample(DEPS, g.num(0, len(DEPS))):
            out(T, S, f"go: downloading {d} {v}", "go_downloading")
        ok = g.r.random() < 0.8
        bad = g.c(PKGS[1:5])
        for p in PKGS:
            if p in ("cmd/orders", "internal/config"):
                out(T, S, f"?   \t{MOD}/{p}\t[no test files]", "go_no_test_files")
            elif p == bad and not ok:
                name = g.c(["TestCreateOrder_Idempotent", "TestRefund_PartialAmount", "TestStore_ListOrders_Pagination", "TestConsumer_RetriesOnRebalance"])
                out(T, S, f"--- FAIL: {name} ({g.f(0.01, 2.5, 2)}s)", "go_fail_test")
                want = g.c(["status 409, got 201", "2 calls, got 1", 'cursor "b2", got ""'])
                out(T, S, f"    {g.c(['orders_test.go', 'refund_test.go', 'pg_test.go', 'consumer_test.go'])}:{g.num(20, 300)}: expected {want}", "go_test_output")
                out(T, S, "FAIL", "go_fail")
                out(T, S, f"coverage: {g.f(40, 90, 1)}% of statements", "go_coverage")
                out(T, S, f"FAIL\t{MOD}/{p}\t{g.f(0.1, 9, 3)}s", "go_fail_pkg")
            else:
                out(T, S, f"ok  \t{MOD}/{p}\t{g.f(0.05, 9, 3)}s\tcoverage: {g.f(40, 95, 1)}% of statements", "go_ok")
        if not ok:
            out(T, S, "FAIL", "go_fail")
        return ok

    def kaniko(sha, tag):
        T, S = "build-image", "build-and-push"
        el = [0.0]

        def k(msg, ev, lv="INFO", dt_=0.3):
            el[0] += g.r.expovariate(1 / dt_)
            out(T, S, f"{lv}[{int(el[0]):04d}] {msg:<44} ", ev, lv)

        cache = f"registry.acme.io/ci/cache/orders-svc:{g.hx(64)}"
        k("Retrieving image manifest golang:1.23-alpine", "kaniko_retrieving_manifest")
        k("Retrieving image golang:1.23-alpine from registry index.docker.io", "kaniko_retrieving_image")
        k("Retrieving image manifest gcr.io/distroless/static-debian12:nonroot", "kaniko_retrieving_manifest")
        k("Retrieving image gcr.io/distroless/static-debian12:nonroot from registry gcr.io", "kaniko_retrieving_image")
        k("Built cross stage deps: map[0:[/out/orders]]", "kaniko_cross_stage")
        k("Retrieving image manifest golang:1.23-alpine", "kaniko_retrieving_manifest")
        k("Returning cached image manifest", "kaniko_cached_manifest")
        k("Executing 0 build triggers", "kaniko_build_triggers")
        k("Building stage 'golang:1.23-alpine' [idx: '0', base-idx: '-1']", "kaniko_building_stage")
        k(f"Checking for cached layer {cache}...", "kaniko_checking_cache")
        if g.r.random() < 0.15:
            k(f"Error while retrieving image from cache: {cache} GET https://registry.acme.io/v2/ci/cache/orders-svc/manifests/{cache.split(':')[1]}: MANIFEST_UNKNOWN: "
              f"manifest unknown; map[Tag:{cache.split(':')[1]}]", "kaniko_cache_error", "WARN")
        k("Using caching version of cmd: RUN go mod download", "kaniko_using_cache")
        k("No cached layer found for cmd RUN CGO_ENABLED=0 go build -trimpath -o /out/orders ./cmd/orders", "kaniko_no_cached_layer")
        k("Unpacking rootfs as cmd COPY go.mod go.sum ./ requires it.", "kaniko_unpacking_rootfs", dt_=5)
        for cmd in ["WORKDIR /src", "COPY go.mod go.sum ./", "RUN go mod download", "COPY . .", "RUN CGO_ENABLED=0 go build -trimpath -o /out/orders ./cmd/orders"]:
            k(cmd, "kaniko_instruction")
            if cmd.startswith("WORKDIR"):
                k("Cmd: workdir", "kaniko_cmd")
                k("Changed working directory to /src", "kaniko_changed_workdir")
                k("Creating directory /src with uid -1 and gid -1", "kaniko_creating_dir")
                k("Taking snapshot of files...", "kaniko_snapshot_files")
            elif cmd.startswith("COPY"):
                k("Taking snapshot of files...", "kaniko_snapshot_files")
            elif "mod download" in cmd:
                k("Found cached layer, extracting to filesystem", "kaniko_found_cached_layer", dt_=3)
            else:
                k("Initializing snapshotter ...", "kaniko_init_snapshotter")
                k("Taking snapshot of full filesystem...", "kaniko_snapshot_full")
                k("Cmd: /bin/sh", "kaniko_cmd")
                k("Args: [-c CGO_ENABLED=0 go build -trimpath -o /out/orders ./cmd/orders]", "kaniko_args")
                k("Running: [/bin/sh -c CGO_ENABLED=0 go build -trimpath -o /out/orders ./cmd/orders]", "kaniko_running")
                k("Taking snapshot of full filesystem...", "kaniko_snapshot_full", dt_=30)
                k(f"Pushing layer {cache} to cache now", "kaniko_pushing_layer")
                k(f"Pushing image to {cache}", "kaniko_pushing_image")
                k(f"Pushed registry.acme.io/ci/cache/orders-svc@sha256:{g.hx(64)}", "kaniko_pushed", dt_=2)
        k("Saving file out/orders for later use", "kaniko_saving_file")
        k("Deleting filesystem...", "kaniko_deleting_fs")
        k("Retrieving image manifest gcr.io/distroless/static-debian12:nonroot", "kaniko_retrieving_manifest")
        k("Returning cached image manifest", "kaniko_cached_manifest")
        k("Executing 0 build triggers", "kaniko_build_triggers")
        k("Building stage 'gcr.io/distroless/static-debian12:nonroot' [idx: '1', base-idx: '-1']", "kaniko_building_stage")
        k("Unpacking rootfs as cmd COPY --from=0 /out/orders /orders requires it.", "kaniko_unpacking_rootfs")
        for cmd in ["COPY --from=0 /out/orders /orders", "ENTRYPOINT [\"/orders\"]"]:
            k(cmd, "kaniko_instruction")
            if cmd.startswith("COPY"):
                k("Taking snapshot of files...", "kaniko_snapshot_files")
        k(f"Pushing image to registry.acme.io/shop/orders-svc:{tag}", "kaniko_pushing_image")
        k(f"Pushed registry.acme.io/shop/orders-svc@sha256:{g.hx(64)}", "kaniko_pushed", dt_=3)
        out(T, "write-url", "registry.acme.io/shop/orders-svc", "image_url")

    def deploy(tag):
        T, S = "deploy-staging", "kubectl"
        out(T, S, "deployment.apps/orders-svc image updated", "kubectl_image_updated")
        for k in range(1, 4):
            out(T, S, f"Waiting for deployment \"orders-svc\" rollout to finish: {k} out of 3 new replicas have been updated...", "rollout_waiting_updated")
        if g.r.random() < 0.5:
            out(T, S, "Waiting for deployment \"orders-svc\" rollout to finish: 1 old replicas are pending termination...", "rollout_waiting_old")
        out(T, S, "deployment \"orders-svc\" successfully rolled out", "rollout_done")

    def run():
        L.t += dt.timedelta(hours=g.num(1, 20))
        name = f"orders-svc-ci-run-{g.alnum(5)}"
        L.emit(f"=== pipelinerun.tekton.dev/{name}", "separator_echo")
        sha = g.hx(40)
        clone(sha)
        ok = lint() and unit_test()
        if ok:
            kaniko(sha, sha[:7])
            deploy(sha[:7])
        out("notify", "post", "ok", "slack_ok")

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Syncthing 1.28.1 (Debian package, a systemd user service) on a developer's laptop, `journalctl --user -u syncthing.service --since 2026-11-24`:
#   journald's short format "Dec 01 10:00:00 lena-thinkpad syncthing[2211]: " before Syncthing's own "[KQ7RZ] 10:00:00 INFO: message" (the device's short ID,
#   the time of day, the level), the monitor process' "[start]" lines, systemd's lines, journalctl's "-- Boot ... --" between boots; connections to the NAS,
#   a phone and a work desktop coming and going with suspend and Wi-Fi, pullers that cannot find a file, relays, NAT, an external drive's folder going missing
@checked
def log_syncthing(seed):
    L = Log("syncthing_journal", seed, "noyear", True, True, start=dt.datetime(2026, 11, 24, 8, 2, 11, tzinfo=UTC))
    g = L.g
    HOST = "lena-thinkpad"
    ME = "KQ7RZ4F-2WJ3XHM-PPE5N3V-ZT7RH4K-3Q2YDLV-NVV7ZB2-OQW6XJE-5AKJ2QG"
    DEVS = {"NAS4K2P": ("nas", "192.168.1.5", "syncthing v1.28.1"), "PXL8QW3": ("pixel-8", "192.168.1.38", "syncthing-android v1.28.1"),
            "WRKD7H1": ("work-desktop", "10.8.0.14", "syncthing v1.27.12")}
    FOLDERS = [("Documents", "docs-k2x9a"), ("Photos", "photos-3kd9s"), ("Obsidian", "notes-p8x2m"), ("Music", "music-9xk2d")]
    RELAYS = ["relay://163.172.164.38:22067", "relay://51.158.130.171:443", "relay://185.117.82.155:22067"]
    st = {"pid": g.num(2000, 4000), "sys": g.num(1100, 1900), "conn": {}, "music": True, "local": "192.168.1.23"}

    def jr(text, ev, lv=None, comp="syncthing", pid=None):
        step(L, 200)
        L.emit(f"{L.t:%b %d %H:%M:%S} {HOST} {comp}[{pid or st['pid']}]: {text}", ev, lv, comp)

    def sy(lv, msg, ev, tag=None):
        jr(f"[{tag or ME[:5]}] {L.t:%H:%M:%S} {lv}: {msg}", ev, lv)

    def conn_str(dev, kind=None):
        _, ip, _ = DEVS[dev]
        kind = kind or g.c(["tcp-client", "tcp-server", "quic-client", "quic-server"])
        proto = kind.split("-")[0]
        lan = "LAN" if ip.startswith("192.168.") else "WAN"
        return f"{st['local']}:22000-{ip}:{g.c([22000, g.num(32768, 60999)])}/{kind}/TLS1.3-TLS_AES_128_GCM_SHA256/{lan}-P{g.c([10, 20, 30]) if proto == 'tcp' else 20}-{g.alnum(26, '0123456789ABCDEFGHIJKLMNOPQRSTUV')}"

    def startup():
        jr("Started syncthing.service - Syncthing - Open Source Continuous File Synchronization.", "systemd_started", comp="systemd", pid=st["sys"])
        sy("INFO", "syncthing v1.28.1 \"Gold Grasshopper\" (go1.23.3 linux-amd64) debian@debian 2024-11-23 09:27:52 UTC [noupgrade]", "version", "start")
        st["pid"] += g.num(5, 30)
        sy("INFO", f"My ID: {ME}", "my_id")
        sy("INFO", f"Single thread SHA256 performance is {g.num(1300, 1600)} MB/s using crypto/sha256 ({g.num(1300, 1600)} MB/s using minio/sha256-simd).", "sha256_perf")
        sy("INFO", f"Hashing performance is {g.f(900, 1200, 2)} MB/s", "hashing_perf")
        sy("INFO", "Overall send rate is unlimited, receive rate is unlimited", "send_rate")
        for f, fid in FOLDERS:
            if f == "Music" and not st["music"]:
                sy("WARNING", f"Error on folder \"{f}\" ({fid}): folder path missing", "folder_error")
                continue
            sy("INFO", f"Ready to synchronize \"{f}\" ({fid}) (sendreceive)", "ready_to_sync")
        sy("INFO", "TCP listener ([::]:22000) starting", "listener_starting")
        sy("INFO", "QUIC listener ([::]:22000) starting", "listener_starting")
        sy("INFO", "Relay listener (dynamic+https://relays.syncthing.net/endpoint) starting", "listener_starting")
        sy("INFO", "GUI and API listening on 127.0.0.1:8384", "gui_listening")
        sy("INFO", "Access the GUI via the following URL: http://127.0.0.1:8384/", "gui_url")
        sy("INFO", f"My name is \"{HOST}\"", "my_name")
        for dev, (name, _, _) in DEVS.items():
            sy("INFO", f"Device {dev}-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-"
                       f"{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}-"
                       f"{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} is \"{name}\" at [dynamic]", "device_is")
        L.tick(2)
        for f, fid in FOLDERS:
            if f != "Music" or st["music"]:
                sy("INFO", f"Completed initial scan of sendreceive folder \"{f}\" ({fid})", "initial_scan")
        sy("INFO", "Detected 1 NAT service", "nat_detected")
        sy("INFO", f"quic://0.0.0.0:22000 detected NAT type: {g.c(['Port restricted NAT', 'Full cone NAT', 'Symmetric NAT'])}", "nat_type")
        sy("INFO", f"quic://0.0.0.0:22000 resolved external address quic://{g.ip('pub')}:22000 (via stun.syncthing.net:3478)", "external_address")
        sy("INFO", f"Joined relay {g.c(RELAYS)}", "joined_relay")
        st["conn"] = {}

    def connect():
        free = [d for d in DEVS if d not in st["conn"] and (d != "WRKD7H1" or L.t.weekday() < 5)]
        if not free:
            return disconnect()
        dev = g.c(free)
        c = conn_str(dev)
        st["conn"][dev] = c
        sy("INFO", f"Established secure connection to {dev} at {c}", "established")
        sy("INFO", f"Device {dev} client is \"{DEVS[dev][2]}\" named \"{DEVS[dev][0]}\" at {c}", "device_client")
        if g.r.random() < 0.1:
            c2 = conn_str(dev)
            sy("INFO", f"Connected to already connected device {dev} (existing: {c} new: {c2})", "already_connected")

    def disconnect():
        if not st["conn"]:
            return connect()
        dev = g.c(sorted(st["conn"]))
        c = st["conn"].pop(dev)
        why = g.c(["reading length: EOF", "read timeout", "ping timeout", f"reading length: read tcp {c.split('-')[0]}->{c.split('-')[1].split('/')[0]}: i/o timeout", "closed by remote"])
        sy("INFO", f"Connection to {dev} at {c} closed: {why}", "conn_closed")
        sy("INFO", f"Lost primary connection to {dev} at {c}: {why} (0 remain)", "lost_primary")

    def puller():
        f, fid = g.c(FOLDERS[:3])
        n = g.num(1, 12)
        for _ in range(min(n, 3)):
            item = {"Documents": f"Steuer/2026/{g.c(['Belege', 'Rechnungen'])}/{g.num(100, 999)}.pdf", "Photos": f"2026/{g.num(9, 12):02d}/PXL_2026{g.num(1001, 1130)}_{g.num(100000, 235959)}{g.num(100, 999)}.jpg",
                    "Obsidian": f"daily/2026-{g.num(10, 12):02d}-{g.num(1, 28):02d}.md"}[f]
            sy("INFO", f"Puller (folder \"{f}\" ({fid}), item \"{item}\"): syncing: no connected device has the required version of this file", "puller_no_device")
        sy("INFO", f"Folder \"{f}\" ({fid}) isn't making sync progress - retrying in 1m0s.", "no_sync_progress")

    def relay():
        if g.r.random() < 0.5:
            sy("INFO", f"Joined relay {g.c(RELAYS)}", "joined_relay")
        else:
            sy("INFO", f"quic://0.0.0.0:22000 resolved external address quic://{g.ip('pub')}:22000 (via stun.syncthing.net:3478)", "external_address")

    def drive():
        st["music"] = not st["music"]
        if not st["music"]:
            sy("WARNING", "Error on folder \"Music\" (music-9xk2d): folder path missing", "folder_error")
        else:
            sy("INFO", "Cleared error on folder \"Music\" (music-9xk2d)", "cleared_error")
            sy("INFO", "Completed initial scan of sendreceive folder \"Music\" (music-9xk2d)", "initial_scan")

    def hello_fail():
        ip = g.c(["192.168.1.5", g.ip("pub")])
        sy("INFO", f"Failed to exchange Hello messages with {g.c(list(DEVS))} at {st['local']}:22000-{ip}:22000/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256: EOF", "hello_failed")

    def suspend():
        for dev in sorted(st["conn"]):
            c = st["conn"].pop(dev)
            sy("INFO", f"Connection to {dev} at {c} closed: read timeout", "conn_closed")
            sy("INFO", f"Lost primary connection to {dev} at {c}: read timeout (0 remain)", "lost_primary")
        L.t += dt.timedelta(hours=g.num(1, 14))
        st["local"] = g.c(["192.168.1.23", "192.168.1.23", "172.20.10.3", "10.0.0.87"])

    def reboot():
        sy("INFO", "Exiting", "exiting")
        jr("Stopping syncthing.service - Syncthing - Open Source Continuous File Synchronization...", "systemd_stopping", comp="systemd", pid=st["sys"])
        jr("Stopped syncthing.service - Syncthing - Open Source Continuous File Synchronization.", "systemd_stopped", comp="systemd", pid=st["sys"])
        L.t += dt.timedelta(minutes=g.num(1, 600))
        L.emit(f"-- Boot {g.hx(32)} --", "boot_separator")
        st["pid"] = g.num(2000, 4000)
        st["sys"] = g.num(1100, 1900)
        startup()

    startup()
    ev = [(30, connect), (22, disconnect), (12, puller), (5, relay), (1.5, drive), (2, hello_fail), (2, suspend), (0.5, reboot)]
    return L.run(slowed(L, ev, 600), None)


# 8 ---------------------------------------------------------------- Minetest 5.9.1 dedicated server (minetest_game with areas, bones, mesecons, unified_inventory) of a school's survival world,
#   ~/.minetest/debug.txt (debug_log_level = action): "2026-12-01 10:00:00: ACTION[Server]: alice digs default:stone at (12,-3,40)", the level and the thread
#   in brackets; the "Separator" block and the ASCII logo at each start, players joining, leaving and timing out, digging, placing, using items, chests,
#   chat, deaths and respawns, wrong passwords, a mod's undeclared global warnings and a Lua error with its stack traceback, shutdowns
@checked
def log_minetest(seed):
    L = Log("minetest_debug_txt", seed, "full", True, False, start=dt.datetime(2026, 11, 30, 13, 40, 2, tzinfo=UTC))
    g = L.g
    PLAYERS = ["Finn", "mia_2011", "LeonTheBuilder", "Emma", "noah.k", "Sophie", "Ben_10", "Lina", "Paul", "HannahMC", "jonas_s", "MrKoch"]
    NODES = ["default:stone", "default:dirt_with_grass", "default:dirt", "default:cobble", "default:stone_with_coal", "default:stone_with_iron", "default:tree", "default:leaves",
             "default:sand", "default:gravel", "default:wood", "default:glass", "default:torch_wall", "default:stone_with_copper", "farming:wheat_8", "default:desert_sand"]
    PLACE = ["default:cobble", "default:wood", "default:glass", "default:torch_wall", "default:torch", "default:stonebrick", "default:chest", "default:furnace", "doors:door_wood_a",
             "mesecons_walllever:wall_lever_off", "default:ladder_wood", "wool:red", "default:fence_wood"]
    ITEMS = ["default:pick_steel", "default:apple", "farming:bread", "default:axe_stone", "bucket:bucket_water", "default:shovel_steel", "fire:flint_and_steel"]
    st = {"online": {}, "home": {}}

    def mt(lv, th, msg, ev):
        step(L, 150)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}: {lv}[{th}]: {msg}", ev, lv)

    def pos():
        return f"({g.num(-300, 300)},{g.num(-60, 40)},{g.num(-300, 300)})"

    def startup():
        for text, ev in [("", "blank"), ("-------------", "separator_rule"), ("  Separator", "separator_word"), ("-------------", "separator_rule"), ("", "blank")]:
            L.emit(text, ev)
        for k, row in enumerate(["         __.               __.                 __.  ", "  _____ |__| ____   _____ /  |_  _____  _____/  |_ ",
                    " /     \\|  |/    \\ /  __ \\    _\\/  __ \\/   __>    _\\", "|  Y Y  \\  |   |  \\   ___/|  | |   ___/\\___  \\|  |  ",
                    "|__|_|  /  |___|  /\\___  >  | \\___  >____  >  |  ", "      \\/ \\/     \\/     \\/  \\/     \\/     \\/  \\/   "], 1):
            mt("ACTION", "Main", row, f"logo_row_{k}")
        mt("ACTION", "Main", "World at [/home/mt/.minetest/worlds/schulwelt]", "world_at")
        mt("ACTION", "Main", "Server for gameid=\"minetest\" listening on [::]:30000.", "listening")
        if g.r.random() < 0.8:
            for v in ["tnt_radius", "pipeworks_enable_teleport"]:
                mt("WARNING", "Main", f"Undeclared global variable \"{v}\" accessed at /home/mt/.minetest/mods/{g.c(['technic', 'pipeworks'])}/init.lua:{g.num(10, 300)}", "undeclared_global")
        st["online"] = {}

    def plist():
        return " ".join(st["online"])

    def join():
        free = [p for p in PLAYERS if p not in st["online"]]
        if not free or (len(st["online"]) > 6 and g.r.random() < 0.5):
            return leave()
        p = g.c(free)
        ip = f"{g.c(['10.50.3.', '10.50.4.', '192.168.178.'])}{g.num(10, 250)}"
        if g.r.random() < 0.12:
            mt("ACTION", "Server", f"Server: User {p} at {ip} supplied wrong password (auth mechanism: SRP).", "wrong_password")
            return
        st["online"][p] = ip
        mt("ACTION", "Server", f"{p} [{ip}] joins game. List of players: {plist()}", "joins")

    def leave():
        if not st["online"]:
            return join()
        p = g.c(sorted(st["online"]))
        del st["online"][p]
        if g.r.random() < 0.2:
            mt("ACTION", "Server", f"{p} times out. List of players: {plist()}", "times_out")
        else:
            mt("ACTION", "Server", f"{p} leaves game. List of players: {plist()}", "leaves")

    def who():
        if not st["online"]:
            join()
            return None
        return g.c(sorted(st["online"]))

    def dig():
        p = who()
        if p:
            here = pos()
            for _ in range(g.num(1, 6)):
                mt("ACTION", "Server", f"{p} digs {g.c(NODES)} at {here}", "digs")

    def place():
        p = who()
        if p:
            for _ in range(g.num(1, 4)):
                mt("ACTION", "Server", f"{p} places node {g.c(PLACE)} at {pos()}", "places")

    def use():
        p = who()
        if p:
            target = g.c(["[nothing]", f"[node under={g.num(-300, 300)},{g.num(-60, 40)},{g.num(-300, 300)} above={g.num(-300, 300)},{g.num(-60, 40)},{g.num(-300, 300)}]",
                          f"[object {g.num(1, 9000)}]"])
            mt("ACTION", "Server", f"{p} uses {g.c(ITEMS)}, pointing at {target}", "uses")

    def chest():
        p = who()
        if p:
            what = g.c(["chest", "chest", "furnace", "locked chest"])
            r = g.r.random()
            if r < 0.4:
                mt("ACTION", "Server", f"{p} moves stuff to {what} at {pos()}", "moves_to")
            elif r < 0.8:
                mt("ACTION", "Server", f"{p} takes stuff from {what} at {pos()}", "takes_from")
            else:
                mt("ACTION", "Server", f"{p} moves stuff in {what} at {pos()}", "moves_in")

    def chat():
        p = who()
        if p:
            msg = g.c(["hi", "wer kommt mit in die mine?", "lol", "where is spawn", "/home", "kann mir wer eisen geben", "brb", "ich hab diamanten!!", "nicht mein haus kaputt machen",
                       "gg", "wo bist du", "tp pls", "Herr Koch ist da", "ok", "mach mal tag"])
            if msg.startswith("/"):
                mt("ACTION", "Server", f"{p} invokes /home, pos={pos()}", "invokes")
            else:
                mt("ACTION", "Server", f"CHAT: <{p}> {msg}", "chat")

    def die():
        p = who()
        if p:
            where = pos()
            mt("ACTION", "Server", f"{p} dies at {where}. Bones placed", "dies")
            L.t += dt.timedelta(seconds=g.num(2, 20))
            mt("ACTION", "Server", f"{p} respawns at {pos()}", "respawns")

    def teacher():
        if "MrKoch" not in st["online"]:
            st["online"]["MrKoch"] = "10.50.1.2"
            mt("ACTION", "Server", f"MrKoch [10.50.1.2] joins game. List of players: {plist()}", "joins")
        target = g.c([p for p in PLAYERS if p != "MrKoch"])
        cmd = g.c([f"/teleport {target} MrKoch", "/time 6000", f"/kick {target}", f"/grant {target} fly", "/set time_speed 0"])
        mt("ACTION", "Server", f"MrKoch invokes {cmd.split(' ')[0]}, pos={pos()}", "invokes")
        if cmd.startswith("/kick") and target in st["online"]:
            del st["online"][target]
            mt("ACTION", "Server", f"{target} leaves game. List of players: {plist()}", "leaves")

    def lua_error():
        mt("ERROR", "Main", "ServerError: AsyncErr: Lua: Runtime error from mod 'mesecons_luacontroller' in callback node_on_receive_fields(): "
           "...minetest/mods/mesecons/mesecons_luacontroller/init.lua:412: attempt to index a nil value (field 'port')", "lua_runtime_error")
        for text, ev in [("stack traceback:", "lua_traceback_head"), ("\t...minetest/mods/mesecons/mesecons_luacontroller/init.lua:412: in function 'set_port'", "lua_traceback_frame"),
                         ("\t...minetest/mods/mesecons/mesecons_luacontroller/init.lua:655: in function 'run_inner'", "lua_traceback_frame"),
                         ("\t...minetest/mods/mesecons/mesecons_luacontroller/init.lua:698: in function <...minetest/mods/mesecons/mesecons_luacontroller/init.lua:697>", "lua_traceback_frame"),
                         ("\t[C]: in ?", "lua_traceback_c")]:
            mt("ERROR", "Main", text, ev)
        mt("ACTION", "Main", "Server: Shutting down", "shutting_down")
        L.t += dt.timedelta(seconds=g.num(5, 60))
        startup()

    def restart():
        mt("ACTION", "Main", "Server: Shutting down", "shutting_down")
        L.t += dt.timedelta(minutes=g.num(1, 30))
        startup()

    startup()
    ev = [(12, join), (9, leave), (40, dig), (16, place), (5, use), (8, chest), (9, chat), (2, die), (1, teacher), (0.2, lua_error), (0.25, restart)]
    return L.run(slowed(L, ev, 6), None)


# 9 ---------------------------------------------------------------- PX4 Autopilot 1.15.2 software-in-the-loop with Gazebo Harmonic (gz_x500) on a developer's workstation, who changes the navigator
#   and flies from QGroundControl, `make px4_sitl gz_x500 2>&1 | tee -a sitl.log` over an afternoon: no time, "INFO  [commander] message" (the level padded to
#   five, the module in brackets); ninja's build lines before each start, the PX4 logo and "px4 starting.", rcS' parameter lines, the pxh> prompt with the
#   commands typed at it (and the first line of output written after the prompt), arming, takeoffs, missions, RTL, landings, log files, failsafes
@checked
def log_px4(seed):
    L = Log("px4_sitl_console", seed, None, True, True)
    g = L.g
    ROOT = "/home/dev/src/PX4-Autopilot"
    st = {"first": True, "armed": False, "air": False, "log": None}
    NAV = ["mission.cpp", "mission_base.cpp", "rtl_direct.cpp", "navigator_main.cpp", "mission_block.cpp", "takeoff.cpp"]

    def px(lv, mod, msg, ev, prompt=False):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{'pxh> ' if prompt else ''}{lv:<5} [{mod}] {msg}", ev, lv, mod)

    def raw(text, ev, lv=None):
        L.emit(text, ev, lv)

    def build():
        if st["first"]:
            n = g.num(900, 1000)
            raw(f"[0/{n}] git submodule src/drivers/gps/devices", "ninja_submodule")
            files = [("src/modules/navigator", "modules__navigator", f) for f in NAV] + [("src/modules/commander", "modules__commander", f) for f in ["Commander.cpp", "failsafe/failsafe.cpp", "HealthAndArmingChecks/checks/batteryCheck.cpp"]]
            files += [("src/modules/ekf2", "modules__ekf2", f) for f in ["EKF2.cpp", "EKF/ekf.cpp", "EKF/covariance.cpp", "EKF/control.cpp"]] + [("src/modules/simulation/gz_bridge", "modules__simulation__gz_bridge", f) for f in ["GZBridge.cpp", "GZMixingInterfaceESC.cpp"]]
            for k, (d, t, f) in enumerate(g.r.sample(files, len(files)), 1):
                raw(f"[{k * (n // len(files))}/{n}] Building CXX object {d}/CMakeFiles/{t}.dir/{f}.o", "ninja_building_cxx")
            raw(f"[{n - 1}/{n}] Linking CXX executable bin/px4", "ninja_linking")
            raw(f"[{n}/{n}] cd {ROOT} && /usr/bin/cmake -E env PX4_SIM_MODEL=gz_x500 {ROOT}/build/px4_sitl_default/bin/px4", "ninja_run")
        else:
            ch = g.r.sample(NAV, g.num(1, 3))
            n = len(ch) + 2
            for k, f in enumerate(ch, 1):
                raw(f"[{k}/{n}] Building CXX object src/modules/navigator/CMakeFiles/modules__navigator.dir/{f}.o", "ninja_building_cxx")
                if g.r.random() < 0.2:
                    raw(f"{ROOT}/src/modules/navigator/{f}: In member function ‘void Mission::setActiveMissionItems()’:", "gcc_in_function", "warning")
                    raw(f"{ROOT}/src/modules/navigator/{f}:{g.num(100, 900)}:{g.num(5, 30)}: warning: unused variable ‘next_idx’ [-Wunused-variable]", "gcc_warning", "warning")
                    raw(f"  {g.num(100, 900)} |         int32_t next_idx = _mission.current_seq + 1;", "gcc_snippet", "warning")
                    raw("      |                 ^~~~~~~~", "gcc_caret", "warning")
            raw(f"[{n - 1}/{n}] Linking CXX executable bin/px4", "ninja_linking")
            raw(f"[{n}/{n}] cd {ROOT} && /usr/bin/cmake -E env PX4_SIM_MODEL=gz_x500 {ROOT}/build/px4_sitl_default/bin/px4", "ninja_run")
        L.tick(20)

    def start():
        build()
        raw("", "blank")
        for k, row in enumerate(["______  __   __    ___ ", "| ___ \\ \\ \\ / /   /   |", "| |_/ /  \\ V /   / /| |", "|  __/   /   \\  / /_| |", "| |     / /^\\ \\ \\___  |",
                                 "\\_|     \\/   \\/     |_/"], 1):
            raw(row, f"logo_row_{k}")
        raw("", "blank")
        raw("px4 starting.", "px4_starting")
        raw("", "blank")
        px("INFO", "px4", "startup script: /bin/sh etc/init.d-posix/rcS 0", "startup_script")
        raw("env SYS_AUTOSTART: 4001", "env_autostart")
        px("INFO", "param", "selected parameter default file parameters.bson", "param_default_file")
        px("INFO", "param", "selected parameter backup file parameters_backup.bson", "param_backup_file")
        if st["first"]:
            for name, old, new in [("SYS_AUTOCONFIG", 0, 1), ("SYS_AUTOSTART", 0, 4001), ("CAL_ACC0_ID", 0, 1310988), ("CAL_GYRO0_ID", 0, 1310988), ("CAL_ACC1_ID", 0, 1310996),
                                   ("CAL_GYRO1_ID", 0, 1310996), ("CAL_ACC2_ID", 0, 1311004), ("CAL_GYRO2_ID", 0, 1311004), ("CAL_MAG0_ID", 0, 197388), ("CAL_MAG0_PRIO", -1, 50),
                                   ("CAL_MAG1_ID", 0, 197644), ("CAL_MAG1_PRIO", -1, 50), ("SENS_BOARD_X_OFF", None, None), ("SENS_DPRES_OFF", None, None)]:
                if old is None:
                    raw(f"  {name}: curr: 0.0000 -> new: {g.c(['0.0000', '0.0010', '0.0001'])}", "param_set_float")
                else:
                    raw(f"  {name}: curr: {old} -> new: {new}", "param_set_int")
        px("INFO", "dataman", "data manager file './dataman' size is 1208528 bytes", "dataman_size")
        px("INFO", "init", f"starting gazebo with world: {ROOT}/Tools/simulation/gz/worlds/default.sdf", "starting_gazebo")
        px("WARN", "init", "PX4_GZ_STANDALONE not set, launching gz sim server", "gz_standalone_not_set")
        L.tick(4)
        if g.r.random() < 0.08:
            px("ERROR", "gz_bridge", "Service call timed out as Gazebo has not been detected.", "gz_service_timeout")
            px("ERROR", "gz_bridge", "Task start failed (-1)", "gz_task_failed")
            px("ERROR", "init", "gz_bridge failed to start and spawn model", "gz_bridge_failed")
            px("ERROR", "px4", "Startup script returned with return value: 256", "startup_failed")
            raw("pxh> shutdown", "pxh_command")
            px("INFO", "px4", "Exiting NOW.", "exiting")
            st["first"] = False
            return False
        px("INFO", "init", "Gazebo world is ready", "gazebo_ready")
        px("INFO", "init", "Spawning model", "spawning_model")
        px("INFO", "gz_bridge", "world: default, model: x500_0", "gz_bridge_world")
        px("INFO", "lockstep_scheduler", f"setting initial absolute time to {g.num(2000, 9000)}000 us", "lockstep_initial")
        px("INFO", "commander", "LED: open /dev/led0 failed (22)", "led_open_failed")
        px("INFO", "uxrce_dds_client", "init UDP agent IP:127.0.0.1, port:8888", "dds_init")
        for mode, rate, port, rport in [("Normal", 4000000, 18570, 14550), ("Onboard", 4000000, 14580, 14540), ("Onboard", 4000, 14280, 14030), ("Gimbal", 400000, 13030, 13280)]:
            px("INFO", "mavlink", f"mode: {mode}, data rate: {rate} B/s on udp port {port} remote port {rport}", "mavlink_mode")
        px("INFO", "logger", "logger started (mode=all)", "logger_started")
        px("INFO", "mavlink", "MAVLink only on localhost (set param MAV_{i}_BROADCAST = 1 to enable network)", "mavlink_localhost")
        px("INFO", "mavlink", "MAVLink only on localhost (set param MAV_{i}_BROADCAST = 1 to enable network)", "mavlink_localhost")
        px("INFO", "px4", "Startup script returned successfully", "startup_ok")
        L.tick(3)
        px("INFO", "mavlink", "partner IP: 127.0.0.1", "partner_ip", prompt=True)
        L.tick(5)
        px("INFO", "tone_alarm", "home set", "home_set")
        px("INFO", "commander", "Ready for takeoff!", "ready_for_takeoff")
        st["first"] = False
        st["armed"] = st["air"] = False
        return True

    def arm():
        if g.r.random() < 0.1:
            px("WARN", "health_and_arming_checks", g.c(["Preflight Fail: ekf2 missing data", "Preflight Fail: Compass Sensor 0 missing", "Preflight Fail: No valid mission"]), "preflight_fail")
            px("WARN", "commander", "Arming denied: Resolve system health failures first", "arming_denied")
            px("INFO", "tone_alarm", "notify negative", "notify_negative")
            return
        px("INFO", "commander", "Armed by external command", "armed")
        px("INFO", "tone_alarm", "arming warning", "arming_warning")
        st["log"] = f"./log/{L.t:%Y-%m-%d}/{L.t:%H_%M_%S}.ulg"
        px("INFO", "logger", "Start file log (type: full)", "log_start")
        px("INFO", "logger", f"[logger] {st['log']}", "log_path")
        px("INFO", "logger", f"Opened full log file: {st['log']}", "log_opened")
        st["armed"] = True

    def takeoff():
        if g.r.random() < 0.3:
            raw("pxh> commander takeoff", "pxh_command")
        px("INFO", "navigator", f"Using minimum takeoff altitude: {g.c(['2.50', '2.50', '5.00', '10.00'])} m", "min_takeoff_alt")
        L.tick(3)
        px("INFO", "commander", "Takeoff detected", "takeoff_detected")
        st["air"] = True

    def mission():
        px("INFO", "navigator", "Executing Mission", "executing_mission")
        L.tick(60)
        if g.r.random() < 0.12:
            px("WARN", "commander", "Connection to ground station lost", "gcs_lost")
            L.tick(5)
            px("INFO", "commander", "Connection to ground station regained", "gcs_regained")
        elif g.r.random() < 0.1:
            px("WARN", "commander", "Low battery level! Return advised", "low_battery")
        px("INFO", "navigator", "Mission finished, loitering", "mission_finished")

    def rtl():
        px("INFO", "navigator", f"RTL: start return at {g.num(488, 520)} m ({g.num(2, 30)} m above destination)", "rtl_start")
        L.tick(30)
        px("INFO", "navigator", "RTL: land at destination", "rtl_land")
        land()

    def land():
        if g.r.random() < 0.3:
            raw("pxh> commander land", "pxh_command")
        L.tick(15)
        px("INFO", "commander", "Landing detected", "landing_detected")
        px("INFO", "commander", "Disarmed by landing", "disarmed_landing")
        px("INFO", "tone_alarm", "notify neutral", "notify_neutral")
        px("INFO", "logger", f"closed logfile, bytes written: {g.num(2_000_000, 60_000_000)}", "log_closed")
        st["armed"] = st["air"] = False

    def param():
        name, val = g.c([("MPC_XY_VEL_MAX", "8"), ("MIS_TAKEOFF_ALT", "5"), ("RTL_RETURN_ALT", "30"), ("NAV_ACC_RAD", "3"), ("MPC_LAND_SPEED", "0.6")])
        raw(f"pxh> param set {name} {val}", "pxh_command")
        raw(f"  {name}: curr: {g.f(0.5, 20, 4)} -> new: {float(val):.4f}", "param_set_float")

    def flight():
        arm()
        if not st["armed"]:
            return
        takeoff()
        if g.r.random() < 0.7:
            mission()
        if g.r.random() < 0.6:
            rtl()
        else:
            land()

    def session():
        if not start():
            L.t += dt.timedelta(minutes=2)
            return
        for _ in range(g.num(1, 6)):
            L.tick(60)
            if g.r.random() < 0.25:
                param()
            flight()
        raw("pxh> shutdown", "pxh_command")
        px("INFO", "px4", "Exiting NOW.", "exiting")
        L.t += dt.timedelta(minutes=g.num(3, 40))

    L.t = L.t.replace(hour=13, minute=5)
    while len(L.rows) < N_LINES:
        session()
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- OpenFOAM v2406 simpleFoam on 64 cores of a SLURM cluster (a motorbike-like external aerodynamics case, kOmegaSST, forceCoeffs every
#   iteration), the job's log.simpleFoam (`srun simpleFoam -parallel > log.simpleFoam 2>&1`, the second job appending with >>): no header at all; the banner and
#   run facts, the turbulence model's coefficients, then per iteration "Time = n", the solvers' residual lines, continuity errors, bounding, execution time and the
#   force coefficients block; the first job cancelled by slurmstepd at its time limit, the second restarting from the last written time
@checked
def log_openfoam(seed):
    L = Log("openfoam_simplefoam_log", seed, None, False, False, start=dt.datetime(2026, 11, 30, 22, 14, 7, tzinfo=UTC))
    g = L.g
    st = {"it": 0, "res": {"Ux": 1.0, "Uy": 1.0, "Uz": 1.0, "p": 1.0, "omega": 0.004, "k": 1.0}, "cum": 0.0, "exec": 0.0, "cd": 0.62}

    def o(text, ev):
        L.emit(text, ev)

    def banner(job):
        for text, ev in [("/*---------------------------------------------------------------------------*\\", "banner_top"),
                         ("| =========                 |                                                 |", "banner_1"),
                         ("| \\\\      /  F ield         | OpenFOAM: The Open Source CFD Toolbox           |", "banner_2"),
                         ("|  \\\\    /   O peration     | Version:  v2406                                 |", "banner_3"),
                         ("|   \\\\  /    A nd           | Website:  www.openfoam.com                      |", "banner_4"),
                         ("|    \\\\/     M anipulation  |                                                 |", "banner_5"),
                         ("\\*---------------------------------------------------------------------------*/", "banner_bottom")]:
            o(text, ev)
        o("Build  : _9bfe8264-20241212 OPENFOAM=2406 version=2406", "fact_build")
        o('Arch   : "LSB;label=32;scalar=64"', "fact_arch")
        o("Exec   : simpleFoam -parallel", "fact_exec")
        o(f"Date   : {L.t:%b %d %Y}", "fact_date")
        o(f"Time   : {L.t:%H:%M:%S}", "fact_time")
        o(f"Host   : cn{job % 100 + 100:03d}", "fact_host")
        o(f"PID    : {g.num(100000, 999999)}", "fact_pid")
        o("I/O    : uncollated", "fact_io")
        o("Case   : /scratch/p_aero/lkoenig/bike_v7", "fact_case")
        o("nProcs : 64", "fact_nprocs")
        o("Hosts  :", "fact_hosts")
        o("(", "paren_open")
        o(f"    (cn{job % 100 + 100:03d} 32)", "host_row")
        o(f"    (cn{job % 100 + 101:03d} 32)", "host_row")
        o(")", "paren_close")
        o("Pstream initialized with:", "pstream_head")
        for k, v in [("floatTransfer", "0"), ("maxCommsSize", "0"), ("nProcsSimpleSum", "0"), ("nonBlockingExchange", "0 (tuning: 0)"), ("exchange algorithm", "0"), ("commsType", "nonBlocking"), ("polling iterations", "0")]:
            o(f"    {k:<19}: {v}", "pstream_row")
        o("trapFpe: Floating point exception trapping enabled (FOAM_SIGFPE).", "trapfpe")
        o("fileModificationChecking : Monitoring run-time modified files using timeStampMaster (fileModificationSkew 5, maxFileModificationPolls 20)", "file_mod_checking")
        o("allowSystemOperations : Allowing user-supplied system call operations", "allow_system_ops")
        o("", "blank")
        o("// * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * //", "stars_rule")
        o("Create time", "create_time")
        o("", "blank")
        o(f"Create mesh for time = {st['it']}", "create_mesh")
        o("", "blank")
        o("", "blank")
        o("SIMPLE: convergence criteria", "simple_criteria")
        for f, v in [("p", "0.0001"), ("U", "0.0001"), ("\"(k|omega|epsilon)\"", "0.0001")]:
            o(f"    field {f:<8} tolerance {v}", "criteria_row")
        o("", "blank")
        o("Reading field p", "reading_field")
        o("", "blank")
        o("Reading field U", "reading_field")
        o("", "blank")
        o("Reading/calculating face flux field phi", "reading_phi")
        o("", "blank")
        o("Selecting incompressible transport model Newtonian", "selecting_transport")
        o("Selecting turbulence model type RAS", "selecting_turbulence")
        o("Selecting RAS turbulence model kOmegaSST", "selecting_ras")
        o("RAS", "dict_name")
        o("{", "brace_open")
        for k, v in [("RASModel", "kOmegaSST"), ("turbulence", "on"), ("printCoeffs", "on"), ("alphaK1", "0.85"), ("alphaK2", "1"), ("alphaOmega1", "0.5"), ("alphaOmega2", "0.856"),
                     ("gamma1", "0.555556"), ("gamma2", "0.44"), ("beta1", "0.075"), ("beta2", "0.0828"), ("betaStar", "0.09"), ("a1", "0.31"), ("b1", "1"), ("c1", "10"), ("F3", "false"),
                     ("decayControl", "false"), ("kInf", "0"), ("omegaInf", "0")]:
            o(f"    {k:<15} {v};", "coeff_entry")
        o("}", "brace_close")
        o("", "blank")
        o("No MRF models present", "no_mrf")
        o("", "blank")
        o("No finite volume options present", "no_fvoptions")
        o("forceCoeffs forceCoeffs1:", "fo_name")
        o("    Not including porosity effects", "fo_porosity")
        o("", "blank")
        o("", "blank")
        o("Starting time loop", "starting_loop")
        o("", "blank")

    def solver(name, field, key, n):
        r0 = st["res"][key]
        r1 = r0 * g.r.uniform(0.01, 0.09)
        o(f"{name}:  Solving for {field}, Initial residual = {r0:.6g}, Final residual = {r1:.6g}, No Iterations {n}", "solver_performance")
        st["res"][key] = r0 * g.r.uniform(0.93, 1.0) if st["it"] > 3 else g.r.uniform(0.1, 0.9)

    def iteration():
        st["it"] += 1
        o(f"Time = {st['it']}", "time_eq")
        o("", "blank")
        for f in ["Ux", "Uy", "Uz"]:
            solver("smoothSolver", f, f, g.num(1, 6))
        solver("GAMG", "p", "p", g.num(4, 40))
        sl = g.r.uniform(1e-6, 1e-3)
        gl = g.r.uniform(-1e-5, 1e-5)
        st["cum"] += gl
        o(f"time step continuity errors : sum local = {sl:.6g}, global = {gl:.6g}, cumulative = {st['cum']:.6g}", "continuity")
        solver("smoothSolver", "omega", "omega", g.num(1, 5))
        if st["it"] < 40 or g.r.random() < 0.15:
            o(f"bounding omega, min: {-g.r.uniform(1e3, 5e6):.6g} max: {g.r.uniform(1e6, 5e7):.6g} average: {g.r.uniform(1e3, 9e4):.6g}", "bounding")
        solver("smoothSolver", "k", "k", g.num(1, 6))
        st["exec"] += g.r.uniform(28, 46)
        o(f"ExecutionTime = {st['exec']:.2f} s  ClockTime = {int(st['exec']) + g.num(0, 2)} s", "execution_time")
        o("", "blank")
        o("forceCoeffs forceCoeffs1 write:", "fo_write")
        o("    Coefficients", "fo_coefficients")
        st["cd"] += (0.42 - st["cd"]) * 0.05 + g.r.uniform(-0.004, 0.004)
        cl = g.r.uniform(0.05, 0.09)
        for name, v in [("Cd", st["cd"]), ("Cs", g.r.uniform(-0.01, 0.01)), ("Cl", cl), ("CmRoll", g.r.uniform(-0.005, 0.005)), ("CmPitch", g.r.uniform(0.12, 0.18)),
                        ("CmYaw", g.r.uniform(-0.003, 0.003)), ("Cd(f)", st["cd"] / 2 + 0.001), ("Cd(r)", st["cd"] / 2 - 0.001), ("Cs(f)", g.r.uniform(-0.01, 0.01)),
                        ("Cs(r)", g.r.uniform(-0.01, 0.01)), ("Cl(f)", cl / 2 + 0.15), ("Cl(r)", cl / 2 - 0.15)]:
            o(f"        {name:<8} : {v:.6g}", "fo_coeff_row")
        o("", "blank")
        L.t += dt.timedelta(seconds=st["exec"] / st["it"])

    job = 4521987
    banner(job)
    limit = 45
    while len(L.rows) < N_LINES and st["it"] < limit:
        iteration()
    if len(L.rows) < N_LINES:
        o(f"slurmstepd: error: *** STEP {job}.0 ON cn{job % 100 + 100:03d} CANCELLED AT {L.t:%Y-%m-%dT%H:%M:%S} DUE TO TIME LIMIT ***", "slurm_cancelled")
        o("srun: Job step aborted: Waiting up to 32 seconds for job step to finish.", "srun_aborted")
        o(f"srun: error: cn{job % 100 + 101:03d}: tasks 32-63: Terminated", "srun_terminated")
        o(f"srun: error: cn{job % 100 + 100:03d}: tasks 0-31: Terminated", "srun_terminated")
        L.t += dt.timedelta(hours=g.num(1, 6))
        st["it"] = 25
        st["exec"] = 0.0
        st["cum"] = 0.0
        banner(job + g.num(40, 900))
    while len(L.rows) < N_LINES:
        iteration()
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Lynis 3.1.2 (CISOfy, from the Debian package) auditing an Ubuntu 24.04 web server (nginx, PHP-FPM, Redis, Docker) from cron,
#   /var/log/lynis.log of one run: every line "2026-12-01 03:10:01 text" (no level, no component); the program's facts, the known binaries it found,
#   then test after test: the "===---...---===" rule, "Performing test ID" or "Skipped test" with the reason, what each test checked and found ("Test: ...",
#   "Result: ..."), loops over services, systemd units, sysctl keys, SSH options, PHP settings, mount points, files, suggestions, warnings, hardening points
@checked
def log_lynis(seed):
    L = Log("lynis_audit_log", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 3, 10, 1, tzinfo=UTC))
    g = L.g
    st = {"hp": 0, "hpmax": 0, "tests": 0, "tmp": "/tmp/lynis." + g.alnum(10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}
    SKIP = {"aix": "Incorrect guest OS (AIX only)", "mac": "Incorrect guest OS (macOS only)", "bsd": "Incorrect guest OS (FreeBSD only)", "obsd": "Incorrect guest OS (OpenBSD only)",
            "sol": "Incorrect guest OS (Solaris only)", "pre": "Prerequisites not met (ie missing tool, other type of Linux distribution)", "hp": "Incorrect guest OS (HP-UX only)",
            "lilo": "Incorrect guest OS (LILO only)", "nbsd": "Incorrect guest OS (NetBSD only)"}

    def ly(text, ev):
        step(L, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {text}", ev)

    def rule():
        ly("===---------------------------------------------------------------===", "rule")

    def category(name):
        rule()
        ly(f"Action: Performing tests from category: {name}", "category")

    def test(tid, desc, lines):
        rule()
        if isinstance(lines, str):
            ly(f"Skipped test {tid} ({desc})", "skipped_test")
            ly(f"Reason to skip: {SKIP[lines]}", "reason_to_skip")
            return
        st["tests"] += 1
        ly(f"Performing test ID {tid} ({desc})", "performing_test")
        for k, line in enumerate(lines):
            if isinstance(line, tuple):
                kind = line[0]
                if kind == "S":
                    ly(f"Suggestion: {line[1]} [test:{tid}] [details:{line[2] if len(line) > 2 else '-'}] [solution:-]", "suggestion")
                elif kind == "W":
                    ly(f"Warning: {line[1]} [test:{tid}] [details:{line[2] if len(line) > 2 else '-'}] [solution:-]", "warning")
                elif kind == "H":
                    got, mx = line[1], line[2]
                    st["hp"] += got
                    st["hpmax"] += mx
                    if got == mx:
                        ly(f"Hardening: assigned maximum number of hardening points for this item ({mx}). Currently having {st['hp']} points (out of {st['hpmax']})", "hardening_max")
                    else:
                        ly(f"Hardening: assigned partial number of hardening points ({got} of {mx}). Currently having {st['hp']} points (out of {st['hpmax']})", "hardening_partial")
                elif kind == "L":  # a loop: (L, event, [texts])
                    for text in line[2]:
                        ly(text, f"{tid}_{line[1]}")
            else:
                ly(line, f"{tid}_{k}")

    def header():
        ly("Starting Lynis 3.1.2 with PID " + str(g.num(100000, 999999)) + ", build date 2024-10-09", "starting")
        ly("====", "four_equals")
        ly("### Copyright 2007-2024 - Michael Boelen, CISOfy - https://cisofy.com ###", "copyright")
        for k, v, ev in [("Program version", "3.1.2", "h_version"), ("Operating system", "Linux", "h_os"), ("Operating system name", "Ubuntu", "h_os_name"),
                         ("Operating system version", "24.04", "h_os_version"), ("Kernel version", "6.8.0", "h_kernel"), ("Kernel version (full)", "6.8.0-49-generic", "h_kernel_full"),
                         ("Hardware platform", "x86_64", "h_platform")]:
            ly(f"{k + ':':<27}{v}", ev)
        ly("-----------------------------------------------------", "dashes")
        for k, v, ev in [("Audit profile", "Default Audit Template", "h_profile"), ("Auditor", "[Not Specified]", "h_auditor"), ("Hostname", "web01", "h_hostname"),
                         ("Profiles", "/etc/lynis/default.prf", "h_profiles"), ("Plugin directory", "/etc/lynis/plugins", "h_plugin_dir")]:
            ly(f"{k + ':':<27}{v}", ev)
        ly("-----------------------------------------------------", "dashes")
        for k, v, ev in [("Log file", "/var/log/lynis.log", "h_log_file"), ("Report file", "/var/log/lynis-report.dat", "h_report_file"), ("Report version", "1.0", "h_report_version")]:
            ly(f"{k + ':':<27}{v}", ev)
        ly("-----------------------------------------------------", "dashes")
        ly(f"{'BusyBox used:':<27}0", "h_busybox")
        ly("Reading profile/configuration /etc/lynis/default.prf", "reading_profile")
        ly(f"Action: created temporary file {st['tmp']}", "created_tmp")
        ly("Language set via autodetection to en", "language")
        ly("Binary paths: /snap/bin /usr/bin /usr/sbin /usr/local/bin /usr/local/sbin", "binary_paths")
        for b, kind, path in [("apparmor_parser", "AppArmor", "/usr/sbin"), ("auditctl", "audit control", "/usr/sbin"), ("awk", "string tool", "/usr/bin"), ("chronyc", "time client", "/usr/bin"),
                              ("curl", "browser, download utility", "/usr/bin"), ("dig", "network/dns tool", "/usr/bin"), ("docker", "container technology", "/usr/bin"),
                              ("dpkg", "package manager", "/usr/bin"), ("egrep", "text search", "/usr/bin"), ("fail2ban-server", "Fail2ban", "/usr/bin"), ("file", "file type detection", "/usr/bin"),
                              ("find", "search tool", "/usr/bin"), ("gcc", "compiler", "/usr/bin"), ("grep", "text search", "/usr/bin"), ("head", "text filter", "/usr/bin"),
                              ("ip", "IP configuration", "/usr/sbin"), ("iptables", "firewall", "/usr/sbin"), ("journalctl", "systemd journal", "/usr/bin"), ("logrotate", "log rotation tool", "/usr/sbin"),
                              ("lsmod", "kernel modules", "/usr/sbin"), ("lsof", "open files", "/usr/bin"), ("mount", "disk utility", "/usr/bin"), ("netstat", "network statistics", "/usr/bin"),
                              ("nft", "nftables client", "/usr/sbin"), ("nginx", "web server", "/usr/sbin"), ("openssl", "secure layer", "/usr/bin"), ("php", "PHP interpreter", "/usr/bin"),
                              ("pgrep", "search tool", "/usr/bin"), ("ps", "process listing", "/usr/bin"), ("python3", "python3", "/usr/bin"), ("redis-server", "caching server", "/usr/bin"),
                              ("sed", "text stream editor", "/usr/bin"), ("ss", "socket statistics", "/usr/bin"), ("sshd", "secure shell daemon", "/usr/sbin"), ("stat", "file information", "/usr/bin"),
                              ("sysctl", "kernel utilities", "/usr/sbin"), ("systemctl", "systemd client", "/usr/bin"), ("tail", "text filter", "/usr/bin"), ("timedatectl", "timed client", "/usr/bin"),
                              ("uname", "operating system details", "/usr/bin"), ("wc", "word count", "/usr/bin"), ("as", "assembler", "/usr/bin"), ("blkid", "blkid", "/usr/sbin"),
                              ("cat", "cat", "/usr/bin"), ("cc", "compiler", "/usr/bin"), ("chkconfig", "chkconfig", "/usr/sbin"), ("cut", "text filter", "/usr/bin"), ("dmidecode", "dmidecode", "/usr/sbin"),
                              ("dpkg-query", "package query", "/usr/bin"), ("du", "disk usage", "/usr/bin"), ("g++", "compiler", "/usr/bin"), ("getent", "getent", "/usr/bin"),
                              ("gpg", "GNU Privacy Guard", "/usr/bin"), ("groups", "groups", "/usr/bin"), ("grpck", "groups consistency check", "/usr/sbin"), ("gzip", "compressing utility", "/usr/bin"),
                              ("hostname", "hostname", "/usr/bin"), ("id", "id", "/usr/bin"), ("ifconfig", "ipconfig", "/usr/sbin"), ("ls", "file listing", "/usr/bin"), ("lsattr", "file attributes", "/usr/bin"),
                              ("lsblk", "block devices", "/usr/bin"), ("md5sum", "MD5 hashing", "/usr/bin"), ("modprobe", "kernel modules", "/usr/sbin"), ("nc", "network connections", "/usr/bin"),
                              ("nmap", "network scanner", "/usr/bin"), ("perl", "perl", "/usr/bin"), ("pwck", "passwd consistency", "/usr/sbin"), ("readlink", "follow symlinks", "/usr/bin"),
                              ("rpcinfo", "rpcinfo", "/usr/sbin"), ("sha1sum", "SHA1 hashing", "/usr/bin"), ("sha256sum", "SHA256 hashing", "/usr/bin"), ("snap", "snappy", "/usr/bin"),
                              ("sort", "sort", "/usr/bin"), ("ssh-keyscan", "scanner for SSH keys", "/usr/bin"), ("strings", "text strings search", "/usr/bin"), ("sudo", "sudo", "/usr/bin"),
                              ("swapon", "swapon", "/usr/sbin"), ("systemd-analyze", "systemd analyzer", "/usr/bin"), ("tr", "text transformation", "/usr/bin"), ("tune2fs", "tune2fs", "/usr/sbin"),
                              ("ufw", "ufw", "/usr/sbin"), ("uniq", "text filter", "/usr/bin"), ("wget", "browser, download utility", "/usr/bin"), ("who", "who", "/usr/bin"), ("xargs", "xargs", "/usr/bin")]:
            ly(f"Found known binary: {b} ({kind}) - {path}/{b}", "known_binary")
        ly("Info: using hardware address 52:54:00:" + ":".join(g.hx(2) for _ in range(3)) + " to create ID", "hardware_address")
        ly("Result: Found HostID: " + g.hx(40), "host_id")
        ly("Result: Found HostID2: " + g.hx(64), "host_id2")

    def catalog():
        svcs = ["apparmor", "chrony", "cron", "docker", "fail2ban", "getty@", "keyboard-setup", "lvm2-monitor", "multipathd", "networkd-dispatcher", "nginx", "php8.3-fpm", "redis-server",
                "rsyslog", "snapd", "ssh", "systemd-networkd", "systemd-resolved", "systemd-timesyncd", "ufw", "unattended-upgrades", "auditd", "containerd", "qemu-guest-agent"]
        units = [(u, round(g.r.uniform(1.5, 9.8), 1)) for u in ["auditd.service", "chrony.service", "containerd.service", "cron.service", "dbus.service", "docker.service", "fail2ban.service",
                                                                  "getty@tty1.service", "nginx.service", "php8.3-fpm.service", "redis-server.service", "rsyslog.service", "ssh.service",
                                                                  "systemd-journald.service", "systemd-logind.service", "systemd-networkd.service", "systemd-resolved.service",
                                                                  "systemd-udevd.service", "unattended-upgrades.service", "user@1000.service",
                                                                  "apport.service", "emergency.service", "getty@tty2.service", "irqbalance.service", "lvm2-lvmpolld.service",
                                                                  "ModemManager.service", "multipathd.service", "networkd-dispatcher.service", "packagekit.service", "polkit.service",
                                                                  "postfix@-.service", "qemu-guest-agent.service", "rc-local.service", "rescue.service", "snapd.service",
                                                                  "systemd-ask-password-console.service", "systemd-ask-password-wall.service", "systemd-fsckd.service",
                                                                  "systemd-initctl.service", "systemd-rfkill.service", "systemd-timesyncd.service", "thermald.service",
                                                                  "ubuntu-advantage.service", "udisks2.service", "upower.service", "uuidd.service", "containerd-shim.service",
                                                                  "docker.socket", "ssh.socket", "user@1001.service"]]

        def exposure(v):
            return "OK" if v < 4 else "MEDIUM" if v < 6.5 else "EXPOSED" if v < 9 else "UNSAFE"

        sysctl = [("dev.tty.ldisc_autoload", "0", "1"), ("fs.protected_fifos", "2", "1"), ("fs.protected_hardlinks", "1", "1"), ("fs.protected_regular", "2", "2"),
                  ("fs.protected_symlinks", "1", "1"), ("fs.suid_dumpable", "0", "2"), ("kernel.core_uses_pid", "1", "1"), ("kernel.ctrl-alt-del", "0", "0"), ("kernel.dmesg_restrict", "1", "1"),
                  ("kernel.kptr_restrict", "2", "1"), ("kernel.modules_disabled", "1", "0"), ("kernel.perf_event_paranoid", "3", "4"), ("kernel.randomize_va_space", "2", "2"),
                  ("kernel.sysrq", "0", "176"), ("kernel.unprivileged_bpf_disabled", "1", "2"), ("kernel.yama.ptrace_scope", "1 2 3", "1"), ("net.core.bpf_jit_harden", "2", "0"),
                  ("net.ipv4.conf.all.accept_redirects", "0", "0"), ("net.ipv4.conf.all.accept_source_route", "0", "0"), ("net.ipv4.conf.all.bootp_relay", "0", "0"),
                  ("net.ipv4.conf.all.forwarding", "0", "1"), ("net.ipv4.conf.all.log_martians", "1", "0"), ("net.ipv4.conf.all.mc_forwarding", "0", "0"),
                  ("net.ipv4.conf.all.proxy_arp", "0", "0"), ("net.ipv4.conf.all.rp_filter", "1", "2"), ("net.ipv4.conf.all.send_redirects", "0", "1"),
                  ("net.ipv4.conf.default.accept_redirects", "0", "1"), ("net.ipv4.conf.default.accept_source_route", "0", "1"), ("net.ipv4.conf.default.log_martians", "1", "0"),
                  ("net.ipv4.icmp_echo_ignore_broadcasts", "1", "1"), ("net.ipv4.icmp_ignore_bogus_error_responses", "1", "1"), ("net.ipv4.tcp_syncookies", "1", "1"),
                  ("net.ipv4.tcp_timestamps", "0 1", "1"), ("net.ipv6.conf.all.accept_redirects", "0", "1"), ("net.ipv6.conf.all.accept_source_route", "0", "0"),
                  ("net.ipv6.conf.default.accept_redirects", "0", "1"), ("net.ipv6.conf.default.accept_source_route", "0", "0")]
        sys_lines = []
        for key, exp, real in sysctl:
            if real in exp.split(" "):
                sys_lines.append(f"Result: sysctl key {key} contains equal expected and current value ({real})")
            else:
                sys_lines.append(f"Result: sysctl key {key} has a different value than expected in scan profile. Expected={exp}, Real={real}")
        ssh = [("AllowTcpForwarding", "yes", "NO"), ("ClientAliveCountMax", "3", "2"), ("ClientAliveInterval", "0", "300"), ("Compression", "yes", "NO"), ("FingerprintHash", "SHA256", "SHA256"),
               ("GatewayPorts", "no", "NO"), ("IgnoreRhosts", "yes", "YES"), ("LoginGraceTime", "120", "120"), ("LogLevel", "INFO", "VERBOSE"), ("MaxAuthTries", "6", "3"),
               ("MaxSessions", "10", "2"), ("PermitRootLogin", "prohibit-password", "(FORCED-COMMANDS-ONLY|NO|PROHIBIT-PASSWORD|WITHOUT-PASSWORD)"), ("PermitUserEnvironment", "no", "NO"),
               ("PermitTunnel", "no", "NO"), ("Port", "22", ""), ("PrintLastLog", "yes", "YES"), ("StrictModes", "yes", "YES"), ("TCPKeepAlive", "yes", "NO"), ("UseDNS", "no", "NO"),
               ("X11Forwarding", "no", "NO"), ("AllowAgentForwarding", "yes", "NO")]
        ssh_lines = []
        for opt, val, want in ssh:
            ssh_lines.append(("L", "test", [f"Test: Checking {opt} in {st['tmp']}"]))
            ssh_lines.append(("L", "found", [f"Result: Option {opt} found"]))
            ssh_lines.append(("L", "value", [f"Result: Option {opt} value is {val}"]))
            good = want == "" or val.upper() in want.split("(")[-1].rstrip(")").split("|") or val.upper() == want
            if want:
                ssh_lines.append(("L", "good" if good else "weak", [f"Result: OpenSSH option {opt} is configured very well" if good else
                                                                   f"Result: OpenSSH option {opt} is in a weak configuration state and should be fixed"]))
                if not good:
                    ssh_lines.append(("S", "Consider hardening SSH configuration", f"{opt} ({val} --> {want})"))
        php = [("allow_url_fopen", "On"), ("allow_url_include", "Off"), ("display_errors", "Off"), ("enable_dl", "Off"), ("expose_php", "Off"), ("file_uploads", "On"),
               ("open_basedir", "no value"), ("register_globals", "no value"), ("session.use_strict_mode", "0")]
        mounts = [("/boot", "ext4", "rw,relatime"), ("/home", "ext4", "rw,nodev,relatime"), ("/tmp", "tmpfs", "rw,nosuid,nodev"), ("/var", "ext4", "rw,relatime"),
                  ("/var/lib/docker", "xfs", "rw,relatime,attr2,inode64"), ("/var/log", "ext4", "rw,relatime")]
        perms = [("/boot/grub/grub.cfg", "rw-------"), ("/etc/crontab", "rw-r--r--"), ("/etc/group", "rw-r--r--"), ("/etc/group-", "rw-r--r--"), ("/etc/hosts.allow", "rw-r--r--"),
                 ("/etc/hosts.deny", "rw-r--r--"), ("/etc/issue", "rw-r--r--"), ("/etc/issue.net", "rw-r--r--"), ("/etc/motd", "rw-r--r--"), ("/etc/passwd", "rw-r--r--"),
                 ("/etc/passwd-", "rw-r--r--"), ("/etc/ssh/sshd_config", "rw-r--r--"), ("/etc/cron.d", "rwxr-xr-x"), ("/etc/cron.daily", "rwxr-xr-x"), ("/etc/cron.hourly", "rwxr-xr-x"),
                 ("/etc/cron.weekly", "rwxr-xr-x"), ("/etc/cron.monthly", "rwxr-xr-x"),
                 ("/etc/at.allow", "rw-r-----"), ("/etc/at.deny", "rw-r-----"), ("/etc/cron.allow", "rw-------"), ("/etc/cron.deny", "rw-------"), ("/etc/gshadow", "rw-r-----"),
                 ("/etc/gshadow-", "rw-r-----"), ("/etc/shadow", "rw-r-----"), ("/etc/shadow-", "rw-r-----"), ("/etc/ssh/ssh_config", "rw-r--r--"), ("/etc/sudoers", "r--r-----"),
                 ("/etc/lilo.conf", "rw-------"), ("/usr/local/etc/grub.cfg", "rw-------"), ("/etc/hosts", "rw-r--r--"), ("/etc/sysctl.conf", "rw-r--r--"), ("/var/spool/cron", "rwxr-xr-x"),
                 ("/etc/cron.d/lynis", "rw-r--r--"), ("/root/.ssh", "rwx------")]
        users = [("root", 0), ("ubuntu", 1000), ("deploy", 1001), ("mkraus", 1002), ("backup-agent", 1003)]
        crons = ["0 3 * * * root /usr/local/bin/lynis-cron.sh", "*/5 * * * * www-data php /var/www/shop/bin/console messenger:consume --time-limit=280",
                 "17 * * * * root cd / && run-parts --report /etc/cron.hourly", "30 2 * * * root /usr/local/sbin/backup-db.sh", "0 4 * * 0 root /usr/bin/certbot renew --quiet",
                 "@reboot root /usr/local/bin/fix-perms.sh"]
        ports = [("tcp", "0.0.0.0:22", "sshd"), ("tcp", "0.0.0.0:80", "nginx"), ("tcp", "0.0.0.0:443", "nginx"), ("tcp", "127.0.0.1:6379", "redis-server"), ("tcp", "127.0.0.53:53", "systemd-resolve"),
                 ("tcp", "127.0.0.1:9000", "php-fpm8.3"), ("udp", "127.0.0.53:53", "systemd-resolve"), ("udp", "127.0.0.1:323", "chronyd"), ("tcp", "[::]:22", "sshd"), ("tcp", "[::]:443", "nginx"),
                 ("tcp", "127.0.0.1:8080", "docker-proxy"), ("tcp", "127.0.0.1:8081", "docker-proxy"), ("tcp", "127.0.0.1:9090", "docker-proxy"), ("tcp", "127.0.0.1:3000", "docker-proxy"),
                 ("tcp", "127.0.0.1:25", "master"), ("tcp", "[::1]:25", "master"), ("tcp", "[::1]:6379", "redis-server"), ("udp", "[::1]:323", "chronyd")]
        certs = [("/etc/ssl/certs/ssl-cert-snakeoil.pem", g.num(3000, 3600)), ("/etc/letsencrypt/live/shop.example.com/cert.pem", g.num(5, 80)),
                 ("/etc/letsencrypt/live/api.example.com/cert.pem", g.num(5, 80)), ("/etc/nginx/ssl/intranet.crt", g.num(-20, -1))]
        jails = ["sshd", "nginx-http-auth", "nginx-botsearch", "recidive"]
        vuln = g.r.sample(["libssl3t64", "openssh-server", "linux-image-6.8.0-49-generic", "php8.3-fpm", "libexpat1", "curl"], g.num(0, 3))
        return [
            ("Boot and services", [
                ("BOOT-5102", "Check for AIX boot device", "aix"), ("BOOT-5104", "Determine service manager", ["Result: found systemd as service manager", "Result: service manager found (systemd)"]),
                ("BOOT-5106", "Check EFI boot file on macOS", "mac"), ("BOOT-5108", "Test Syslinux boot loader", "pre"),
                ("BOOT-5109", "Test rEFInd boot loader", ["Test: checking for presence of rEFInd boot loader", "Result: no rEFInd configuration file (refind.conf) found"]),
                ("BOOT-5116", "Check if system is booted in UEFI mode", ["Result: system is booted via UEFI", "Result: Secure Boot is disabled"]),
                ("BOOT-5117", "Check for systemd-boot boot loader", "pre"),
                ("BOOT-5121", "Check for GRUB boot loader presence", ["Result: found GRUB2 configuration file (/boot/grub/grub.cfg)", ("H", 2, 2)]),
                ("BOOT-5122", "Check for GRUB boot password", ["Result: no password set for GRUB configuration (/boot/grub/grub.cfg)", "Result: did not find hashed password line in this file",
                                                                ("S", "Set a password on GRUB boot loader to prevent altering boot configuration (e.g. boot in single user mode without password)"), ("H", 0, 2)]),
                ("BOOT-5124", "Check for FreeBSD boot loader presence", "bsd"), ("BOOT-5126", "Check for NetBSD boot loader presence", "nbsd"), ("BOOT-5139", "Check for LILO boot loader presence", "lilo"),
                ("BOOT-5142", "Check SPARC Improved boot loader (SILO)", "pre"), ("BOOT-5155", "Check for YABOOT boot loader configuration file", "pre"),
                ("BOOT-5159", "Check for OpenBSD boot loader presence", "obsd"), ("BOOT-5165", "Check for FreeBSD boot services", "bsd"),
                ("BOOT-5170", "Check for Solaris boot daemons", "sol"),
                ("BOOT-5177", "Check for Linux boot and running services", ["Test: checking running services with systemctl", ("L", "running", [f"Found running service: {s}" for s in svcs[:20]]),
                                                                            "Hint: Run systemctl --full --type=service to see all services",
                                                                            "Test: checking enabled services at boot with systemctl", ("L", "enabled", [f"Found enabled service at boot: {s}" for s in svcs]),
                                                                            "Hint: Run systemctl list-unit-files --type=service to see all services"]),
                ("BOOT-5180", "Check for Linux boot services (Debian style)", "pre"),
                ("BOOT-5184", "Check permissions for boot files/scripts", ["Result: checking /etc/init.d scripts for writable bit", "Result: found no world-writable boot scripts", ("H", 3, 3)]),
                ("BOOT-5202", "Check uptime of system", [f"Uptime (in seconds): {g.num(100000, 9000000)}", f"Uptime (in days): {g.num(2, 100)}", ("H", 1, 1)]),
                ("BOOT-5260", "Check single user mode for systemd", ["Test: Searching /lib/systemd/system/rescue.service", "Result: did not find sulogin in rescue.service", ("H", 0, 1)]),
                ("BOOT-5264", "Run systemd-analyze security", ["Test: Run systemd-analyze security", ("L", "unit", [f"Result: for {u} found exposure level {v} ({exposure(v)})" for u, v in units]),
                                                           ("S", "Consider hardening system services", "Run '/usr/bin/systemd-analyze security SERVICE' for each service")]),
            ]),
            ("Kernel", [
                ("KRNL-5622", "Determine Linux default run level", ["Result: found systemd", "Result: systemd default target is multi-user.target", "Found default run level: 3"]),
                ("KRNL-5677", "Check CPU options and support", ["Result: found processor with NX/XD bit (PAE support)", ("H", 3, 3)]),
                ("KRNL-5695", "Determine Linux kernel version and release number", ["Result: found kernel release 6.8.0-49-generic", "Result: found kernel version #49-Ubuntu SMP PREEMPT_DYNAMIC"]),
                ("KRNL-5723", "Determining if Linux kernel is monolithic", ["Test: checking if kernel is monolithic or modular", "Result: Found modules, kernel is modular"]),
                ("KRNL-5726", "Checking Linux loaded kernel modules", [f"Loaded modules according lsmod: {' '.join(g.r.sample(['overlay', 'br_netfilter', 'nf_tables', 'xt_conntrack', 'nf_nat', 'veth', 'bridge', 'stp', 'llc', 'tls', 'intel_rapl_msr', 'virtio_net', 'virtio_blk', 'ip_tables', 'x_tables', 'autofs4', 'binfmt_misc', 'nls_iso8859_1'], 14))}"]),
                ("KRNL-5728", "Checking Linux kernel config", ["Result: found config (/boot/config-6.8.0-49-generic)", "Result: active kernel config file found"]),
                ("KRNL-5730", "Checking disk I/O kernel scheduler", "pre"),
                ("KRNL-5745", "Checking FreeBSD loaded kernel modules", "bsd"),
                ("KRNL-5788", "Checking availability new Linux kernel", ["Result: found /vmlinuz", "Result: found /boot/vmlinuz-6.8.0-49-generic", "Result: found /boot/vmlinuz-6.8.0-51-generic",
                                                                     "Result: /vmlinuz points to /boot/vmlinuz-6.8.0-51-generic", "Result: newer kernel available on disk (6.8.0-51-generic)"]),
                ("KRNL-5820", "Checking core dumps configuration", ["Test: Checking presence of systemd", "Result: coredump.conf found", "Result: 'Storage' is not set", "Result: 'ProcessSizeMax' is not set",
                                                                  "Test: Checking presence of /etc/security/limits.conf", "Result: core dump limits not set in limits.conf",
                                                                  ("S", "If not required, consider explicit disabling of core dump in /etc/security/limits.conf file"), ("H", 0, 1)]),
                ("KRNL-5830", "Checking if system is running on the latest installed kernel", ["Test: Checking presence /var/run/reboot-required.pkgs", "Result: file /var/run/reboot-required.pkgs exists",
                                                                                             "Result: reboot is required (linux-image-6.8.0-51-generic)",
                                                                                             ("W", "Reboot of system is most likely needed", "linux-image-6.8.0-51-generic"), ("H", 0, 5)]),
            ]),
            ("Memory and Processes", [
                ("PROC-3602", "Checking /proc/meminfo for memory details", [f"Result: Found {g.num(7900000, 8200000)} kB memory"]),
                ("PROC-3604", "Query prtconf for memory details", "sol"),
                ("PROC-3612", "Check dead or zombie processes", ["Result: no zombie processes found"]),
                ("PROC-3614", "Check heavy IO waiting based processes", ["Result: no processes found which are waiting for IO"]),
                ("PROC-3802", "Check presence of prelink tooling", ["Result: prelink package is NOT installed", ("H", 3, 3)]),
            ]),
            ("Users, Groups and Authentication", [
                ("AUTH-9204", "Check users with an UID of zero", ["Test: Searching accounts with UID 0", "Result: Found only one account with UID 0", ("H", 2, 2)]),
                ("AUTH-9208", "Check non-unique accounts in passwd file", ["Test: Checking for non-unique accounts", "Result: all accounts found in /etc/passwd are unique", ("H", 2, 2)]),
                ("AUTH-9212", "Test group file", ["Test: Checking for grpck binary output", "Result: grpck binary didn't find any errors in the group files", ("H", 2, 2)]),
                ("AUTH-9216", "Check group and shadow group files", ["Test: Checking for grpck binary output", "Result: grpck binary found no errors in group and shadow group files"]),
                ("AUTH-9218", "Check login shells for passwordless accounts", "bsd"),
                ("AUTH-9222", "Check unique groups (IDs)", ["Test: Checking for non unique group ID's in /etc/group", "Result: All group ID's are unique", ("H", 2, 2)]),
                ("AUTH-9226", "Check unique group names", ["Test: Checking for non unique group names in /etc/group", "Result: All group names are unique", ("H", 2, 2)]),
                ("AUTH-9228", "Check password file consistency with pwck", ["Test: Checking password file consistency (pwck)", "Result: pwck check didn't find any problems", ("H", 2, 2)]),
                ("AUTH-9229", "Check password hashing methods", ["Test: Checking password hashing methods", "Result: poor password hashing methods not found", ("H", 2, 2)]),
                ("AUTH-9230", "Check group password hashing rounds", ["Test: Checking SHA_CRYPT_MIN_ROUNDS option in /etc/login.defs", "Result: number of minimum rounds used by the encryption algorithm is not configured",
                                                                   ("S", "Configure password hashing rounds in /etc/login.defs"), ("H", 0, 2)]),
                ("AUTH-9234", "Query user accounts", ["Test: Read system users (including minimal and maximum UID) from /etc/login.defs", "Result: found minimal user id specified: 1000",
                                                    "Result: found maximum user id specified: 60000", ("L", "user", [f"Real user: {u},{uid}" for u, uid in users])]),
                ("AUTH-9240", "Query NIS+ authentication support", "pre"), ("AUTH-9242", "Query NIS authentication support", "pre"),
                ("AUTH-9250", "Checking sudoers file", ["Test: checking presence /etc/sudoers", "Result: found file (/etc/sudoers)"]),
                ("AUTH-9252", "Check ownership and permissions for sudo configuration files", [f"Result: file /etc/sudoers{d} ownership OK, permissions OK" for d in ["", ".d", ".d/90-cloud-init-users", ".d/README"]]),
                ("AUTH-9254", "Solaris passwordless accounts", "sol"),
                ("AUTH-9262", "Checking presence password strength testing tools (PAM)", ["Searching PAM password testing modules (cracklib, passwdqc, pwquality)",
                                                                                          "Result: pam_cracklib.so NOT found (crack library PAM)", "Result: pam_passwdqc.so NOT found (passwd quality control PAM)",
                                                                                          "Result: pam_pwquality.so NOT found (pwquality control PAM)",
                                                                                          ("S", "Install a PAM module for password strength testing like pam_cracklib or pam_passwdqc"), ("H", 0, 3)]),
                ("AUTH-9264", "Checking presence pam.conf", ["Test: Checking file /etc/pam.conf", "Result: file /etc/pam.conf exists"]),
                ("AUTH-9266", "Checking presence pam.d files", ["Test: Checking directory /etc/pam.d", "Result: directory /etc/pam.d exists",
                                                               ("L", "pamfile", [f"Found file: /etc/pam.d/{f}" for f in ["chfn", "chpasswd", "chsh", "common-account", "common-auth", "common-password",
                                                                                                                          "common-session", "common-session-noninteractive", "cron", "login", "newusers",
                                                                                                                          "other", "passwd", "runuser", "runuser-l", "sshd", "su", "su-l", "sudo", "sudo-i"]])]),
                ("AUTH-9282", "Checking password protected account without expire date", ["Test: Checking for passwords without an expire date", "Result: found one or more accounts without expire date set",
                                                                                         "Account without expire date: deploy", "Account without expire date: mkraus",
                                                                                         ("S", "When possible set expire dates for all password protected accounts")]),
                ("AUTH-9283", "Checking accounts without password", ["Test: Checking passwordless accounts", "Result: all accounts seem to have a password"]),
                ("AUTH-9286", "Checking user password aging", ["Test: Checking PASS_MIN_DAYS option in /etc/login.defs", "Result: password needs to be at least 0 days old",
                                                             "Result: password aging limits are not configured", ("S", "Configure minimum password age in /etc/login.defs"),
                                                             ("S", "Configure maximum password age in /etc/login.defs"), ("H", 0, 1)]),
                ("AUTH-9288", "Checking for expired passwords", ["Test: check if we can access /etc/shadow (escaped)", f"Result: found {g.num(0, 2)} accounts with expired password"]),
                ("AUTH-9304", "Check if single user login is configured in /etc/default/sulogin", "sol"),
                ("AUTH-9308", "Check single user login configuration", ["Result: option set, password is needed at single user mode boot", ("H", 2, 2)]),
                ("AUTH-9328", "Default umask values", ["Test: Checking umask value in /etc/login.defs", "Result: found umask 022, which could be more strict",
                                                     ("S", "Default umask in /etc/login.defs could be more strict like 027"), ("H", 1, 2)]),
            ]),
            ("Shells", [
                ("SHLL-6202", "Check console TTYs", "bsd"),
                ("SHLL-6211", "Checking available and valid shells", ["Test: Searching for /etc/shells", "Result: Found /etc/shells file", "Test: Reading available shells from /etc/shells",
                                                                     ("L", "shell", [f"Found installed shell: {s}" for s in ["/bin/sh", "/usr/bin/sh", "/bin/bash", "/usr/bin/bash", "/bin/rbash", "/usr/bin/rbash", "/usr/bin/dash"]])]),
                ("SHLL-6220", "Checking available and valid shells", ["Test: Search for session timeout tools or settings in shell", "Result: no TMOUT setting found in /etc/profile",
                                                                     ("S", "Set TMOUT in /etc/profile to log out idle shells"), ("H", 0, 3)]),
                ("SHLL-6230", "Perform umask check for shell configurations", ["Result: found umask 022 in /etc/profile", "Result: no umask setting found in /etc/bash.bashrc"]),
            ]),
            ("File systems", [
                ("FILE-6310", "Checking /tmp, /home and /var directory", [f"Result: found {m} as a separated mount point" for m, _, _ in mounts] + [("H", 8, 10)]),
                ("FILE-6311", "Checking LVM volume groups", ["Result: found LVM volume group ubuntu-vg"]),
                ("FILE-6312", "Checking LVM volumes", ["Result: found LVM volume ubuntu-lv (volume group: ubuntu-vg)"]),
                ("FILE-6323", "Checking EXT file systems", [f"Result: found {m} (ext4)" for m, fs, _ in mounts if fs == "ext4"]),
                ("FILE-6329", "Checking FFS/UFS file systems", "pre"), ("FILE-6330", "Checking ZFS file systems", "pre"),
                ("FILE-6332", "Checking swap partitions", ["Result: found /swap.img as swap (file)", ("H", 2, 2)]),
                ("FILE-6336", "Checking swap mount options", ["Result: swap partitions are mounted with the correct options", ("H", 1, 1)]),
                ("FILE-6344", "Checking proc mount options", ["Result: proc mount options: rw,nosuid,nodev,noexec,relatime", "Result: hidepid option not set on /proc",
                                                             ("S", "Consider mounting /proc with hidepid=2")]),
                ("FILE-6354", "Searching for old files in /tmp", [f"Result: found {g.num(0, 4)} files in /tmp which are older than 90 days"]),
                ("FILE-6362", "Checking /tmp sticky bit", ["Result: Sticky bit (/tmp) is set", ("H", 3, 3)]),
                ("FILE-6363", "Checking /var/tmp sticky bit", ["Result: sticky bit (/var/tmp) is set", ("H", 3, 3)]),
                ("FILE-6368", "Checking ACL support on root file system", ["Result: found ext4 file system on / with ACL support", ("H", 1, 1)]),
                ("FILE-6374", "Linux mount options", [f"Result: mount point {m} has mount options {o}" for m, _, o in mounts] + [("S", "Consider hardening mount options of /var (nodev)"), ("H", 5, 9)]),
                ("FILE-6376", "Determine if /var/tmp is bound to /tmp", ["Result: /var/tmp is not bound to /tmp"]),
                ("FILE-6394", "Test swappiness of virtual memory", ["Result: vm.swappiness=60 (default)", "Result: swappiness is higher than 30, could be lowered on a server"]),
                ("FILE-6410", "Checking Locate database", ["Result: locate database found (/var/cache/locate/locatedb)"]),
                ("FILE-6430", "Disable mounting of some filesystems", ["Test: Checking if some filesystems are not in use and could be disabled",
                                                                     ("L", "module", [f"Result: module {m} is {'loaded' if m == 'squashfs' else 'not loaded but not blacklisted'}" for m in
                                                                                      ["cramfs", "freevxfs", "hfs", "hfsplus", "jffs2", "squashfs", "udf"]]),
                                                                     ("S", "Consider disabling unused kernel modules", "/etc/modprobe.d/blacklist.conf"), ("H", 3, 7)]),
            ]),
            ("USB Devices", [
                ("USB-1000", "Check if USB storage is disabled", ["Test: checking USB storage driver in directory /etc/modprobe.d and configuration file /etc/modprobe.conf",
                                                                 "Result: usb-storage driver is not explicitly disabled", ("S", "Disable drivers like USB storage when not used, to prevent unauthorized storage or data theft"),
                                                                 ("H", 2, 3)]),
                ("USB-2000", "Check USB authorizations", ["Test: checking presence of /sys/bus/usb/devices", "Result: no USB devices found"]),
                ("USB-3000", "Check for presence of USBGuard", ["Result: USBGuard not found"]),
            ]),
            ("Storage", [
                ("STRG-1846", "Check if firewire storage is disabled", ["Test: checking firewire storage driver in directory /etc/modprobe.d and configuration file /etc/modprobe.conf",
                                                                      "Result: firewire ohci driver is not explicitly disabled", ("S", "Disable drivers like firewire storage when not used, to prevent unauthorized storage or data theft")]),
                ("STRG-1902", "Check rpcinfo registered programs", "pre"), ("STRG-1904", "Check nfs rpc", "pre"), ("STRG-1906", "Check nfs rpc", "pre"),
                ("STRG-1920", "Checking NFS daemon", ["Result: NFS daemon not running"]),
            ]),
            ("Name services", [
                ("NAME-4016", "Check /etc/resolv.conf default domain", ["Test: check /etc/resolv.conf for default domain", "Result: no default domain found in /etc/resolv.conf"]),
                ("NAME-4018", "Check /etc/resolv.conf search domains", ["Test: check /etc/resolv.conf for search domains", "Result: found search domain: example.internal"]),
                ("NAME-4020", "Check non default options", ["Test: check /etc/resolv.conf for non default options", "Result: found option: edns0 trust-ad"]),
                ("NAME-4028", "Check domain name", ["Test: Checking if dnsdomainname command is available", "Result: dnsdomainname command returned no domain name"]),
                ("NAME-4032", "Check nscd status", ["Result: nscd is not active"]),
                ("NAME-4034", "Check Unbound status", ["Result: Unbound daemon is not active"]), ("NAME-4036", "Check Unbound configuration file", "pre"),
                ("NAME-4202", "Check BIND status", ["Result: BIND not active"]), ("NAME-4204", "Search BIND configuration file", "pre"),
                ("NAME-4238", "Check NSD status", ["Result: NSD not active"]), ("NAME-4304", "Check NIS ypbind status", ["Result: ypbind not active"]),
                ("NAME-4306", "Check NIS domain", "pre"),
                ("NAME-4402", "Check duplicate line in /etc/hosts", ["Test: check duplicate line in /etc/hosts", "Result: OK, no duplicate lines found"]),
                ("NAME-4404", "Check /etc/hosts contains an entry for this server name", ["Test: Check if /etc/hosts contains an entry for this server name", "Result: Found entry for web01 in /etc/hosts"]),
                ("NAME-4406", "Check server hostname mapping", ["Test: Check server hostname not locally mapped in /etc/hosts", "Result: Hostname mapped to 127.0.1.1"]),
            ]),
            ("Ports and packages", [
                ("PKGS-7200", "Check Alpine Package Keeper (apk)", "pre"), ("PKGS-7301", "Query NetBSD pkg", "nbsd"), ("PKGS-7302", "Query FreeBSD/NetBSD pkg_info", "bsd"),
                ("PKGS-7303", "Query brew package manager", "mac"), ("PKGS-7304", "Querying Gentoo packages", "pre"), ("PKGS-7306", "Querying Solaris packages", "sol"),
                ("PKGS-7308", "Checking package list with RPM", "pre"), ("PKGS-7310", "Checking package list with pacman", "pre"), ("PKGS-7312", "Checking available updates for pacman based system", "pre"),
                ("PKGS-7320", "Check presence of arch-audit for Arch Linux", "pre"), ("PKGS-7322", "Discover vulnerable packages on Arch Linux", "pre"),
                ("PKGS-7328", "Querying Zypper for installed packages", "pre"), ("PKGS-7330", "Querying Zypper for vulnerable packages", "pre"),
                ("PKGS-7345", "Querying dpkg", ["Test: Querying dpkg -l to get package list", f"Result: found {g.num(620, 780)} packages (dpkg -l)"]),
                ("PKGS-7346", "Search unpurged packages on system", ["Test: Querying dpkg -l to get unpurged packages", f"Result: found {g.num(0, 6)} unpurged package(s)",
                                                                    ("S", "Purge old/removed packages (3 found) with aptitude purge or dpkg --purge command. This will cleanup old configuration files, cron jobs and startup scripts.")]),
                ("PKGS-7348", "Check for old distfiles", "bsd"),
                ("PKGS-7366", "Checking for debsecan utility", ["Result: debsecan utility is not installed", ("S", "Install debsecan to generate lists of vulnerabilities which affect this installation.")]),
                ("PKGS-7370", "Checking for debsums utility", ["Result: debsums utility is not installed", ("S", "Install debsums utility for the verification of packages with known good database.")]),
                ("PKGS-7378", "Query portmaster for port upgrades", "bsd"), ("PKGS-7380", "Check for vulnerable NetBSD packages", "nbsd"),
                ("PKGS-7381", "Check for vulnerable FreeBSD packages with pkg", "bsd"), ("PKGS-7383", "Check for YUM package Update management", "pre"),
                ("PKGS-7384", "Check for YUM utils package", "pre"), ("PKGS-7386", "Check for YUM security package", "pre"), ("PKGS-7387", "Check for GPG signing in YUM security package", "pre"),
                ("PKGS-7388", "Check security repository in Debian/ubuntu apt sources.list file", ["Test: Checking for security repositories in /etc/apt/sources.list.d/ubuntu.sources",
                                                                                                  "Result: Found security repository in /etc/apt/sources.list.d/ubuntu.sources", ("H", 3, 3)]),
                ("PKGS-7390", "Check Ubuntu database consistency", ["Test: testing APT package database", "Result: package database seems to be consistent."]),
                ("PKGS-7392", "Check for Debian/Ubuntu security updates", ["Test: Checking for vulnerable packages", "Action: updating package repository with apt-get"] +
                 ([("L", "vuln", [f"Found vulnerable package: {p}" for p in vuln]), "Result: found vulnerable packages", ("W", "Found one or more vulnerable packages."),
                   ("S", "Update your system with apt-get update, apt-get upgrade, apt-get dist-upgrade and/or unattended-upgrades"), ("H", 1, 25)] if vuln else
                  ["Result: no vulnerable packages found via apt-get (blank list)", ("H", 25, 25)])),
                ("PKGS-7393", "Check for Gentoo vulnerable packages", "pre"),
                ("PKGS-7394", "Check for Ubuntu updates", ["Test: checking for apt-show-versions", "Result: apt-show-versions not found",
                                                          ("S", "Install package apt-show-versions for patch management purposes")]),
                ("PKGS-7398", "Check for package audit tool", ["Result: found package audit tool (apt-get)"]),
                ("PKGS-7410", "Count installed kernel packages", ["Test: Checking how many kernel packages are installed", "Result: found 2 kernel packages"]),
                ("PKGS-7420", "Detect toolkit to automatically download and apply upgrades", ["Test: Checking for unattended-upgrades", "Result: found unattended-upgrades (/usr/bin/unattended-upgrades)"]),
            ]),
            ("Networking", [
                ("NETW-2400", "Test hostname for valid characters and length", ["Test: test hostname for valid characters and length", "Result: hostname length and characters are valid"]),
                ("NETW-2600", "Checking IPv6 configuration", ["Result: IPv6 option is enabled", "Result: IPv6 only configuration: NO"]),
                ("NETW-2704", "Basic nameserver configuration tests", ["Test: Checking /etc/resolv.conf file", "Result: Found /etc/resolv.conf file", "Found nameserver: 127.0.0.53"]),
                ("NETW-2705", "Check availability two nameservers", ["Result: less than 2 responsive nameservers found", ("S", "Check your resolv.conf file and fill in a backup nameserver if possible")]),
                ("NETW-3001", "Find default gateway (route)", ["Test: Searching default gateways", "Found default gateway 10.20.0.1"]),
                ("NETW-3004", "Search for available network interfaces", ["Test: Searching for available network interfaces", ("L", "iface", [f"Found network interface: {i}" for i in ["lo", "ens18", "docker0", "br-7f3a2c1e9b04", f"veth{g.hx(7)}", f"veth{g.hx(7)}"]])]),
                ("NETW-3006", "Get network MAC addresses", ["Test: Searching for network MAC addresses", ("L", "mac", [f"Found MAC address: {g.mac()}" for _ in range(4)])]),
                ("NETW-3008", "Get network IP addresses", ["Test: Searching for network IP addresses", ("L", "ip", [f"Found IPv4 address: {a}" for a in ["127.0.0.1", "10.20.0.31", "172.17.0.1", "172.18.0.1"]]),
                                                           ("L", "ip6", [f"Found IPv6 address: {a}" for a in ["::1", g.ip6()]])]),
                ("NETW-3012", "Check listening ports", ["Test: Retrieving listening ports", ("L", "port", [f"Found listening info: {a}|{p}|{s}|" for p, a, s in ports])]),
                ("NETW-3014", "Checking promiscuous interfaces (Linux)", ["Test: Checking promiscuous interfaces (Linux)", "Result: No promiscuous interfaces found", ("H", 2, 2)]),
                ("NETW-3015", "Checking promiscuous interfaces (Linux)", ["Test: Checking promiscuous interfaces (Linux)", "Result: No promiscuous interfaces found"]),
                ("NETW-3028", "Checking connections in WAIT state", ["Test: Using netstat for check for connections in WAIT state", f"Result: {g.num(0, 40)} connections are in WAIT state"]),
                ("NETW-3030", "Checking DHCP client status", ["Result: DHCP client is not running"]),
                ("NETW-3032", "Checking for ARP monitoring software", ["Result: No ARP monitoring software found", ("S", "Consider running ARP monitoring software (arpwatch,arpon)")]),
            ]),
            ("Printers and Spools", [("PRNT-2302", "Check for printcap consistency", "bsd"), ("PRNT-2304", "Check cupsd status", ["Result: cups daemon not running, cups daemon tests skipped"]),
                                     ("PRNT-2306", "Check CUPSd configuration file", "pre"), ("PRNT-2307", "Check CUPSd configuration file permissions", "pre"),
                                     ("PRNT-2308", "Check CUPSd network configuration", "pre"), ("PRNT-2314", "Check lpd status", ["Result: lp daemon not running"]),
                                     ("PRNT-2316", "Checking /etc/qconfig file", "aix"), ("PRNT-2418", "Checking qdaemon printer spooler status", "aix"),
                                     ("PRNT-2420", "Checking old print jobs", "aix")]),
            ("Software: e-mail and messaging", [
                ("MAIL-8802", "Check Exim status", ["Result: no running Exim processes found"]),
                ("MAIL-8814", "Check postfix process status", ["Result: found running Postfix process"]),
                ("MAIL-8816", "Check Postfix configuration", ["Result: found Postfix configuration file /etc/postfix/main.cf"]),
                ("MAIL-8818", "Check Postfix configuration: banner", ["Result: found smtpd_banner = $myhostname ESMTP $mail_name (Ubuntu)", "Result: found mail_name in SMTP banner, and/or OS name",
                                                                    ("S", "You are advised to hide the mail_name (option: smtpd_banner) from your postfix configuration.", "smtpd_banner")]),
                ("MAIL-8820", "Postfix configuration scan", ["Result: no insecure Postfix settings found"]),
                ("MAIL-8838", "Check dovecot process", ["Result: dovecot not found"]), ("MAIL-8860", "Check Qmail status", ["Result: no running Qmail processes found"]),
                ("MAIL-8880", "Check Sendmail status", ["Result: no running Sendmail processes found"]), ("MAIL-8920", "Check OpenSMTPD status", ["Result: no running OpenSMTPD processes found"]),
            ]),
            ("Software: firewalls", [
                ("FIRE-4502", "Check iptables kernel module", ["Result: Found iptables in loaded kernel modules", "Found module: ip_tables", "Found module: nf_tables"]),
                ("FIRE-4508", "Check used policies of iptables chains", ["Result: iptables chain INPUT (table: filter, target: DROP) found", "Result: iptables chain FORWARD (table: filter, target: DROP) found",
                                                                       "Result: iptables chain OUTPUT (table: filter, target: ACCEPT) found"]),
                ("FIRE-4513", "Check iptables for unused rules", [f"Result: found {g.num(2, 9)} unused rules", ("S", "Check iptables rules to see which rules are currently not used")]),
                ("FIRE-4518", "Check pf firewall components", "bsd"), ("FIRE-4520", "Check pf configuration consistency", "bsd"), ("FIRE-4524", "Check for CSF presence", ["Result: CSF not found"]),
                ("FIRE-4526", "Check ipf status", "sol"), ("FIRE-4530", "Check IPFW status", "bsd"), ("FIRE-4532", "Check Application Firewall in macOS", "mac"),
                ("FIRE-4534", "Check for outbound firewalls", "mac"), ("FIRE-4536", "Check nftables kernel module", ["Result: found nftables kernel module"]),
                ("FIRE-4538", "Check nftables basic configuration", [f"Result: found {g.num(2, 9)} nftables tables", "Result: found table inet filter", "Result: found table ip nat"]),
                ("FIRE-4540", "Check for empty nftables configuration", ["Result: nftables has rules configured"]),
                ("FIRE-4586", "Check firewall logging", ["Result: firewall logging is enabled (ufw logging: low)"]),
                ("FIRE-4590", "Check firewall status", ["Result: host based firewall or packet filter is active", ("H", 5, 5)]),
            ]),
            ("Software: webserver", [
                ("HTTP-6622", "Checking Apache presence", ["Result: Apache not found"]), ("HTTP-6624", "Testing main Apache configuration file", "pre"),
                ("HTTP-6702", "Check nginx process", ["Result: found running nginx process(es)"]),
                ("HTTP-6704", "Check nginx configuration file", ["Result: found nginx configuration file /etc/nginx/nginx.conf", "Result: found nginx include file /etc/nginx/conf.d/gzip.conf",
                                                               ("L", "include", [f"Result: found nginx include file /etc/nginx/sites-enabled/{s}" for s in ["shop.example.com", "api.example.com", "intranet.example.com", "default"]])]),
                ("HTTP-6706", "Check for additional nginx configuration files", ["Result: found additional configuration file /etc/nginx/snippets/ssl-params.conf",
                                                                                  "Result: found additional configuration file /etc/nginx/snippets/fastcgi-php.conf"]),
                ("HTTP-6710", "Check nginx SSL configuration settings", ["Result: found SSL configuration in /etc/nginx/sites-enabled/shop.example.com",
                                                                        "Result: found SSL configuration in /etc/nginx/sites-enabled/api.example.com", "Result: ssl_protocols TLSv1.2 TLSv1.3 are considered safe",
                                                                        "Result: found insecure protocol TLSv1.1 in /etc/nginx/sites-enabled/intranet.example.com",
                                                                        ("S", "Disable weak protocol in nginx configuration", "TLSv1.1"), ("H", 3, 5)]),
                ("HTTP-6712", "Check nginx access logging", ["Result: found access log /var/log/nginx/access.log", "Result: found access log /var/log/nginx/shop.access.log",
                                                            "Result: access logging disabled for location /healthz", ("H", 2, 3)]),
                ("HTTP-6714", "Check for missing error logs in nginx", ["Result: found error log /var/log/nginx/error.log", ("H", 2, 2)]),
                ("HTTP-6716", "Check for debug mode on error log in nginx", ["Result: no debug mode found on error log", ("H", 2, 2)]),
                ("HTTP-6720", "Check Nginx log files", ["Result: found log file /var/log/nginx/access.log", "Result: found log file /var/log/nginx/error.log",
                                                       "Result: found log file /var/log/nginx/shop.access.log"]),
            ]),
            ("SSH Support", [
                ("SSH-7402", "Check for running SSH daemon", ["Result: found sshd process (/usr/sbin/sshd)"]),
                ("SSH-7404", "Check SSH daemon file location", ["Result: found /etc/ssh/sshd_config", "Result: sshd_config has correct permissions"]),
                ("SSH-7406", "Detection of OpenSSH server version", ["Result: OpenSSH server version is 9.6p1", "Result: version is 9.6"]),
                ("SSH-7408", "Check SSH specific defined options", ["Test: Checking all specific defined options in /etc/ssh/sshd_config", f"Action: created temporary file {st['tmp']}-sshd"] + ssh_lines),
                ("SSH-7440", "Check OpenSSH option: AllowUsers and AllowGroups", ["Result: AllowUsers is not set", "Result: AllowGroups is set (sshusers)", ("H", 2, 2)]),
            ]),
            ("SNMP Support", [("SNMP-3302", "Check for running SNMP daemon", ["Result: SNMP daemon not running"]), ("SNMP-3304", "Check SNMP daemon file location", "pre"),
                              ("SNMP-3306", "Check SNMP communities", "pre")]),
            ("Databases", [
                ("DBS-1804", "Checking active MySQL process", ["Result: MySQL process not active"]), ("DBS-1816", "Checking MySQL root password", "pre"),
                ("DBS-1826", "Checking active PostgreSQL processes", ["Result: PostgreSQL process not active"]), ("DBS-1828", "Test PostgreSQL configuration", "pre"),
                ("DBS-1840", "Checking active Oracle processes", ["Result: Oracle process(es) not active"]), ("DBS-1860", "Checking active DB2 instances", ["Result: no DB2 instances found"]),
                ("DBS-1880", "Checking active Redis processes", ["Result: Redis is running", "Result: found Redis configuration file /etc/redis/redis.conf"]),
                ("DBS-1882", "Redis configuration (requirepass)", ["Result: found 'requirepass' in Redis configuration", ("H", 3, 3)]),
                ("DBS-1884", "Redis configuration (CONFIG command renamed)", ["Result: did not find 'rename-command CONFIG' in Redis configuration",
                                                                            ("S", "Use the rename-command CONFIG setting to disable or rename the CONFIG command in Redis"), ("H", 0, 3)]),
                ("DBS-1886", "Redis configuration (bind on localhost)", ["Result: found 'bind 127.0.0.1 -::1' in Redis configuration", ("H", 3, 3)]),
                ("DBS-1888", "Redis configuration file permissions", ["Result: file /etc/redis/redis.conf has permissions 640", ("H", 2, 2)]),
            ]),
            ("LDAP Services", [("LDAP-2219", "Check running OpenLDAP instance", ["Result: No running slapd process found."]), ("LDAP-2224", "Check presence slapd.conf", "pre")]),
            ("PHP", [
                ("PHP-2211", "Check php.ini presence", [f"Found php.ini file ({f})" for f in ["/etc/php/8.3/cli/php.ini", "/etc/php/8.3/fpm/php.ini"]]),
                ("PHP-2320", "Check PHP disabled functions", ["Result: no disabled_functions found", ("S", "Harden PHP by disabling risky functions", "disable_functions")]),
                ("PHP-2368", "Check PHP register_globals option", ["Result: register_globals option is turned off", ("H", 2, 2)]),
                ("PHP-2372", "Check PHP expose_php option", ["Result: expose_php is set to On, which can leak information", ("S", "Change the expose_php line to: expose_php = Off"), ("H", 0, 1)]),
                ("PHP-2374", "Check PHP enable_dl option", ["Result: enable_dl option is turned off", ("H", 1, 1)]),
                ("PHP-2376", "Check PHP allow_url_fopen option", ["Result: allow_url_fopen option is turned on", ("S", "Change the allow_url_fopen line to: allow_url_fopen = Off, to disable downloads via PHP"), ("H", 0, 1)]),
                ("PHP-2378", "Check PHP allow_url_include option", ["Result: allow_url_include option is turned off", ("H", 1, 1)]),
                ("PHP-2379", "Check PHP suhosin extension status", ["Result: Suhosin is not installed"]),
                ("PHP-2382", "Check PHP listen option", ["Result: php-fpm listen option is set to /run/php/php8.3-fpm.sock"]),
                ("PHP-2390", "Check PHP settings", ["Test: scanning PHP settings", ("L", "setting", [f"Result: PHP setting {k} = {v}" for k, v in php])]),
            ]),
            ("Squid Support", [("SQD-3602", "Check for running Squid daemon", ["Result: Squid daemon not running"]), ("SQD-3604", "Check Squid daemon file location", "pre")]),
            ("Logging and files", [
                ("LOGG-2130", "Check for running syslog daemon", ["Result: Found syslog daemon (rsyslog)"]), ("LOGG-2132", "Check for running syslog-ng daemon", ["Result: syslog-ng not found"]),
                ("LOGG-2134", "Checking Syslog-NG configuration file consistency", "pre"), ("LOGG-2136", "Check for running systemd journal daemon", ["Result: systemd journal daemon found"]),
                ("LOGG-2138", "Checking kernel logger daemon on Linux", ["Result: klogd is not running, but rsyslog takes care of kernel messages"]),
                ("LOGG-2142", "Checking minilog daemon", ["Result: minilogd not found"]), ("LOGG-2146", "Checking logrotate.conf and logrotate.d", ["Result: found /etc/logrotate.conf",
                                                                                                                                                  "Result: found /etc/logrotate.d"]),
                ("LOGG-2148", "Checking logrotated files", ["Test: Checking which files are rotated with logrotate", ("L", "rotated", [f"Found logrotate file: {f}" for f in
                                                                                                                                   ["/var/log/nginx/*.log", "/var/log/php8.3-fpm.log", "/var/log/redis/redis-server*.log", "/var/log/fail2ban.log", "/var/log/syslog", "/var/log/auth.log",
                                                                                                                                    "/var/log/kern.log", "/var/log/dpkg.log", "/var/log/apt/term.log", "/var/log/unattended-upgrades/*.log", "/var/log/ufw.log", "/var/log/lynis.log"]])]),
                ("LOGG-2150", "Checking directories in logrotate configuration", ["Result: all directories in logrotate configuration exist"]),
                ("LOGG-2152", "Checking loghost", ["Result: no loghost entry found in /etc/hosts"]),
                ("LOGG-2154", "Checking syslog configuration file", ["Result: no remote logging host found", ("S", "Enable logging to an external logging host for archiving purposes and additional protection")]),
                ("LOGG-2160", "Checking /etc/newsyslog.conf", "bsd"), ("LOGG-2162", "Checking directories in /etc/newsyslog.conf", "bsd"),
                ("LOGG-2180", "Checking open log files", ["Test: Checking open log files", ("L", "openlog", [f"Found logfile: {f}" for f in ["/var/log/syslog", "/var/log/auth.log", "/var/log/kern.log",
                                                                                                                                            "/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/redis/redis-server.log",
                                                                                                                                            "/var/log/fail2ban.log", "/var/log/php8.3-fpm.log", "/var/log/ufw.log", "/var/log/audit/audit.log",
                                                                                                                                            "/var/log/nginx/shop.access.log", "/var/log/nginx/api.access.log", "/var/log/unattended-upgrades/unattended-upgrades.log",
                                                                                                                                            "/var/log/lynis.log", "/var/log/letsencrypt/letsencrypt.log"]])]),
                ("LOGG-2190", "Checking for deleted files in use", [f"Result: found {g.num(0, 3)} deleted files in use"] + [f"Found deleted file: /tmp/#{g.num(1000000, 9999999)} (php-fpm8.3)" for _ in range(g.num(0, 3))]),
                ("LOGG-2192", "Checking for opened log files that are empty", ["Result: found empty log file /var/log/php8.3-fpm.log"]),
                ("LOGG-2210", "Check for auditd", ["Result: auditd is running"]),
            ]),
            ("Insecure services", [
                ("INSE-8000", "Installed inetd package", ["Result: inetd package not installed", ("H", 1, 1)]), ("INSE-8002", "Status of inet daemon", ["Result: inetd is not running"]),
                ("INSE-8016", "Check for telnet via inetd", "pre"), ("INSE-8100", "Installed xinetd package", ["Result: xinetd is not installed", ("H", 1, 1)]),
                ("INSE-8116", "Insecure services enabled via xinetd", "pre"), ("INSE-8300", "Installed rsh client package", ["Result: rsh client package not installed", ("H", 1, 1)]),
                ("INSE-8310", "Installed rsh server package", ["Result: rsh server package not installed", ("H", 1, 1)]),
                ("INSE-8314", "Installed NIS client package", ["Result: NIS client package not installed", ("H", 1, 1)]),
                ("INSE-8316", "Installed NIS server package", ["Result: NIS server package not installed", ("H", 1, 1)]),
                ("INSE-8318", "Installed TFTP client package", ["Result: TFTP client package not installed", ("H", 1, 1)]),
                ("INSE-8320", "Installed TFTP server package", ["Result: TFTP server package not installed", ("H", 1, 1)]),
            ]),
            ("Banners and identification", [
                ("BANN-7126", "Check issue banner file contents", ["Test: Checking file /etc/issue", "Result: found file /etc/issue", "Result: no legal key words found in /etc/issue",
                                                                  ("S", "Add a legal banner to /etc/issue, to warn unauthorized users"), ("H", 0, 1)]),
                ("BANN-7130", "Check issue.net banner file contents", ["Test: Checking file /etc/issue.net", "Result: found file /etc/issue.net", "Result: no legal key words found in /etc/issue.net",
                                                                      ("S", "Add legal banner to /etc/issue.net, to warn unauthorized users"), ("H", 0, 1)]),
            ]),
            ("Scheduled tasks", [
                ("SCHD-7702", "Check status of cron daemon", ["Result: cron daemon running"]),
                ("SCHD-7704", "Check crontab/cronjobs", ["Test: checking directory /etc/cron.d", ("L", "cronjob", [f"Found cronjob (/etc/cron.d): {c}" for c in crons]),
                                                        "Result: found " + str(len(crons)) + " cronjobs"]),
                ("SCHD-7718", "Check at users", ["Result: at daemon not running"]), ("SCHD-7720", "Check at users", "pre"), ("SCHD-7724", "Check at jobs", "pre"),
            ]),
            ("Accounting", [
                ("ACCT-9622", "Check for available Linux accounting information", ["Result: process accounting not enabled", ("S", "Enable process accounting"), ("H", 0, 2)]),
                ("ACCT-9626", "Check for sysstat accounting data", ["Result: sysstat is not installed", ("S", "Enable sysstat to collect accounting (no results)"), ("H", 0, 1)]),
                ("ACCT-9628", "Check for auditd", ["Result: auditd active", ("H", 2, 2)]),
                ("ACCT-9630", "Check for auditd rules", [f"Result: found {g.num(8, 60)} audit rules", ("H", 2, 2)]),
                ("ACCT-9632", "Check for auditd configuration file", ["Result: found /etc/audit/auditd.conf"]),
                ("ACCT-9634", "Check for auditd log file", ["Result: found /var/log/audit/audit.log"]),
                ("ACCT-9636", "Check for Snoopy wrapper and logger", ["Result: Snoopy is not being used"]),
                ("ACCT-9650", "Check Solaris audit daemon", "sol"),
            ]),
            ("Time and Synchronization", [
                ("TIME-3104", "Check for running NTP daemon or client", ["Result: found chronyd", "Result: chrony is running", ("H", 3, 3)]),
                ("TIME-3106", "Check systemd NTP time synchronization status", ["Result: time synchronization is active (chronyd)"]),
                ("TIME-3112", "Check active NTP associations", "pre"), ("TIME-3116", "Check peers with stratum value of 16", "pre"),
                ("TIME-3185", "Check systemd-timesyncd synchronized time", ["Result: systemd-timesyncd not active, chrony is used"]),
            ]),
            ("Cryptography", [
                ("CRYP-7902", "Check expire date of SSL certificates", ["Test: Searching for SSL certificates", ("L", "cert", [f"Result: certificate {c} is {'expired' if d < 0 else 'valid for ' + str(d) + ' days'}" for c, d in certs])] +
                 [("W", "Found one or more expired certificates", "/etc/nginx/ssl/intranet.crt")]),
                ("CRYP-7930", "Determine if system uses LUKS encryption", ["Result: no LUKS encrypted devices found"]),
                ("CRYP-7931", "Determine if system uses encrypted swap", ["Result: swap is not encrypted"]),
                ("CRYP-8002", "Gather available kernel entropy", ["Result: found kernel entropy value of 256"]),
                ("CRYP-8004", "Presence of hardware random number generators", ["Result: no hardware random number generator found", ("S", "Utilize hardware random number generation or software")]),
                ("CRYP-8005", "Presence of software pseudo random number generators", ["Result: found software PRNG (jitterentropy_rng)"]),
                ("CRYP-8006", "Check TPM presence", ["Result: no TPM device found"]),
            ]),
            ("Virtualization", [("VIRT-1902", "Check for virtual machines", ["Result: system seems to be running as a virtual machine (KVM)"])]),
            ("Containers", [
                ("CONT-8004", "Query running Solaris zones", "sol"),
                ("CONT-8102", "Checking Docker status and information", ["Result: docker daemon is running", "Result: docker info output collected"]),
                ("CONT-8104", "Checking Docker info for any warnings", ["Test: Check for any warnings", "Result: found warning: WARNING: bridge-nf-call-iptables is disabled",
                                                                       ("W", "Docker daemon has warnings", "bridge-nf-call-iptables")]),
                ("CONT-8106", "Gather basic stats from Docker", [f"Result: total of {g.num(3, 12)} docker containers", f"Result: {g.num(3, 9)} running containers", f"Result: {g.num(0, 4)} unused containers",
                                                                 ("S", "Remove any unused Docker containers")]),
                ("CONT-8107", "Check number of unused Docker containers", [f"Result: found {g.num(0, 4)} unused containers"]),
                ("CONT-8108", "Check file permissions for Docker files", ["Result: file /var/run/docker.sock has permissions srw-rw----", ("H", 1, 1)]),
            ]),
            ("Security frameworks", [
                ("MACF-6204", "Check AppArmor presence", ["Result: AppArmor binary found (/usr/sbin/apparmor_parser)"]),
                ("MACF-6208", "Check if AppArmor is enabled", ["Result: AppArmor is enabled", f"Result: found {g.num(20, 120)} AppArmor profiles in enforce mode",
                                                             f"Result: found {g.num(0, 12)} AppArmor profiles in complain mode", ("H", 3, 3)]),
                ("MACF-6232", "Check SELINUX presence", ["Result: SELinux framework not found"]), ("MACF-6234", "Check SELINUX status", "pre"),
                ("RBAC-6272", "Check grsecurity presence", ["Result: grsecurity not found"]), ("MACF-6240", "Detection of TOMOYO binary", ["Result: TOMOYO binary not found"]),
                ("MACF-6290", "Check for implemented MAC framework", ["Result: found implemented MAC framework (AppArmor)", ("H", 3, 3)]),
            ]),
            ("Software: file integrity", [
                ("FINT-4310", "AFICK availability", ["Result: AFICK not installed"]), ("FINT-4314", "AIDE availability", ["Result: AIDE not installed"]),
                ("FINT-4315", "Check AIDE configuration file", "pre"), ("FINT-4316", "Presence of AIDE database and size check", "pre"),
                ("FINT-4318", "Osiris availability", ["Result: Osiris not installed"]), ("FINT-4322", "Samhain availability", ["Result: Samhain not installed"]),
                ("FINT-4326", "Tripwire availability", ["Result: Tripwire not installed"]), ("FINT-4328", "OSSEC syscheck daemon running", ["Result: OSSEC syscheck daemon not running"]),
                ("FINT-4330", "mtree availability", "bsd"), ("FINT-4334", "Check lfd daemon status", ["Result: lfd not running"]),
                ("FINT-4336", "Check lfd configuration status", "pre"), ("FINT-4338", "osqueryd syscollector daemon running", ["Result: osqueryd not running"]),
                ("FINT-4339", "Check IMA/EVM status", ["Result: IMA/EVM not active"]),
                ("FINT-4350", "File integrity software installed", ["Result: no file integrity tool found", ("S", "Install a file integrity tool to monitor changes to critical and sensitive files"), ("H", 0, 5)]),
                ("FINT-4402", "Checksums (SHA256 or SHA512)", "pre"),
            ]),
            ("Software: System tooling", [
                ("TOOL-5002", "Checking for automation tools", ["Result: found Ansible facts directory /etc/ansible/facts.d", "Result: found automation tool: Ansible"]),
                ("TOOL-5102", "Check for presence of Fail2ban", ["Result: Fail2ban found (/usr/bin/fail2ban-server)", ("H", 3, 3)]),
                ("TOOL-5104", "Enabled tests in Fail2ban", ["Result: found /etc/fail2ban/jail.local", ("L", "jail", [f"Result: jail {j} is enabled" for j in jails]),
                                                          "Result: found enabled jails: " + " ".join(jails)]),
                ("TOOL-5120", "Presence of Snort IDS", ["Result: Snort not found"]), ("TOOL-5122", "Check Snort configuration file", "pre"),
                ("TOOL-5126", "Check for active Suricata daemon", ["Result: Suricata not running"]),
                ("TOOL-5190", "Check presence of available IDS/IPS tooling", ["Result: found IDS/IPS tool Fail2ban"]),
            ]),
            ("Malware", [
                ("MALW-3274", "Check for McAfee VirusScan Command Line Scanner", ["Result: McAfee scanner not found"]), ("MALW-3275", "Check for chkrootkit", ["Result: chkrootkit not installed"]),
                ("MALW-3276", "Check for Rootkit Hunter", ["Result: Rootkit Hunter not installed"]), ("MALW-3278", "Check for LMD", ["Result: LMD not found"]),
                ("MALW-3280", "Check if anti-virus tool is installed", ["Result: ClamAV daemon not found", "Result: no malware scanner found",
                                                                       ("S", "Install a tool like rkhunter, chkrootkit, OSSEC, Wazuh", "HRDN-7230"), ("H", 0, 3)]),
                ("MALW-3282", "Check for clamscan", ["Result: clamscan not found"]), ("MALW-3284", "Check for clamd", ["Result: clamd not found"]),
                ("MALW-3286", "Check for freshclam", ["Result: freshclam not found"]), ("MALW-3288", "Check for ClamXav", "mac"),
            ]),
            ("File Permissions", [
                ("FILE-7524", "Perform file permissions check", ["Test: Checking file permissions", "Using profile /etc/lynis/default.prf for baseline.",
                                                                ("L", "file", [f"Checking permissions of {f}" for f, _ in perms]),
                                                                ("L", "fileok", [f"Result: permissions of {f} are OK ({p})" for f, p in perms[:-4]]),
                                                                ("L", "filebad", [f"Result: permissions of {f} could be more strict ({p})" for f, p in perms[-4:]]),
                                                                ("S", "Consider restricting file permissions", "See screen output or log file")]),
            ]),
            ("Home directories", [
                ("HOME-9302", "Create list with home directories", [f"Result: added {h} to list of home directories" for h in ["/root", "/home/ubuntu", "/home/deploy", "/home/mkraus", "/home/backup-agent", "/var/www"]]),
                ("HOME-9304", "Test permissions of user home directories", [f"Result: permissions of home directory {h} are {p}" for h, p in [("/home/ubuntu", "750"), ("/home/deploy", "755"),
                                                                                                                                             ("/home/mkraus", "750"), ("/home/backup-agent", "700")]]),
                ("HOME-9306", "Test ownership of user home directories", ["Result: ownership of home directories is OK"]),
                ("HOME-9310", "Checking for suspicious shell history files", ["Result: no suspicious shell history files found", ("H", 2, 2)]),
                ("HOME-9350", "Collecting information from home directories", "pre"),
            ]),
            ("Kernel Hardening", [
                ("KRNL-6000", "Running sysctl and checking keys", ["Test: Running sysctl and checking keys against scan profile", ("L", "key", sys_lines),
                                                                   ("S", "One or more sysctl values differ from the scan profile and could be tweaked", "Change sysctl value or disable test (skip-test=KRNL-6000:<sysctl-key>)"), ("H", len([1 for x in sys_lines if 'equal' in x]), len(sys_lines))]),
            ]),
            ("Hardening", [
                ("HRDN-7220", "Check if one or more compilers are installed", ["Result: found installed compiler (gcc)", "Result: found installed compiler (as)"]),
                ("HRDN-7222", "Check compiler permissions", [f"Result: found compiler {c} with permissions {p}" for c, p in [("/usr/bin/as", "rwxr-xr-x"), ("/usr/bin/gcc", "rwxr-xr-x"),
                                                                                                                        ("/usr/bin/g++", "rwxr-xr-x"), ("/usr/bin/cc", "rwxr-xr-x")]] +
                 [("S", "Harden compilers like restricting access to root user only"), ("H", 0, 2)]),
                ("HRDN-7230", "Check for malware scanner", ["Result: no malware scanner found", ("S", "Harden the system by installing at least one malware scanner, to perform periodic file system scans"), ("H", 0, 3)]),
            ]),
        ]

    def plugins():
        rule()
        ly("Action: Performing plugin tests", "plugin_tests")
        pam = [("common-auth", [("auth", "[success=1 default=ignore]", "pam_unix.so nullok"), ("auth", "requisite", "pam_deny.so"), ("auth", "required", "pam_permit.so"),
                                ("auth", "optional", "pam_cap.so")]),
               ("common-account", [("account", "[success=1 new_authtok_reqd=done default=ignore]", "pam_unix.so"), ("account", "requisite", "pam_deny.so"), ("account", "required", "pam_permit.so")]),
               ("common-password", [("password", "[success=1 default=ignore]", "pam_unix.so obscure yescrypt"), ("password", "requisite", "pam_deny.so"), ("password", "required", "pam_permit.so")]),
               ("common-session", [("session", "[default=1]", "pam_permit.so"), ("session", "requisite", "pam_deny.so"), ("session", "required", "pam_permit.so"), ("session", "optional", "pam_umask.so"),
                                   ("session", "required", "pam_unix.so"), ("session", "optional", "pam_systemd.so")]),
               ("sshd", [("auth", "include", "common-auth"), ("account", "required", "pam_nologin.so"), ("account", "include", "common-account"), ("session", "required", "pam_loginuid.so"),
                         ("session", "optional", "pam_keyinit.so force revoke"), ("session", "include", "common-session"), ("session", "optional", "pam_motd.so motd=/run/motd.dynamic"),
                         ("session", "optional", "pam_mail.so standard noenv"), ("session", "required", "pam_limits.so"), ("session", "required", "pam_env.so"),
                         ("session", "required", "pam_selinux.so open"), ("password", "include", "common-password")]),
               ("sudo", [("session", "required", "pam_limits.so"), ("session", "required", "pam_env.so readenv=1 user_readenv=0"), ("auth", "include", "common-auth"),
                         ("account", "include", "common-account"), ("session", "include", "common-session-noninteractive")]),
               ("su", [("auth", "sufficient", "pam_rootok.so"), ("session", "required", "pam_env.so readenv=1"), ("session", "optional", "pam_mail.so nopen"),
                       ("session", "required", "pam_limits.so"), ("auth", "include", "common-auth"), ("account", "include", "common-account"), ("session", "include", "common-session")])]
        for name, phase in [("pam", 1), ("systemd", 1)]:
            ly(f"Found plugin file: /etc/lynis/plugins/plugin_{name}_phase{phase}", "plugin_file")
            ly(f"Plugin {name} (phase {phase}) is enabled", "plugin_enabled")
            ly(f"Action: Executing plugin {name} (phase {phase})", "plugin_executing")
            if name == "pam":
                for f, rows in pam:
                    ly(f"Result: Found PAM configuration file /etc/pam.d/{f}", "pam_config_file")
                    for typ, ctl, mod in rows:
                        ly(f"Result: Found {typ} rule with control {ctl} for module {mod} in /etc/pam.d/{f}", "pam_rule")
                ly("Result: pam_unix.so uses yescrypt as password hashing method", "pam_yescrypt")
                ly("Result: no minimum password length found (pam_pwquality)", "pam_no_minlen")
            else:
                for u in ["apparmor", "apport", "auditd", "chrony", "console-setup", "containerd", "cron", "dbus", "docker", "e2scrub_reap", "fail2ban", "finalrd", "getty@",
                          "grub-common", "grub-initrd-fallback", "keyboard-setup", "lvm2-monitor", "multipathd", "networkd-dispatcher", "nginx", "open-iscsi", "open-vm-tools",
                          "php8.3-fpm", "pollinate", "postfix", "qemu-guest-agent", "redis-server", "rsyslog", "secureboot-db", "setvtrgb", "snapd", "ssh", "sysstat",
                          "systemd-networkd", "systemd-pstore", "systemd-resolved", "ubuntu-advantage", "ufw", "unattended-upgrades", "vgauth"]:
                    ly(f"Result: found systemd unit file {u}.service ({g.c(['enabled', 'enabled', 'enabled', 'disabled', 'static', 'masked'])})", "systemd_unit_file")
                ly(f"Result: {g.num(0, 2)} failed systemd units found", "systemd_failed_units")
                ly(f"Result: journal disk usage {g.f(0.3, 4, 1)}G", "journal_disk_usage")
            ly(f"Action: Finished plugin {name} (phase {phase})", "plugin_finished")

    def footer():
        rule()
        ly("Test: Checking for program update...", "update_check")
        ly("Current installed version  : 312", "update_installed")
        ly("Latest stable version      : 312", "update_latest")
        ly("No Lynis update available.", "no_update")
        rule()
        idx = st["hp"] * 100 // max(1, st["hpmax"])
        ly(f"Hardening index : [{idx}] [{'#' * (idx // 5):<20}]", "hardening_index")
        ly("Hardening strength: System has been hardened, but could use additional hardening", "hardening_strength")
        rule()
        ly(f"Tests performed: {st['tests']}", "tests_performed")
        ly(f"Total tests: {st['tests']}", "total_tests")
        ly("Active plugins: 2", "active_plugins")
        ly("Tests skipped due to profile: 0", "tests_skipped_profile")
        ly(f"Action: removed temporary file {st['tmp']}", "removed_tmp")
        ly(f"Action: removed temporary file {st['tmp']}-sshd", "removed_tmp")
        ly("Program ended successfully", "ended")
        ly("================================================================================", "equals_rule")

    header()
    plugins()
    for name, tests in catalog():
        category(name)
        for tid, desc, lines in tests:
            test(tid, desc, lines)
            if tid in ("PKGS-7392", "CONT-8102", "KRNL-6000", "SSH-7408", "BOOT-5264"):
                L.t += dt.timedelta(seconds=g.num(2, 14))
    footer()
    assert len(L.rows) >= N_LINES, len(L.rows)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- fastlane 2.225 in the GitLab CI (runner 17.6, shell executor on a Mac mini) of a shop's mobile team, the job logs of several pipelines
#   (iOS and Android beta lanes) copied one after another from the job pages: GitLab's lines without a time, then fastlane's "[10:00:05]: message" (time of day
#   only); step banners, match with its summary and certificate tables, agvtool's and xcodebuild's output behind "▸ " (xcpretty), a compile error and fastlane's
#   advice, Gradle tasks and Kotlin warnings, uploads to TestFlight and Google Play, waiting for processing, the run summary table, "Job succeeded" or failed
@checked
def log_fastlane(seed):
    L = Log("fastlane_gitlab_jobs", seed, "tod", False, False, start=dt.datetime(2026, 11, 24, 9, 12, 40, tzinfo=UTC))
    g = L.g
    B = "/Users/ci/builds/t3_Xk9sYzQ/0/mobile/shop-app"
    APP = "1498765432"
    st = {"build": 1220, "ver": "4.12.0", "steps": []}

    def gl(text, ev):
        L.emit(text, ev)

    def fl(text, ev, dt_=0.4):
        if dt_:
            step(L, dt_ * 1000)
        L.emit(f"[{L.t:%H:%M:%S}]: {text}", ev)

    def stepbanner(name):
        bar = "-" * (len(name) + 14)
        fl(bar, "step_dashes")
        fl(f"--- Step: {name} ---", "step_banner", 0)
        fl(bar, "step_dashes", 0)
        st["steps"].append([name, L.t])

    def table(title, rows, w1=None, w2=None):
        w1 = w1 or max(len(k) for k, _ in rows) + 2
        w2 = w2 or max(len(v) for _, v in rows) + 2
        border = "+" + "-" * w1 + "+" + "-" * w2 + "+"
        gl("", "blank")
        gl(border, "table_border")
        gl("|" + title.center(w1 + w2 + 1) + "|", "table_title")
        gl(border, "table_border")
        for k, v in rows:
            gl(f"| {k:<{w1 - 2}} | {v:<{w2 - 2}} |", "table_row")
        gl(border, "table_border")
        gl("", "blank")

    def preamble(job, cmd):
        gl("Running with gitlab-runner 17.6.0 (374d34fd)", "gl_running_with")
        gl("  on macmini-02 t3_Xk9sYzQ, system ID: s_8c1f2e3a4b5d", "gl_on_runner")
        gl("Preparing the \"shell\" executor", "gl_preparing_executor")
        gl("Using Shell (bash) executor...", "gl_using_shell")
        gl("Preparing environment", "gl_preparing_env")
        gl("Running on macmini-02.local...", "gl_running_on")
        gl("Getting source from Git repository", "gl_getting_source")
        gl("Fetching changes with git depth set to 20...", "gl_fetching")
        gl(f"Reinitialized existing Git repository in {B}/.git/", "gl_reinitialized")
        gl(f"Checking out {g.hx(8)} as detached HEAD (ref is {g.c(['main', 'main', 'release/4.12'])})...", "gl_checking_out")
        for f in g.r.sample(["fastlane/report.xml", "fastlane/README.md", "ios/fastlane/test_output/", "android/app/build/", "vendor/bundle/"], g.num(0, 3)):
            gl(f"Removing {f}", "gl_removing")
        gl("Skipping Git submodules setup", "gl_skipping_submodules")
        gl("Executing \"step_script\" stage of the job script", "gl_executing_stage")
        gl("$ bundle config set --local path vendor/bundle", "gl_command")
        gl("$ bundle install --quiet", "gl_command")
        gl(f"$ bundle exec fastlane {cmd}", "gl_command")
        L.tick(4)
        gl("[✔] 🚀 ", "fl_rocket")
        st["steps"] = []

    def summary(ok):
        rows = st["steps"]
        w = max(len(n) for n, _ in rows) + 2
        border = f"+------+{'-' * w}+-------------+"
        gl("", "blank")
        gl(border, "table_border")
        gl("|" + "fastlane summary".center(len(border) - 2) + "|", "table_title")
        gl(border, "table_border")
        gl(f"| Step | {'Action':<{w - 2}} | Time (in s) |", "summary_heading")
        gl(border, "table_border")
        for k, (n, t) in enumerate(rows, 1):
            secs = int(((rows[k][1] if k < len(rows) else L.t) - t).total_seconds())
            gl(f"| {('💥' if not ok and k == len(rows) else str(k)):<4} | {n:<{w - 2}} | {secs:<11} |", "summary_row")
        gl(border, "table_border")
        gl("", "blank")

    def match():
        stepbanner("match")
        table("Summary for match 2.225.0", [("type", "appstore"), ("readonly", "true"), ("generate_apple_certs", "true"), ("skip_provisioning_profiles", "false"),
                                             ("app_identifier", "[\"com.acme.shop\", \"com.acme.shop.widgets\"]"), ("api_key", "********"), ("team_id", "ABCDE12345"),
                                             ("storage_mode", "git"), ("git_url", "git@gitlab.acme.io:mobile/certificates.git"), ("git_branch", "main"), ("shallow_clone", "true"),
                                             ("clone_branch_directly", "false"), ("keychain_name", "fastlane_tmp_keychain"), ("force", "false"), ("platform", "ios"),
                                             ("verbose", "false"), ("include_mac_in_profiles", "false")])
        fl("Cloning remote git repo...", "match_cloning")
        fl("If cloning the repo takes too long, you can use the `clone_branch_directly` option in match.", "match_clone_hint")
        fl("Checking out branch main...", "match_checkout", 1.5)
        fl("🔓  Successfully decrypted certificates repo", "match_decrypted")
        fl("Verifying that the certificate and profile are still valid on the Dev Portal...", "match_verifying", 1.5)
        fl("Installing certificate...", "match_installing_cert")
        table("Installed Certificate", [("User ID", "ABCDE12345"), ("Common Name", "Apple Distribution: Acme Retail GmbH (ABCDE12345)"), ("Organisation Unit", "ABCDE12345"),
                                        ("Organisation", "Acme Retail GmbH"), ("Country", "DE"), ("Start Datetime", "2026-03-02 09:41:17 UTC"), ("End Datetime", "2027-03-02 09:41:16 UTC")])
        for ident in ["com.acme.shop", "com.acme.shop.widgets"]:
            fl("Installing provisioning profile...", "match_installing_profile")
            table("Installed Provisioning Profile", [("Parameter", "Value"), ("Provisioning Profile Name", f"match AppStore {ident}"), ("Provisioning Profile UUID", g.uuid()),
                                                     ("App ID Name", "Acme Shop" if ident == "com.acme.shop" else "Acme Shop Widgets"), ("App ID Prefix", "ABCDE12345"),
                                                     ("Team Name", "Acme Retail GmbH"), ("Platform", "ios"), ("Creation Date", "2026-03-02 09:45:02 +0000"),
                                                     ("Expiration Date", "2027-03-02 09:41:16 +0000")])
        fl("All required keys, certificates and provisioning profiles are installed 🙌", "match_all_installed")
        fl("Setting Provisioning Profile type to 'app-store'", "match_profile_type")

    def ios_beta():
        preamble("ios:beta", "ios beta")
        stepbanner("default_platform")
        fl("Driving the lane 'ios beta' 🚀", "driving_lane")
        stepbanner("setup_ci")
        fl("Creating temporary keychain: \"fastlane_tmp_keychain\".", "ci_keychain")
        fl("Enabling match readonly mode.", "ci_readonly")
        fl("Set output directory path to: \"./fastlane/output\".", "ci_output_dir")
        stepbanner("app_store_connect_api_key")
        match()
        stepbanner("latest_testflight_build_number")
        fl(f"Fetching the latest build number for version {st['ver']}", "fetching_build_number", 2)
        fl(f"Latest upload for version {st['ver']} on ios platform is build: {st['build']}", "latest_build")
        st["build"] += 1
        stepbanner("increment_build_number")
        fl(f"$ cd {B}/ios && agvtool new-version -all {st['build']} && cd -", "shell_command")
        for text, ev in [("Setting version of project Shop to:", "agv_setting"), (f"    {st['build']}.", "agv_version"), ("", "agv_blank"),
                         ("Also setting CFBundleVersion key (assuming it exists)", "agv_also"), ("", "agv_blank"), ("Updating CFBundleVersion in Info.plist(s)...", "agv_updating"), ("", "agv_blank"),
                         (f"Updated CFBundleVersion in \"Shop.xcodeproj/../Shop/Info.plist\" to {st['build']}", "agv_updated"),
                         (f"Updated CFBundleVersion in \"Shop.xcodeproj/../ShopWidgets/Info.plist\" to {st['build']}", "agv_updated")]:
            fl(f"▸ {text}", ev, 0.05)
        stepbanner("build_app")
        fl("Resolving Swift Package Manager dependencies...", "spm_resolving")
        fl("$ xcodebuild -resolvePackageDependencies -workspace ./ios/Shop.xcworkspace -scheme Shop", "shell_command")
        fl("▸ Resolve Package Graph", "xc_resolve_graph", 6)
        fl("▸ Resolved source packages:", "xc_resolved_packages", 4)
        for name, url, ver in [("Alamofire", "https://github.com/Alamofire/Alamofire.git", "5.10.1"), ("Kingfisher", "https://github.com/onevcat/Kingfisher.git", "8.1.1"),
                               ("Stripe", "https://github.com/stripe/stripe-ios-spm", "24.1.0"), ("Firebase", "https://github.com/firebase/firebase-ios-sdk", "11.5.0"),
                               ("GoogleAppMeasurement", "https://github.com/google/GoogleAppMeasurement.git", "11.5.0"), ("swift-protobuf", "https://github.com/apple/swift-protobuf.git", "1.28.2")]:
            fl(f"▸   {name}: {url} @ {ver}", "xc_package", 0.01)
        fl("$ xcodebuild -showBuildSettings -workspace ./ios/Shop.xcworkspace -scheme Shop 2>&1", "shell_command")
        if g.r.random() < 0.4:
            fl("Command timed out after 3 seconds on try 1 of 4, trying again with a 6 second timeout...", "settings_timeout", 3)
        table("Summary for gym 2.225.0", [("workspace", "./ios/Shop.xcworkspace"), ("scheme", "Shop"), ("clean", "true"), ("output_name", "Shop"), ("configuration", "Release"),
                                           ("export_method", "app-store"), ("silent", "false"), ("skip_package_ipa", "false"), ("skip_package_pkg", "false"),
                                           ("build_path", f"/Users/ci/Library/Developer/Xcode/Archives/{L.t:%Y-%m-%d}"), ("result_bundle", "false"),
                                           ("buildlog_path", "~/Library/Logs/gym"), ("destination", "generic/platform=iOS"), ("xcodebuild_formatter", "xcpretty"),
                                           ("output_directory", "."), ("xcode_path", "/Applications/Xcode-16.1.app")])
        fl(f"$ set -o pipefail && xcodebuild -workspace ./ios/Shop.xcworkspace -scheme Shop -configuration Release -destination 'generic/platform=iOS' -archivePath "
           f"/Users/ci/Library/Developer/Xcode/Archives/{L.t:%Y-%m-%d}/Shop\\ {L.t:%Y-%m-%d}\\ {L.t:%H.%M.%S}.xcarchive clean archive | tee /Users/ci/Library/Logs/gym/Shop-Shop.log | xcpretty",
           "shell_command")
        fl("▸ Clean Succeeded", "xc_clean_succeeded", 5)
        fail = g.r.random() < 0.15
        files = ["AppDelegate.swift", "SceneDelegate.swift", "CartView.swift", "CartViewModel.swift", "CheckoutView.swift", "ProductListView.swift", "ProductDetailView.swift",
                 "OrderHistoryView.swift", "APIClient.swift", "AuthService.swift", "ImageCache.swift", "Money.swift", "WidgetBundle.swift", "OrdersWidget.swift", "Analytics.swift"]
        fl("▸ Processing Info.plist", "xc_processing_plist", 3)
        for f in g.r.sample(files, len(files)):
            fl(f"▸ Compiling {f}", "xc_compiling", 4)
            if f == "CartView.swift" and g.r.random() < 0.7:
                fl(f"▸ ⚠️  {B}/ios/Shop/Cart/CartView.swift:42:14: 'onChange(of:perform:)' was deprecated in iOS 17.0: Use `onChange` with a two or zero parameter action closure instead.",
                   "xc_warning", 0.01)
                fl("▸             .onChange(of: cart.items) { _ in", "xc_source_line", 0.01)
                fl("▸              ^", "xc_caret_line", 0.01)
            if fail and f == "CheckoutView.swift":
                fl(f"▸ ❌  {B}/ios/Shop/Checkout/CheckoutView.swift:88:21: cannot find 'PaymentSheet' in scope", "xc_error", 2)
                fl("▸             let sheet = PaymentSheet(paymentIntentClientSecret: secret, configuration: config)", "xc_source_line", 0.01)
                fl("▸                         ^~~~~~~~~~~~", "xc_caret_line", 0.01)
                fl("▸ ** ARCHIVE FAILED **", "xc_archive_failed", 3)
                fl("▸ The following build commands failed:", "xc_following_failed", 0.01)
                fl(f"▸ \tSwiftCompile normal arm64 {B}/ios/Shop/Checkout/CheckoutView.swift (in target 'Shop' from project 'Shop')", "xc_failed_command", 0.01)
                fl("▸ (1 failure)", "xc_n_failures", 0.01)
                fl("Exit status: 65", "exit_status")
                table("Build environment", [("xcode_path", "/Applications/Xcode-16.1.app"), ("gym_version", "2.225.0"), ("export_method", "app-store"), ("sdk", "iPhoneOS18.1.sdk")])
                fl("", "fl_blank")
                fl("⬆️  Check out the few lines of raw `xcodebuild` output above for potential hints on how to solve this error", "adv_check_out")
                fl("📋  For the complete and more detailed error log, check the full log at:", "adv_full_log")
                fl("📋  /Users/ci/Library/Logs/gym/Shop-Shop.log", "adv_log_path")
                fl("", "fl_blank")
                for text, ev in [("Looks like fastlane ran into a build/archive error with your project", "adv_1"), ("It's hard to tell what's causing the error, so we wrote some guides on how", "adv_2"),
                                 ("to troubleshoot build and signing issues: https://docs.fastlane.tools/codesigning/getting-started/", "adv_3"),
                                 ("Before submitting an issue on GitHub, please follow the guide above and make", "adv_4"), ("sure your project is set up correctly.", "adv_5"),
                                 ("fastlane uses `xcodebuild` commands to generate your binary, you can see the", "adv_6"), ("the full commands printed out in yellow in the above log.", "adv_7"),
                                 ("Make sure to inspect the output above, as usually you'll find more error information there", "adv_8")]:
                    fl(text, ev, 0.01)
                fl("", "fl_blank")
                summary(False)
                fl("fastlane finished with errors", "finished_with_errors")
                gl("", "blank")
                gl("[!] Error building the application - see the log above", "fl_error_bang")
                gl("Cleaning up project directory and file based variables", "gl_cleaning_up")
                gl("ERROR: Job failed: exit status 1", "gl_job_failed")
                return
        fl("▸ Linking Shop", "xc_linking", 20)
        fl("▸ Linking ShopWidgets", "xc_linking", 2)
        fl("▸ Generating 'Shop.app.dSYM'", "xc_generating_dsym", 4)
        fl(f"▸ Signing {'/Users/ci/Library/Developer/Xcode/DerivedData/Shop-' + g.alnum(28, 'abcdefghijklmnopqrstuvwxyz')}/Build/Intermediates.noindex/ArchiveIntermediates/Shop/InstallationBuildProductsLocation/Applications/Shop.app (in target 'Shop' from project 'Shop')",
           "xc_signing", 3)
        fl("▸ Touching Shop.app (in target 'Shop' from project 'Shop')", "xc_touching")
        fl("▸ Archive Succeeded", "xc_archive_succeeded", 2)
        fl("Generated plist file with the following values:", "plist_generated")
        for text in ["-----------------------------------------", "{", "  \"provisioningProfiles\": {", "    \"com.acme.shop\": \"match AppStore com.acme.shop\",",
                     "    \"com.acme.shop.widgets\": \"match AppStore com.acme.shop.widgets\"", "  },", "  \"method\": \"app-store\",", "  \"signingStyle\": \"manual\"", "}",
                     "-----------------------------------------"]:
            fl(f"▸ {text}", "plist_line", 0.001)
        fl(f"$ /usr/bin/xcrun {B}/vendor/bundle/ruby/3.3.0/gems/fastlane-2.225.0/gym/lib/assets/wrap_xcodebuild/xcbuild-safe.sh -exportArchive -exportOptionsPlist "
           f"'/var/folders/q8/{g.alnum(28)}/T/gym_config{L.t:%Y%m%d}-{g.num(10000, 99999)}-{g.alnum(6)}.plist' -archivePath "
           f"/Users/ci/Library/Developer/Xcode/Archives/{L.t:%Y-%m-%d}/Shop\\ {L.t:%Y-%m-%d}\\ {L.t:%H.%M.%S}.xcarchive -exportPath '/var/folders/q8/{g.alnum(28)}/T/gym_output{g.num(10 ** 9, 10 ** 10)}' ",
           "shell_command", 2)
        fl("Compressing 2 dSYM(s)", "compressing_dsyms", 30)
        fl(f"$ cd '/Users/ci/Library/Developer/Xcode/Archives/{L.t:%Y-%m-%d}/Shop {L.t:%Y-%m-%d} {L.t:%H.%M.%S}.xcarchive/dSYMs' && zip -r '{B}/Shop.app.dSYM.zip' *.dSYM", "shell_command")
        for entry in ["Shop.app.dSYM/", "Shop.app.dSYM/Contents/", "Shop.app.dSYM/Contents/Resources/", "Shop.app.dSYM/Contents/Resources/DWARF/",
                      "Shop.app.dSYM/Contents/Resources/DWARF/Shop", "Shop.app.dSYM/Contents/Info.plist", "ShopWidgets.appex.dSYM/", "ShopWidgets.appex.dSYM/Contents/Resources/DWARF/ShopWidgets"]:
            if "DWARF/" in entry and not entry.endswith("/"):
                fl(f"▸   adding: {entry} (deflated {g.num(60, 80)}%)", "zip_adding_deflated", 0.3)
            else:
                fl(f"▸   adding: {entry} (stored 0%)", "zip_adding_stored", 0.01)
        fl("Successfully exported and compressed dSYM file", "dsym_exported")
        fl("Successfully exported and signed the ipa file:", "ipa_exported")
        fl(f"{B}/Shop.ipa", "ipa_path")
        stepbanner("upload_to_testflight")
        fl(f"Ready to upload new build to TestFlight (App: {APP})...", "tf_ready")
        fl("Going to upload updated app to App Store Connect", "tf_going_to_upload", 2)
        fl("This might take a few minutes. Please don't interrupt the script.", "tf_might_take")
        fl("Successfully uploaded package to App Store Connect. It might take a few minutes until it's visible online.", "tf_uploaded_package", 90)
        fl("Successfully uploaded the new binary to App Store Connect", "tf_uploaded_binary")
        fl(f"Waiting for processing on... app_id: {APP}, app_version: {st['ver']}, build_version: {st['build']}, platform: IOS", "tf_waiting_processing")
        for _ in range(g.num(1, 3)):
            fl("Waiting for the build to show up in the build list - this may take a few minutes (check your email for processing issues if this continues)", "tf_waiting_list", 30)
        for _ in range(g.num(3, 14)):
            fl(f"Waiting for App Store Connect to finish processing the new build ({st['ver']} - {st['build']}) for IOS", "tf_waiting_finish", 30)
        fl(f"Successfully finished processing the build {st['ver']} - {st['build']} for IOS", "tf_finished_processing", 30)
        fl(f"Distributing new build to testers: {st['ver']} - {st['build']}", "tf_distributing")
        fl("Successfully distributed build to Internal testers 🚀", "tf_distributed", 3)
        stepbanner("slack")
        fl("Successfully sent Slack notification", "slack_sent")
        summary(True)
        fl("fastlane.tools finished successfully 🎉", "finished_ok")
        gl("Cleaning up project directory and file based variables", "gl_cleaning_up")
        gl("Job succeeded", "gl_job_succeeded")

    def android_beta():
        preamble("android:beta", "android beta")
        stepbanner("default_platform")
        fl("Driving the lane 'android beta' 🚀", "driving_lane")
        stepbanner("google_play_track_version_codes")
        fl(f"Found '{st['build']}' version codes in track 'internal'", "play_version_codes", 2)
        st["build"] += 1
        stepbanner("gradle")
        fl(f"$ {B}/android/gradlew bundleRelease -p android -PversionCode={st['build']} -PversionName={st['ver']}", "shell_command")
        if g.r.random() < 0.5:
            fl("▸ Starting a Gradle Daemon (subsequent builds will be faster)", "gr_starting_daemon", 3)
        tasks = ["preBuild", "preReleaseBuild", "generateReleaseBuildConfig", "checkReleaseAarMetadata", "generateReleaseResValues", "mapReleaseSourceSetPaths", "generateReleaseResources",
                 "mergeReleaseResources", "packageReleaseResources", "parseReleaseLocalResources", "processReleaseMainManifest", "processReleaseManifest", "processReleaseManifestForPackage",
                 "processReleaseResources", "kspReleaseKotlin", "compileReleaseKotlin", "compileReleaseJavaWithJavac", "dexBuilderRelease", "mergeReleaseGlobalSynthetics",
                 "mergeExtDexRelease", "mergeDexRelease", "minifyReleaseWithR8", "mergeReleaseJniLibFolders", "mergeReleaseNativeLibs", "stripReleaseDebugSymbols",
                 "buildReleasePreBundle", "packageReleaseBundle", "signReleaseBundle", "produceReleaseBundleIdeListingFile", "createReleaseBundleListingFileRedirect", "bundleRelease"]
        for t in tasks:
            mod = "app" if t != "kspReleaseKotlin" or g.r.random() < 0.5 else g.c(["core", "data"])
            suffix = g.c(["", "", "", " UP-TO-DATE", " FROM-CACHE", " NO-SOURCE"]) if t not in ("compileReleaseKotlin", "minifyReleaseWithR8", "bundleRelease") else ""
            fl(f"▸ > Task :{mod}:{t}{suffix}", "gr_task", 3 if t in ("compileReleaseKotlin", "minifyReleaseWithR8") else 0.6)
            if t == "compileReleaseKotlin":
                for _ in range(g.num(0, 3)):
                    what = g.c(["'getParcelable(String?): T?' is deprecated. Deprecated in Java.", "Parameter 'position' is never used", "Unchecked cast: Any? to List<Product>"])
                    f = g.c(["cart/CartRepository.kt", "checkout/CheckoutFragment.kt", "ui/ProductAdapter.kt"])
                    fl(f"▸ w: file://{B}/android/app/src/main/java/com/acme/shop/{f}:{g.num(20, 300)}:{g.num(5, 40)} {what}", "gr_kotlin_warning", 0.01)
        fl("▸ ", "gr_blank", 0.01)
        fl(f"▸ BUILD SUCCESSFUL in {g.num(1, 4)}m {g.num(0, 59)}s", "gr_build_successful")
        fl(f"▸ {len(tasks) + 27} actionable tasks: {g.num(20, 45)} executed, {g.num(5, 20)} from cache, {g.num(5, 20)} up-to-date", "gr_actionable_tasks", 0.01)
        stepbanner("upload_to_play_store")
        fl("Preparing aab at path 'android/app/build/outputs/bundle/release/app-release.aab' for upload...", "play_preparing", 2)
        fl("Updating track 'internal'...", "play_updating_track", 40)
        fl("Uploading all changes to Google Play...", "play_uploading")
        fl("Successfully finished the upload to Google Play", "play_finished", 4)
        stepbanner("slack")
        fl("Successfully sent Slack notification", "slack_sent")
        summary(True)
        fl("fastlane.tools finished successfully 🎉", "finished_ok")
        gl("Cleaning up project directory and file based variables", "gl_cleaning_up")
        gl("Job succeeded", "gl_job_succeeded")

    while len(L.rows) < N_LINES:
        L.t += dt.timedelta(hours=g.num(2, 30), minutes=g.num(0, 59))
        (ios_beta if g.r.random() < 0.6 else android_beta)()
        gl("", "blank")
    del L.rows[N_LINES:]
    return L


def json_lines(obj, prefix):
    """json.dumps(obj, indent=2) split in lines, each with an event made of its key (or bracket) and indentation: a value is a variable."""
    out = []
    for line in json.dumps(obj, indent=2).split("\n"):
        s = line.strip()
        key = s.split('": ', 1)[0] + '"' if s.startswith('"') and '": ' in s else s
        out.append((line, f"{prefix}:{len(line) - len(line.lstrip())}:{key}"))
    return out


# 13 --------------------------------------------------------------- AWS Systems Manager Agent 3.3.1142.0 on an Amazon Linux 2023 EC2 instance of a web tier (eu-central-1), /var/log/amazon/ssm/amazon-ssm-agent.log
#   over some days: "2026-12-01 10:00:00 INFO [ssm-agent-worker] [MessageService] [MGSInteractor] message" (seconds only, the level, then the worker's name and
#   context tags in brackets); health pings, credential rotation, Run Command and State Manager documents with the reply the agent sends as indented JSON over
#   many lines, Session Manager sessions opening and closing their data channel, AWS SDK errors whose "caused by:" goes on a line of its own, an agent update
@checked
def log_ssm(seed):
    L = Log("aws_ssm_agent_log", seed, "full", True, True, start=dt.datetime(2026, 11, 27, 6, 3, 11, tzinfo=UTC))
    g = L.g
    IID = "i-0" + g.hx(16)
    REGION = "eu-central-1"
    USERS = ["lena.schmidt", "tobias.braun", "ops-automation", "jonas.weber"]
    st = {"ver": "3.3.1142.0", "wpid": g.num(2000, 9000), "sessions": []}

    def ssm(lv, tags, msg, ev, comp=None, cont=()):
        step(L, 300)
        head = " ".join(f"[{t}]" for t in tags)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {lv} {head + ' ' if head else ''}{msg}", ev, lv, comp if comp is not None else (tags[0] if tags else None))
        for text, cev in cont:
            L.emit(text, cev, lv, comp if comp is not None else (tags[0] if tags else None))

    W, MS = "ssm-agent-worker", "MessageService"

    def startup():
        ssm("INFO", [], "Proxy environment variables:", "proxy_env", comp="")
        for v in ["https_proxy", "http_proxy", "no_proxy"]:
            ssm("INFO", [], f"{v}:", "proxy_var", comp="")
        ssm("INFO", [], "Checking if agent identity type OnPrem can be assumed", "identity_check", comp="")
        ssm("INFO", [], "Checking if agent identity type EC2 can be assumed", "identity_check", comp="")
        ssm("INFO", [], "Agent will take identity from EC2", "identity_ec2", comp="")
        ssm("INFO", ["amazon-ssm-agent"], "using named pipe channel for IPC", "named_pipe")
        ssm("INFO", ["amazon-ssm-agent"], f"amazon-ssm-agent - v{st['ver']}", "agent_version")
        ssm("INFO", ["amazon-ssm-agent"], "OS: linux, Arch: amd64", "os_arch")
        ssm("INFO", ["amazon-ssm-agent"], "Starting Core Agent", "starting_core")
        ssm("INFO", ["CredentialRefresher"], "credentialRefresher has started", "cred_started")
        ssm("INFO", ["CredentialRefresher"], "Starting credentials refresher loop", "cred_loop")
        ssm("INFO", [], "EC2RoleProvider Successfully connected with instance profile role credentials", "ec2_role_provider", comp="EC2RoleProvider")
        ssm("INFO", ["CredentialRefresher"], "Credentials ready", "cred_ready")
        ssm("INFO", ["CredentialRefresher"], f"Next credential rotation will be in {g.f(29, 34, 2)} minutes", "cred_next")
        st["wpid"] = g.num(2000, 90000)
        ssm("INFO", ["amazon-ssm-agent", "LongRunningWorkerContainer", "WorkerProvider"], f"Worker {W} is not running, starting worker process", "worker_not_running")
        ssm("INFO", ["amazon-ssm-agent", "LongRunningWorkerContainer", "WorkerProvider"], f"Worker {W} (pid:{st['wpid']}) started", "worker_started")
        ssm("INFO", ["amazon-ssm-agent", "LongRunningWorkerContainer"], "Monitor long running worker health every 60 seconds", "monitor_health")
        ssm("INFO", [W], "Entering SSM Agent Worker loop", "worker_loop")
        ssm("INFO", [W], f"SSM Agent Worker - v{st['ver']}", "worker_version")
        ssm("INFO", [W], "OS: linux, Arch: amd64", "os_arch")
        ssm("INFO", [W, MS], "Starting up Message Service", "ms_starting")
        ssm("INFO", [W, MS, "MessageHandler"], "Starting", "mh_starting")
        ssm("INFO", [W, MS, "MGSInteractor"], "Starting MGSInteractor", "mgs_starting")
        ssm("INFO", [W, MS, "MGSInteractor"], "Setting up control channel", "mgs_setting_up")
        ssm("INFO", [W, MS, "MGSInteractor"], f"Opening websocket connection to: wss://ssmmessages.{REGION}.amazonaws.com/v1/control-channel/{IID}?stream=input", "cc_opening")
        ssm("INFO", [W, MS, "MGSInteractor"], f"Successfully opened websocket connection to: wss://ssmmessages.{REGION}.amazonaws.com/v1/control-channel/{IID}?stream=input", "cc_opened")
        ssm("INFO", [W, MS, "MGSInteractor"], "Set up agent job and job reply processors", "mgs_processors")
        ssm("INFO", [W, "HealthCheck"], "HealthCheck reporting agent health.", "health")
        ssm("INFO", [W, "StartupProcessor"], "Executing startup processor tasks", "startup_tasks")
        for text in [f"Amazon SSM Agent v{st['ver']} is running", "OsProductName: Amazon Linux", "OsVersion: 2023"]:
            ssm("INFO", [W, "StartupProcessor"], f"Write to serial port: {text}", "serial_port")

    def health():
        ssm("INFO", [W, "HealthCheck"], "HealthCheck reporting agent health.", "health")

    def creds():
        ssm("INFO", ["CredentialRefresher"], "Credentials ready", "cred_ready")
        ssm("INFO", ["CredentialRefresher"], f"Next credential rotation will be in {g.f(29, 34, 2)} minutes", "cred_next")

    def document():
        kind = g.c([("AWS-GatherSoftwareInventory", "aws:softwareInventory", "awsSoftwareInventory"), ("AWS-GatherSoftwareInventory", "aws:softwareInventory", "awsSoftwareInventory"),
                    ("AWS-RunPatchBaseline", "aws:runShellScript", "PatchLinux"), ("AWS-RunShellScript", "aws:runShellScript", "0.aws:runShellScript"),
                    ("AWS-RunShellScript", "aws:runShellScript", "0.aws:runShellScript"), ("AWS-ConfigureAWSPackage", "aws:configurePackage", "configurePackage")])
        doc, plugin, pid_ = kind
        cmd = g.uuid()
        assoc = doc in ("AWS-GatherSoftwareInventory", "AWS-RunPatchBaseline")
        key = f"{cmd}.{L.t:%Y-%m-%dT%H-%M-%S}.{ms3(L.t)}Z" if assoc else cmd
        E = [W, MS, "EngineProcessor", "OutOfProcExecuter", key]
        if assoc:
            ssm("INFO", [W, MS, "MGSInteractor"], f"Processing AgentJob message {g.uuid()}", "agent_job")
            ssm("INFO", [W, MS, "MessageHandler"], f"State Manager association {g.uuid()} ({doc}) is scheduled to run", "association_scheduled")
        else:
            ssm("INFO", [W, MS, "MGSInteractor"], f"Processing AgentJob message {g.uuid()}", "agent_job")
            ssm("INFO", [W, MS, "MessageHandler"], f"Processing command {cmd} ({doc})", "processing_command")
        ssm("INFO", E, "initiating document execution", "initiating_doc")
        dpid = g.num(10000, 400000)
        ssm("INFO", E, f"document process started: {dpid}", "doc_process_started")
        D = ["ssm-document-worker", key]
        ssm("INFO", D, f"document: {key} worker started", "doc_worker_started")
        ssm("INFO", D + ["DataBackend"], "received plugin config message", "plugin_config")
        ssm("INFO", D + [f"pluginName={plugin}"], f"Running plugin {plugin} {pid_}", "running_plugin")
        L.tick(20 if plugin != "aws:softwareInventory" else 4)
        ok = g.r.random() < 0.9
        if not ok:
            why = g.c(["exit status 1", "exit status 127", "command execution timed out"]) if plugin == "aws:runShellScript" else "failed to download package: AccessDenied: Access Denied"
            ssm("ERROR", D + [f"pluginName={plugin}"], f"failed to run commands: {why}", "plugin_failed")
        ssm("INFO", D + [f"pluginName={plugin}"], f"Plugin {pid_} ResultStatus {'Success' if ok else 'Failed'}", "plugin_result")
        ssm("INFO", E, f"received plugin: {pid_} result from Document Worker", "received_result")
        ssm("INFO", E, "sending reply on message completion", "sending_reply_completion")
        reply = {"additionalInfo": {"agent": {"lang": "en-US", "name": "amazon-ssm-agent", "os": "", "osver": "1", "ver": ""}, "dateTime": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z",
                                    "runId": "", "runtimeStatusCounts": {"Success" if ok else "Failed": 1}},
                 "documentStatus": "Success" if ok else "Failed", "documentTraceOutput": "",
                 "runtimeStatus": {pid_: {"status": "Success" if ok else "Failed", "code": 0 if ok else 1, "name": plugin,
                                          "output": g.c(["", "Patch group: web\nInstalled count: 0\nMissing count: 0", "done"]) if ok else "----------ERROR-------\nfailed to run commands: exit status 1",
                                          "startDateTime": f"{L.t - dt.timedelta(seconds=20):%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", "endDateTime": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z",
                                          "outputS3BucketName": "", "outputS3KeyPrefix": "", "stepName": pid_, "standardOutput": "", "standardError": ""}}}
        rows = json_lines(reply, "reply")
        ssm("INFO", [W, MS, "MGSInteractor"], "Sending reply " + rows[0][0], "sending_reply", cont=rows[1:])
        ssm("INFO", E, "document worker closed", "doc_worker_closed")

    def session_start():
        if len(st["sessions"]) > 2:
            return session_end()
        sid = f"{g.c(USERS)}-{g.hx(17)}"
        st["sessions"].append(sid)
        url = f"wss://ssmmessages.{REGION}.amazonaws.com/v1/data-channel/{sid}?role=publish_subscribe&cell-number={g.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
        ssm("INFO", [W, MS, "MGSInteractor"], f"Processing StartSession message {g.uuid()}", "start_session_msg")
        ssm("INFO", [W, MS, "SessionWorkerProvider"], f"session worker started for session {sid} (pid:{g.num(10000, 400000)})", "session_worker_started")
        S = ["ssm-session-worker", sid, "DataBackend", "pluginName=Standard_Stream"]
        ssm("INFO", S, f"Setting up datachannel for session: {sid}, requestId: {g.uuid()}, clientId: {g.uuid()}", "datachannel_setup")
        ssm("INFO", S, f"Opening websocket connection to: {url}", "ws_opening")
        ssm("INFO", S, f"Successfully opened websocket connection to: {url}", "ws_opened")
        ssm("INFO", ["ssm-session-worker", sid, "pluginName=Standard_Stream"], "Plugin Standard_Stream started", "plugin_stream_started")
        if g.r.random() < 0.2:
            ssm("WARN", ["ssm-session-worker", sid, "pluginName=Standard_Stream"], "Session Manager shell profile is empty, using default shell sh", "shell_profile_empty")

    def session_end():
        if not st["sessions"]:
            return session_start()
        sid = st["sessions"].pop(0)
        url = f"wss://ssmmessages.{REGION}.amazonaws.com/v1/data-channel/{sid}?role=publish_subscribe&cell-number={g.alnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
        S = ["ssm-session-worker", sid, "DataBackend", "pluginName=Standard_Stream"]
        if g.r.random() < 0.7:
            ssm("INFO", ["ssm-session-worker", sid, "pluginName=Standard_Stream"], "The session was cancelled", "session_cancelled")
        else:
            ssm("INFO", ["ssm-session-worker", sid, "pluginName=Standard_Stream"], "Session was terminated due to idle timeout of 20 minutes", "session_idle")
        ssm("INFO", S, f"Closing datachannel with url {url}", "datachannel_closing")
        ssm("INFO", S, f"Closing websocket channel connection to: {url}", "ws_closing")
        ssm("INFO", S, f"Successfully closed websocket connection to: {url}", "ws_closed")

    def net_error():
        ip = f"{g.c(['52.119.188', '3.120.181', '18.156.2'])}.{g.num(1, 254)}"
        r = g.r.random()
        if r < 0.4:
            ssm("ERROR", ["HealthCheck"], "error when calling AWS APIs. error details - RequestError: send request failed", "health_api_error",
                cont=[(f"caused by: Post \"https://ssm.{REGION}.amazonaws.com/\": dial tcp {ip}:443: i/o timeout", "caused_by")])
        elif r < 0.75:
            ssm("ERROR", [W, MS, "MGSInteractor"], f"Failed to listen on control channel: read tcp 10.0.{g.num(10, 20)}.{g.num(2, 250)}:{g.num(32768, 60999)}->{ip}:443: i/o timeout", "cc_listen_failed")
            ssm("WARN", [W, MS, "MGSInteractor"], f"Reconnecting to control channel in {g.f(1, 9, 3)} seconds", "cc_reconnecting")
            ssm("INFO", [W, MS, "MGSInteractor"], f"Successfully opened websocket connection to: wss://ssmmessages.{REGION}.amazonaws.com/v1/control-channel/{IID}?stream=input", "cc_opened")
        else:
            ssm("ERROR", ["CredentialRefresher"], "Retrieve credentials produced error: EC2RoleRequestError: no EC2 instance role found", "cred_error",
                cont=[("caused by: RequestError: send request failed", "caused_by"),
                      ("caused by: Get \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "caused_by")])

    def update():
        old = st["ver"]
        st["ver"] = "3.3.1345.0"
        ssm("INFO", [W, MS, "MGSInteractor"], f"Processing AgentJob message {g.uuid()}", "agent_job")
        ssm("INFO", ["ssm-document-worker", g.uuid(), "pluginName=aws:updateSsmAgent"], f"Updating amazon-ssm-agent from {old} to {st['ver']}", "updating_agent")
        ssm("INFO", ["amazon-ssm-agent"], "Stopping Core Agent", "stopping_core")
        ssm("INFO", ["amazon-ssm-agent"], "Bye.", "bye")
        L.tick(20)
        startup()

    startup()
    ev = [(35, document), (10, session_start), (9, session_end), (5, net_error), (0.1, update)]
    ev = periodic(L, ev, (300, health, 2), (1900, creds, 120))
    return L.run(slowed(L, ev, 500), None)


# 14 --------------------------------------------------------------- Zimbra Collaboration 10.1 (mailbox server of a school district, ~900 accounts), /opt/zimbra/log/mailbox.log:
#   log4j "2026-12-01 10:00:00,123 INFO  [qtp1870722432-1234:https://mail.schulen.example/service/soap/SearchRequest] [name=...;mid=42;ip=...;ua=...;] soap - message":
#   level padded to five, the thread (with the request URL for HTTP threads), the context keys of the request in brackets, the logger; SOAP requests and their
#   elapsed time, logins and failed logins, LMTP deliveries and "Adding Message", IMAP sessions, moves and deletes, purges, SOAP faults with ExceptionId, Code and frames
@checked
def log_zimbra(seed):
    L = Log("zimbra_mailbox_log", seed, "full", True, True)
    g = L.g
    DOM = "schulen.example"
    HOSTN = "mail.schulen.example"
    USERS = [f"{n}@{DOM}" for n in ["a.becker", "m.schulz", "k.wagner", "j.hoffmann", "s.koch", "t.richter", "l.klein", "p.wolf", "n.schroeder", "c.neumann", "verwaltung.gs-nord",
                                    "sekretariat.rs-mitte", "e.schwarz", "f.zimmermann", "h.braun", "admin"]]
    MID = {u: g.num(2, 900) for u in USERS}
    QTP = str(g.num(10 ** 9, 2 * 10 ** 9))
    UAS = ["ZimbraWebClient - FF133 (Win)/10.1.4_GA_4200", "ZimbraWebClient - GC131 (Win)/10.1.4_GA_4200", "ZimbraWebClient - SAF18 (Mac)/10.1.4_GA_4200",
           "ZimbraWebClient - EDGE131 (Win)/10.1.4_GA_4200"]
    SOAP = [("SearchRequest", 30), ("GetMsgRequest", 14), ("NoOpRequest", 25), ("BatchRequest", 6), ("GetFolderRequest", 5), ("SendMsgRequest", 3), ("ItemActionRequest", 4),
            ("MsgActionRequest", 4), ("GetInfoRequest", 2), ("SaveDraftRequest", 2), ("SearchConvRequest", 4), ("GetContactsRequest", 1), ("GetApptSummariesRequest", 1)]
    st = {"msgid": g.num(10000, 90000)}

    def zm(lv, thread, ctx, logger, msg, ev, cont=()):
        step(L, 200)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{thread}] [{ctx}] {logger} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def cip():
        return g.c([f"10.{g.num(20, 40)}.{g.num(0, 255)}.{g.num(2, 250)}", g.ip("pub")])

    def web(req):
        return f"qtp{QTP}-{g.num(20, 900)}:https://{HOSTN}/service/soap/{req}"

    def wctx(u, ip, port=True):
        return f"name={u};mid={MID[u]};ip={ip};{'port=' + str(g.num(32768, 65535)) + ';' if port else ''}ua={g.c(UAS)};soapId={g.hx(8)};"

    def soap():
        u = g.c(USERS)
        ip = cip()
        req = g.r.choices([r for r, _ in SOAP], [w for _, w in SOAP])[0]
        zm("INFO", web(req), wctx(u, ip), "soap", f"{req} elapsed={g.c([g.num(1, 40), g.num(1, 400), g.num(300, 9000)])}", "soap_elapsed")

    def auth():
        u = g.c(USERS)
        ip = cip()
        th = web("AuthRequest")
        ctx = f"ip={ip};port={g.num(32768, 65535)};ua={g.c(UAS)};"
        if g.r.random() < 0.8:
            zm("INFO", th, ctx, "security", f"cmd=Auth; account={u}; protocol=soap;", "security_auth")
            zm("INFO", th, ctx, "soap", f"AuthRequest elapsed={g.num(20, 300)}", "soap_elapsed")
        else:
            who = g.c([u, u, f"admin@{DOM}", f"info@{DOM}", f"test@{DOM}"])
            lock = g.r.random() < 0.1
            zm("INFO", th, ctx, "security", f"cmd=Auth; account={who}; protocol=soap; error=authentication failed for [{who}], {'account lockout' if lock else 'invalid password'};",
               "security_auth_failed")
            zm("INFO", th, ctx, "SoapEngine", f"handler exception: authentication failed for [{who}], {'account lockout' if lock else 'invalid password'}", "soap_handler_auth_failed")

    def lmtp():
        n = g.num(1, 3)
        rcpts = g.r.sample(USERS[:-1], n)
        sender = g.c(["noreply@schulportal.example", "newsletter@lernplattform.example", f"{g.c(['eltern', 'info', 'kontakt'])}.{g.alnum(5)}@gmx.example",
                      "no-reply@kultus.example", g.c(USERS)])
        msgid = f"<{g.hx(16)}.{g.num(1000, 9999)}@{g.c(['mx.gmx.example', 'schulportal.example', HOSTN, 'mail.kultus.example'])}>"
        th = f"LmtpServer-{g.num(1000, 99999)}"
        size = g.num(2000, 4_000_000)
        zm("INFO", th, f"msgid={msgid};ip=127.0.0.1;", "lmtp", f"Delivering message: size={size} bytes, nrcpts={n}, sender={sender}, msgid={msgid}", "lmtp_delivering")
        for r in rcpts:
            st["msgid"] += 1
            zm("INFO", th, f"name={r};mid={MID[r]};msgid={msgid};ip=127.0.0.1;", "mailop",
               f"Adding Message: id={st['msgid']}, Message-ID={msgid}, parentId=-1, folderId=2, folderName=Inbox, acct={r}.", "mailop_adding")
            if g.r.random() < 0.3:
                zm("INFO", th, f"name={r};mid={MID[r]};msgid={msgid};ip=127.0.0.1;", "filter", f"Executing filter rule \"{g.c(['Eltern', 'Schulamt', 'Newsletter'])}\": fileinto \"{g.c(['Eltern', 'Schulamt', 'Newsletter'])}\"",
                   "filter_fileinto")
        zm("INFO", th, f"msgid={msgid};ip=127.0.0.1;", "lmtp", f"Delivered message to {', '.join(rcpts)}", "lmtp_delivered")

    def imap():
        u = g.c(USERS)
        ip = cip()
        th = f"ImapSSLServer-{g.num(1000, 99999)}"
        ctx = f"name={u};ip={ip};ua={g.c(['Thunderbird/128.5.0', 'iPhone Mail/22B91', 'Outlook/16.0', 'K-9 Mail/6.800'])};protocol=imap;"
        r = g.r.random()
        if r < 0.3:
            zm("INFO", th, f"ip={ip};", "imap", f"user {u} authenticated, mechanism={g.c(['LOGIN', 'PLAIN'])} [TLS]", "imap_authenticated")
        elif r < 0.85:
            for _ in range(g.num(1, 4)):
                zm("INFO", th, ctx, "imap", f"{g.c(['SELECT', 'FETCH', 'UID FETCH', 'IDLE', 'STATUS', 'UID SEARCH', 'LIST'])} elapsed={g.num(0, 200)}", "imap_elapsed")
        else:
            zm("INFO", th, ctx, "imap", f"dropping connection for user {u} (LOGOUT)", "imap_logout")

    def mailop():
        u = g.c(USERS)
        ip = cip()
        ids = ",".join(str(st["msgid"] - g.num(0, 5000)) for _ in range(g.num(1, 4)))
        if g.r.random() < 0.55:
            zm("INFO", web("MsgActionRequest"), wctx(u, ip), "mailop", f"Moving Message (id={ids.split(',')[0]}) to Folder {g.c(['Trash (id=3)', 'Archiv (id=' + str(g.num(257, 900)) + ')', 'Junk (id=4)'])}.",
               "mailop_moving")
        else:
            zm("INFO", web("ItemActionRequest"), wctx(u, ip), "mailop", f"Deleting items: {ids}.", "mailop_deleting")

    def purge():
        u = g.c(USERS)
        zm("INFO", "MailboxPurge", f"name={u};mid={MID[u]};", "purge", "Purging messages.", "purge_start")
        n = g.num(0, 300)
        zm("INFO", "MailboxPurge", f"name={u};mid={MID[u]};", "purge", f"Purged {n} messages from Trash, {g.num(0, 40)} from Junk.", "purge_done")

    def fault():
        u = g.c(USERS)
        ip = cip()
        item = g.num(1000, st["msgid"])
        req = g.c(["GetMsgRequest", "MsgActionRequest", "GetItemRequest"])
        exid = f"qtp{QTP}-{g.num(20, 900)}:https://{HOSTN}/service/soap/{req}:{int(L.t.timestamp() * 1000)}:{g.hx(16)}"
        cont = [(f"com.zimbra.cs.mailbox.MailServiceException$NoSuchItemException: no such item: {item}", "exception_line"), (f"ExceptionId:{exid}", "exception_id"),
                (f"Code:mail.NO_SUCH_ITEM Arg:(itemId, IID, \"{item}\")", "exception_code")]
        cont += [(x, "java_frame") for x in java_frames(g, [("com.zimbra.cs.mailbox.MailServiceException.noSuchItem", "MailServiceException.java"),
                                                           ("com.zimbra.cs.mailbox.Mailbox.getItemById", "Mailbox.java"), ("com.zimbra.cs.mailbox.Mailbox.getMessageById", "Mailbox.java"),
                                                           ("com.zimbra.cs.service.mail.GetMsg.handle", "GetMsg.java"), ("com.zimbra.soap.SoapEngine.dispatchRequest", "SoapEngine.java"),
                                                           ("com.zimbra.soap.SoapEngine.dispatch", "SoapEngine.java"), ("com.zimbra.soap.SoapServlet.doWork", "SoapServlet.java"),
                                                           ("com.zimbra.soap.SoapServlet.doPost", "SoapServlet.java"), ("javax.servlet.http.HttpServlet.service", "HttpServlet.java")])]
        cont.append((f"\t... {g.num(40, 60)} more", "frames_more"))
        zm("INFO", web(req), wctx(u, ip), "SoapEngine", "handler exception", "soap_handler_exception", cont)

    def quota():
        u = g.c(USERS)
        zm("WARN", f"LmtpServer-{g.num(1000, 99999)}", f"name={u};mid={MID[u]};ip=127.0.0.1;", "lmtp", f"rejecting message for {u}: mailbox is over quota ({g.num(1000, 2000)} MB used of 1024 MB)",
           "lmtp_over_quota")

    def index():
        u = g.c(USERS)
        zm("INFO", f"Index-{g.num(1, 4)}", f"name={u};mid={MID[u]};", "index", f"Indexed {g.num(1, 40)} items in {g.num(5, 900)}ms", "index_batch")

    def gc_warn():
        zm("WARN", "Timer-Zimbra", "", "ProvUtil", f"Unable to reach LDAP server ldap://ldap.{DOM}:389: connect timed out ({g.num(3000, 30000)}ms)", "ldap_unreachable")

    ev = [(34, soap), (10, auth), (12, lmtp), (14, imap), (7, mailop), (2, purge), (0.8, fault), (1, quota), (4, index), (0.3, gc_warn)]
    return L.run(slowed(L, ev, 3), None)


# 15 --------------------------------------------------------------- Kannel 1.4.5 bearerbox of an SMS gateway (one-time passwords and reminders for a bank and a clinic chain; binds to two operators' SMSCs over
#   SMPP 3.4), /var/log/kannel/bearerbox.log with log-level = 0 while chasing throttling: "2026-12-01 10:00:00 [2871] [6] DEBUG: message" (pid and thread in
#   brackets); every PDU sent and received dumped field by field ("  sequence_number: 12 = 0x0000000c"), octet strings as hex with their text, enquire_links,
#   submit_sm and its resp, delivery reports and their DLR lookups, throttling errors and back-off, reconnects, smsbox connections, a restart
@checked
def log_kannel(seed):
    L = Log("kannel_bearerbox_log", seed, "full", True, False)
    g = L.g
    SMSCS = {"opA-trx": ("10.200.1.10", 2775, 6), "opB-tx": ("172.31.4.20", 2776, 7), "opB-rx": ("172.31.4.20", 2776, 8)}
    TEXTS = ["Ihr Sicherheitscode: {}", "Your code: {}", "Erinnerung: Termin morgen {} Uhr, Praxis Dr. Weber", "TAN {} fuer Ueberweisung an DE89...3000",
             "Ihr Termin am {} wurde bestaetigt."]
    st = {"pid": g.num(1000, 9000), "seq": {k: g.num(1, 9000) for k in SMSCS}, "ptr": g.num(0x7f0000000000, 0x7fffffffffff), "msgids": []}

    def kn(lv, th, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{st['pid']}] [{th}] {lv}: {msg}", ev, lv)

    def ptr():
        st["ptr"] += g.num(0x40, 0x4000)
        return f"0x{st['ptr']:x}"

    def octets(th, name, data):
        kn("DEBUG", th, f"  {name}:", "pdu_octets_name")
        kn("DEBUG", th, f"   Octet string at {ptr()}:", "octstr_at")
        kn("DEBUG", th, f"     len:  {len(data)}", "octstr_len")
        kn("DEBUG", th, f"     size: {len(data) + 1}", "octstr_size")
        kn("DEBUG", th, "     immutable: 0", "octstr_immutable")
        for k in range(0, len(data), 16):
            chunk = data[k:k + 16]
            hexs = " ".join(f"{ord(c):02x}" for c in chunk)
            text = "".join(c if 32 <= ord(c) < 127 else "." for c in chunk)
            kn("DEBUG", th, f"     data: {hexs:<47}   {text}", "octstr_data")
        kn("DEBUG", th, "   Octet string dump ends.", "octstr_ends")

    def dump(th, smsc, direction, typ, cid, seq, fields, status=0):
        kn("DEBUG", th, f"SMPP[{smsc}]: {'Sending' if direction == 'out' else 'Got'} PDU:", "pdu_sending" if direction == "out" else "pdu_got")
        kn("DEBUG", th, f"SMPP PDU {ptr()} dump:", "pdu_dump")
        kn("DEBUG", th, f"  type_name: {typ}", "pdu_type_name")
        for name, v in [("command_id", cid), ("command_status", status), ("sequence_number", seq)]:
            kn("DEBUG", th, f"  {name}: {v} = 0x{v:08x}", "pdu_int")
        for name, v in fields:
            if isinstance(v, int):
                kn("DEBUG", th, f"  {name}: {v} = 0x{v:08x}", "pdu_int")
            elif v is None:
                kn("DEBUG", th, f"  {name}: NULL", "pdu_null")
            elif isinstance(v, tuple):
                octets(th, name, v[0])
            else:
                kn("DEBUG", th, f"  {name}: \"{v}\"", "pdu_string")
        kn("DEBUG", th, "SMPP PDU dump ends.", "pdu_dump_ends")

    def nextseq(smsc):
        st["seq"][smsc] += 1
        return st["seq"][smsc]

    def enquire(smsc):
        th = SMSCS[smsc][2]
        seq = nextseq(smsc)
        dump(th, smsc, "out", "enquire_link", 0x15, seq, [])
        L.t += dt.timedelta(milliseconds=g.num(20, 300))
        dump(th, smsc, "in", "enquire_link_resp", 0x80000015, seq, [])

    def submit():
        smsc = g.c(["opA-trx", "opA-trx", "opB-tx"])
        th = SMSCS[smsc][2]
        seq = nextseq(smsc)
        src = g.c(["ACMEBANK", "PraxisWeb", "4915112345678"])
        dst = f"49{g.c(['151', '160', '170', '171', '172', '176', '1520'])}{g.num(1000000, 9999999)}"
        text = g.c(TEXTS).format(g.c([str(g.num(100000, 999999)), f"{g.num(7, 18)}:{g.c(['00', '15', '30', '45'])}", f"{g.num(1, 28):02d}.12."]))
        kn("DEBUG", g.num(9, 12), "boxc_receiver: sms received", "boxc_sms_received")
        dump(th, smsc, "out", "submit_sm", 4, seq, [("service_type", None), ("source_addr_ton", 5 if src.isalpha() or not src.isdigit() else 1), ("source_addr_npi", 0 if not src.isdigit() else 1),
                                                   ("source_addr", src), ("dest_addr_ton", 1), ("dest_addr_npi", 1), ("destination_addr", dst), ("esm_class", 3), ("protocol_id", 0),
                                                   ("priority_flag", 0), ("schedule_delivery_time", None), ("validity_period", None), ("registered_delivery", 1),
                                                   ("replace_if_present_flag", 0), ("data_coding", 0), ("sm_default_msg_id", 0), ("sm_length", len(text)), ("short_message", (text,))])
        L.t += dt.timedelta(milliseconds=g.num(30, 900))
        if g.r.random() < 0.08 and smsc == "opA-trx":
            dump(th, smsc, "in", "submit_sm_resp", 0x80000004, seq, [("message_id", None)], status=0x58)
            kn("WARNING", th, f"SMPP[{smsc}]: SMSC returned error code 0x00000058 (Throttling error (ESME has exceeded allowed message limits)) in response to submit_sm.", "smsc_error_code")
            kn("INFO", th, f"SMPP[{smsc}]: Received throttling error, waiting {g.c([1, 2, 5])} sec before sending next PDU.", "throttling_wait")
            return
        mid = g.hx(8).upper() if smsc == "opA-trx" else str(g.num(10 ** 9, 10 ** 10))
        dump(th, smsc, "in", "submit_sm_resp", 0x80000004, seq, [("message_id", mid)])
        kn("DEBUG", th, f"DLR[internal]: Adding DLR smsc={smsc.split('-')[0]}, ts={mid}, src={src}, dst={dst}, mask=31, boxc=sqlbox", "dlr_adding")
        st["msgids"].append((smsc, mid, src, dst, text))

    def deliver():
        if not st["msgids"]:
            return submit()
        smsc, mid, src, dst, text = st["msgids"].pop(g.num(0, len(st["msgids"]) - 1))
        rx = "opB-rx" if smsc.startswith("opB") else smsc
        th = SMSCS[rx][2]
        seq = nextseq(rx)
        stat = g.c(["DELIVRD"] * 8 + ["UNDELIV", "EXPIRED"])
        t0 = L.t - dt.timedelta(seconds=g.num(2, 60))
        dlr = f"id:{mid} sub:001 dlvrd:{'001' if stat == 'DELIVRD' else '000'} submit date:{t0:%y%m%d%H%M} done date:{L.t:%y%m%d%H%M} stat:{stat} err:{'000' if stat == 'DELIVRD' else g.c(['001', '00B', '0FE'])} text:{text[:20]}"
        dump(th, rx, "in", "deliver_sm", 5, seq, [("service_type", None), ("source_addr_ton", 1), ("source_addr_npi", 1), ("source_addr", dst), ("dest_addr_ton", 5), ("dest_addr_npi", 0),
                                                  ("destination_addr", src), ("esm_class", 4), ("protocol_id", 0), ("priority_flag", 0), ("schedule_delivery_time", None),
                                                  ("validity_period", None), ("registered_delivery", 0), ("replace_if_present_flag", 0), ("data_coding", 0), ("sm_default_msg_id", 0),
                                                  ("sm_length", len(dlr)), ("short_message", (dlr,))])
        kn("DEBUG", th, f"DLR[internal]: Looking for DLR smsc={smsc.split('-')[0]}, ts={mid}, dst={src}, type=1", "dlr_looking")
        if g.r.random() < 0.05:
            kn("WARNING", th, f"DLR[internal]: DLR from SMSC<{smsc.split('-')[0]}> for DST<{src}> not found.", "dlr_not_found")
            kn("ERROR", th, f"SMPP[{rx}]: got DLR but could not find message or was not interested in it id<{mid}> dst<{src}>, type<1>", "dlr_not_interested")
        else:
            kn("DEBUG", th, f"DLR[internal]: created DLR message for URL <http://127.0.0.1:8080/dlr?id={g.num(100000, 999999)}&status=%d>", "dlr_created")
        dump(th, rx, "out", "deliver_sm_resp", 0x80000005, seq, [("message_id", None)])

    def reconnect():
        smsc = g.c(list(SMSCS))
        th = SMSCS[smsc][2]
        host, port, _ = SMSCS[smsc]
        kn("ERROR", th, f"SMPP[{smsc}]: I/O error or other error. Re-connecting.", "io_error_reconnecting")
        kn("ERROR", th, f"Error reading from fd {g.num(20, 60)}:", "error_reading_fd")
        kn("ERROR", th, "System error 104: Connection reset by peer", "system_error")
        L.t += dt.timedelta(seconds=g.num(5, 30))
        kn("DEBUG", th, f"Connecting to <{host}>", "connecting_to")
        seq = nextseq(smsc)
        bind = {"opA-trx": ("bind_transceiver", 9), "opB-tx": ("bind_transmitter", 2), "opB-rx": ("bind_receiver", 1)}[smsc]
        dump(th, smsc, "out", bind[0], bind[1], seq, [("system_id", "acmegw" if smsc.startswith("opA") else "ACME01"), ("password", "********"), ("system_type", "VMA"),
                                                     ("interface_version", 0x34), ("addr_ton", 0), ("addr_npi", 0), ("address_range", None)])
        dump(th, smsc, "in", bind[0] + "_resp", bind[1] | 0x80000000, seq, [("system_id", "SMSC" if smsc.startswith("opA") else "opb-smsc-02")])
        kn("INFO", th, f"SMPP[{smsc}]: connected to {host}:{port} ({bind[0].split('_')[1]})", "connected")

    def boxc():
        ip = "127.0.0.1"
        if g.r.random() < 0.5:
            kn("INFO", g.num(3, 5), f"Client connected from <{ip}>", "client_connected")
        else:
            kn("INFO", g.num(9, 12), f"Connection closed by the box <{ip}>", "box_closed")

    def http_admin():
        kn("INFO", 1, f"HTTP: Client connected from <10.200.0.{g.num(5, 40)}>", "http_client")

    def restart():
        kn("INFO", 0, "Kannel bearerbox II version 1.4.5 terminating.", "terminating")
        L.t += dt.timedelta(seconds=30)
        st["pid"] = g.num(1000, 90000)
        startup()

    def startup():
        for text, ev in [("Debug_lvl = 0, log_file = /var/log/kannel/bearerbox.log, log_lvl = 0", "debug_lvl"), ("Added logfile `/var/log/kannel/bearerbox.log' with level `0'.", "added_logfile"),
                         ("Started access logfile `/var/log/kannel/access.log'.", "access_logfile"), ("HTTP: Opening server at port 13000.", "http_opening"),
                         ("BOXC: 'smsbox-max-pending' not set, using default (100).", "smsbox_max_pending"), ("Set SMS resend frequency to 60 seconds.", "resend_freq"),
                         ("SMS resend retry set to unlimited.", "resend_retry"), ("DLR rerouting for smsc id <opA> disabled.", "dlr_rerouting"),
                         ("DLR rerouting for smsc id <opB> disabled.", "dlr_rerouting"), ("DLR using storage type: internal", "dlr_storage"),
                         ("Loading store file `/var/spool/kannel/store.dat'", "loading_store"), (f"Store-Status: loaded {g.num(0, 40)} messages", "store_loaded"),
                         ("----------------------------------------", "dashes"), ("Kannel bearerbox II version 1.4.5 starting", "starting"),
                         ("MAIN: Start-up done, entering mainloop", "mainloop")]:
            kn("INFO", 0, text, ev)
        for smsc, (host, port, th) in SMSCS.items():
            seq = nextseq(smsc)
            bind = {"opA-trx": ("bind_transceiver", 9), "opB-tx": ("bind_transmitter", 2), "opB-rx": ("bind_receiver", 1)}[smsc]
            kn("DEBUG", th, f"Connecting to <{host}>", "connecting_to")
            dump(th, smsc, "out", bind[0], bind[1], seq, [("system_id", "acmegw" if smsc.startswith("opA") else "ACME01"), ("password", "********"), ("system_type", "VMA"),
                                                         ("interface_version", 0x34), ("addr_ton", 0), ("addr_npi", 0), ("address_range", None)])
            dump(th, smsc, "in", bind[0] + "_resp", bind[1] | 0x80000000, seq, [("system_id", "SMSC" if smsc.startswith("opA") else "opb-smsc-02")])
            kn("INFO", th, f"SMPP[{smsc}]: connected to {host}:{port} ({bind[0].split('_')[1]})", "connected")
        kn("INFO", 4, "Client connected from <127.0.0.1>", "client_connected")

    startup()
    ev = [(28, submit), (22, deliver), (0.8, reconnect), (2, boxc), (1, http_admin), (0.1, restart)]
    ev = periodic(L, ev, *[(30, (lambda s: lambda: enquire(s))(smsc), 0.5) for smsc in SMSCS])
    return L.run(slowed(L, ev, 6), None)


# 16 --------------------------------------------------------------- MetaTrader 5 build 4755 on a retail trader's Windows 11 PC running a scalping expert advisor on six symbols (a hedging account at an FX broker),
#   the terminal's Journal files logs\20261123.log, 20261124.log, ... (UTF-16 in the terminal folder, converted and concatenated by the trader): tab-separated columns,
#   a two-letter code, the message type (0, 2 for failures), the time of day with milliseconds, the source (Terminal, Network, Trades, Experts) and the message;
#   start-up facts, logins to access points, market orders and their deals, modifications, stop loss and take profit hits, failed orders, lost connections
@checked
def log_mt5(seed):
    L = Log("metatrader5_journal", seed, "tod", True, True, start=dt.datetime(2026, 11, 23, 7, 58, 12, tzinfo=UTC))
    g = L.g
    ACC = "'51234567'"
    SYMS = {"EURUSD": (1.0850, 5), "GBPUSD": (1.2630, 5), "USDJPY": (151.40, 3), "XAUUSD": (2640.0, 2), "US500": (5980.0, 1), "GER40": (19250.0, 1)}
    APS = ["Access Point EU 3", "Access Point EU 1", "Access Point EU 2", "Access Point UK 1"]
    st = {"order": g.num(2_300_000_000, 2_400_000_000), "deal": g.num(1_900_000_000, 2_000_000_000), "pos": {}, "px": {s: v for s, (v, _) in SYMS.items()}, "online": False}

    def j(typ, src, msg, ev):
        step(L, 150)
        L.emit(f"{g.alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}\t{typ}\t{L.t:%H:%M:%S}.{ms3(L.t)}\t{src}\t{msg}", ev, str(typ), src)

    def price(s):
        nd = SYMS[s][1]
        st["px"][s] *= 1 + g.r.gauss(0, 0.0008)
        return st["px"][s], nd

    def fmt(v, nd):
        return f"{v:.{nd}f}"

    def login():
        ap = g.c(APS)
        j(0, "Network", f"{ACC}: authorized on AcmeMarkets-Live through {ap} (ping: {g.f(15, 60, 2)} ms, build 4755)", "authorized")
        if g.r.random() < 0.5:
            prev = L.t - dt.timedelta(hours=g.num(1, 60))
            j(0, "Network", f"{ACC}: previous successful authorization performed from 85.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)} on {prev:%Y.%m.%d %H:%M:%S}", "previous_auth")
        j(0, "Network", f"{ACC}: terminal synchronized with Acme Markets Ltd: {len(st['pos'])} positions, 0 orders, {g.num(300, 320)} symbols, 0 spreads", "synchronized")
        j(0, "Network", f"{ACC}: trading has been enabled - hedging mode", "trading_enabled")
        st["online"] = True

    def day_start():
        j(0, "Terminal", "MetaTrader 5 x64 build 4755 started for Acme Markets Ltd.", "started")
        j(0, "Terminal", f"Windows 11 build 22631, 8 x Intel Core i7-1165G7  @ 2.80GHz, AVX2, {g.num(6, 10)} / 15 Gb memory, {g.num(110, 130)} / 476 Gb disk, UAC, GMT+1", "system_info")
        j(0, "Terminal", "C:\\Users\\Max\\AppData\\Roaming\\MetaQuotes\\Terminal\\D0E8209F77C8CF37AD8BF550E51FF075", "data_folder")
        for s in SYMS:
            j(0, "Experts", f"expert ScalpRider_v3 ({s},M5) loaded successfully", "expert_loaded")
        L.tick(2)
        login()
        j(0, "Experts", "automated trading is enabled", "autotrading_enabled")

    def day_end():
        for s in SYMS:
            j(0, "Experts", f"expert ScalpRider_v3 ({s},M5) removed", "expert_removed")
        j(0, "Terminal", "exit with code 0", "exit")
        st["online"] = False

    def open_pos():
        if not st["online"]:
            return reconnect()
        s = g.c(list(SYMS))
        side = g.c(["buy", "sell"])
        vol = g.c(["0.10", "0.10", "0.20", "0.05", "0.50", "1.00"]) if s not in ("US500", "GER40") else g.c(["0.10", "0.50", "1.00"])
        px, nd = price(s)
        dist = px * g.r.uniform(0.001, 0.004)
        sl = px - dist if side == "buy" else px + dist
        tp = px + 1.5 * dist if side == "buy" else px - 1.5 * dist
        req = f"market {side} {vol} {s} sl: {fmt(sl, nd)} tp: {fmt(tp, nd)}"
        j(0, "Trades", f"{ACC}: {req}", "market_request")
        if g.r.random() < 0.06:
            j(2, "Trades", f"{ACC}: failed {req} [{g.c(['Requote', 'Invalid stops', 'Market closed', 'Not enough money', 'Off quotes'])}]", "market_failed")
            return
        L.t += dt.timedelta(milliseconds=g.num(20, 300))
        j(0, "Trades", f"{ACC}: accepted {req}", "market_accepted")
        st["order"] += g.num(1, 40)
        st["deal"] += g.num(1, 40)
        fill = px * (1 + g.r.uniform(-0.00005, 0.00005))
        j(0, "Trades", f"{ACC}: deal #{st['deal']} {side} {vol} {s} at {fmt(fill, nd)} done (based on order #{st['order']})", "deal_done")
        j(0, "Trades", f"{ACC}: order #{st['order']} {side} {vol} / {vol} {s} at market done in {g.f(20, 400, 3)} ms", "order_done")
        st["pos"][st["order"]] = (s, side, vol, fill, sl, tp)

    def close_pos():
        if not st["pos"]:
            return open_pos()
        pid = g.c(sorted(st["pos"]))
        s, side, vol, fill, sl, tp = st["pos"].pop(pid)
        px, nd = price(s)
        other = "sell" if side == "buy" else "buy"
        r = g.r.random()
        st["order"] += g.num(1, 40)
        st["deal"] += g.num(1, 40)
        if r < 0.45 and st["online"]:
            req = f"market {other} {vol} {s}, close #{pid} {side} {vol} {s} {fmt(fill, nd)}"
            j(0, "Trades", f"{ACC}: {req}", "close_request")
            j(0, "Trades", f"{ACC}: accepted {req}", "close_accepted")
            j(0, "Trades", f"{ACC}: deal #{st['deal']} {other} {vol} {s} at {fmt(px, nd)} done (based on order #{st['order']})", "deal_done")
            j(0, "Trades", f"{ACC}: order #{st['order']} {other} {vol} / {vol} {s} at market done in {g.f(20, 400, 3)} ms", "order_done")
        else:
            kind, at = ("stop loss", sl) if r < 0.75 else ("take profit", tp)
            j(0, "Trades", f"{ACC}: {kind} triggered #{pid} {side} {vol} {s} {fmt(fill, nd)} sl: {fmt(sl, nd)} tp: {fmt(tp, nd)} [#{st['order']} {other} {vol} {s} at {fmt(at, nd)}]",
              "sl_tp_triggered")
            j(0, "Trades", f"{ACC}: deal #{st['deal']} {other} {vol} {s} at {fmt(at, nd)} done (based on order #{st['order']})", "deal_done")

    def modify():
        if not st["pos"] or not st["online"]:
            return open_pos()
        pid = g.c(sorted(st["pos"]))
        s, side, vol, fill, sl, tp = st["pos"][pid]
        nd = SYMS[s][1]
        nsl = sl + (fill - sl) * g.r.uniform(0.3, 1.0)
        j(0, "Trades", f"{ACC}: modify #{pid} {side} {vol} {s} sl: {fmt(sl, nd)}, tp: {fmt(tp, nd)} -> sl: {fmt(nsl, nd)}, tp: {fmt(tp, nd)}", "modify_request")
        j(0, "Trades", f"{ACC}: accepted modify #{pid} {side} {vol} {s} sl: {fmt(sl, nd)}, tp: {fmt(tp, nd)} -> sl: {fmt(nsl, nd)}, tp: {fmt(tp, nd)}", "modify_accepted")
        j(0, "Trades", f"{ACC}: modify #{pid} {side} {vol} {s} sl: {fmt(sl, nd)}, tp: {fmt(tp, nd)} -> sl: {fmt(nsl, nd)}, tp: {fmt(tp, nd)} done in {g.f(20, 300, 3)} ms", "modify_done")
        st["pos"][pid] = (s, side, vol, fill, nsl, tp)

    def lost():
        if not st["online"]:
            return reconnect()
        j(2, "Network", f"{ACC}: connection to AcmeMarkets-Live lost", "connection_lost")
        st["online"] = False
        L.t += dt.timedelta(seconds=g.num(1, 20))
        j(0, "Network", f"{ACC}: scanning network for access points", "scanning")
        L.t += dt.timedelta(seconds=g.num(1, 15))
        j(0, "Network", f"{ACC}: scanning network finished", "scanning_finished")

    def reconnect():
        if st["online"]:
            return open_pos()
        L.t += dt.timedelta(seconds=g.num(1, 30))
        login()

    day = 0
    while len(L.rows) < N_LINES:
        L.t = dt.datetime(2026, 11, 23 + day, 7, g.num(40, 59), g.num(0, 59), tzinfo=UTC)
        day_start()
        end = L.t.replace(hour=g.num(21, 23), minute=g.num(0, 59))
        ev = [(34, open_pos), (28, close_pos), (10, modify), (2.5, lost), (2, reconnect)]
        while L.t < end and len(L.rows) < N_LINES:
            L.tick(300)
            L.r.choices([f for _, f in ev], [w for w, _ in ev])[0]()
        day_end()
        day += 1
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- OpenMRS 2.6 (Reference Application 2.13, MySQL 8) on Tomcat 9 of a network of rural clinics, /usr/local/tomcat/logs/catalina.out over some days:
#   OpenMRS' log4j2 pattern "%p - %C{1}.%M(%L) |%d{ISO8601}| %m%n" ("INFO - ModuleFactory.startModuleInternal(833) |2026-12-01T06:00:12,345| message": the level
#   first, class, method and line, the time between bars) among Tomcat's own "01-Dec-2026 06:00:03.123 INFO [main] org.apache.catalina... message" lines;
#   module start-up, scheduler tasks, logins and failed logins, REST errors, duplicate identifiers from Hibernate with their stack, c3p0 pool trouble, restarts
@checked
def log_openmrs(seed):
    L = Log("openmrs_catalina_out", seed, "full", True, True, start=dt.datetime(2026, 11, 28, 5, 58, 40, tzinfo=UTC))
    g = L.g
    MODULES = [("legacyui", "1.16.0"), ("webservices.rest", "2.43.0"), ("fhir2", "2.2.0"), ("idgen", "4.14.0"), ("emrapi", "2.1.0"), ("metadatamapping", "1.6.0"),
               ("metadatasharing", "1.9.0"), ("calculation", "1.3.0"), ("serialization.xstream", "0.2.16"), ("providermanagement", "2.14.0"), ("registrationcore", "1.14.0"),
               ("reporting", "1.26.0"), ("htmlformentry", "5.3.0"), ("appframework", "2.17.0"), ("uiframework", "4.0.0"), ("uicommons", "2.25.0"), ("appui", "1.17.0"),
               ("coreapps", "2.1.0"), ("referenceapplication", "2.13.0"), ("referencemetadata", "2.13.0"), ("appointmentscheduling", "1.17.0"), ("allergyui", "1.9.0"),
               ("attachments", "3.5.0"), ("adminui", "1.6.0"), ("event", "2.10.0"), ("owa", "1.15.0")]
    USERS = ["nurse.wanjiru", "dr.otieno", "clerk.achieng", "admin", "lab.kamau", "pharm.njeri", "dr.mwangi"]

    def om(lv, cls, meth, line, msg, ev, cont=()):
        step(L, 120)
        L.emit(f"{lv} - {cls}.{meth}({line}) |{L.t:%Y-%m-%dT%H:%M:%S},{ms3(L.t)}| {msg}", ev, lv, cls)
        for text, cev in cont:
            L.emit(text, cev, lv, cls)

    def tc(lv, th, src, msg, ev, cont=()):
        step(L, 60)
        L.emit(f"{L.t:%d-%b-%Y %H:%M:%S}.{ms3(L.t)} {lv} [{th}] {src} {msg}", ev, lv, src.rsplit(".", 1)[0])
        for text, cev in cont:
            L.emit(text, cev, lv, src.rsplit(".", 1)[0])

    def startup():
        V = "org.apache.catalina.startup.VersionLoggerListener.log"
        for k, v in [("Server version name", "Apache Tomcat/9.0.97"), ("Server built", "Nov 7 2024 15:42:58 UTC"), ("Server version number", "9.0.97.0"), ("OS Name", "Linux"),
                     ("OS Version", "5.15.0-126-generic"), ("Architecture", "amd64"), ("Java Home", "/opt/java/openjdk"), ("JVM Version", "11.0.25+9"), ("JVM Vendor", "Eclipse Adoptium"),
                     ("CATALINA_BASE", "/usr/local/tomcat"), ("CATALINA_HOME", "/usr/local/tomcat")]:
            tc("INFO", "main", V, f"{k + ':':<24}{v}", "tc_version_info")
        for a in ["-Djava.util.logging.config.file=/usr/local/tomcat/conf/logging.properties", "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager", "-Xmx2048m",
                  "-XX:+UseG1GC", "-Dfile.encoding=UTF-8", "-DOPENMRS_INSTALLATION_SCRIPT=/openmrs/openmrs-server.properties", "-Dcatalina.base=/usr/local/tomcat"]:
            tc("INFO", "main", V, f"Command line argument: {a}", "tc_cmdline_arg")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.init", "Initializing ProtocolHandler [\"http-nio-8080\"]", "tc_init_protocol")
        tc("INFO", "main", "org.apache.catalina.startup.Catalina.load", f"Server initialization in [{g.num(500, 1500)}] milliseconds", "tc_server_init")
        tc("INFO", "main", "org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]", "tc_starting_service")
        tc("INFO", "main", "org.apache.catalina.core.StandardEngine.startInternal", "Starting Servlet engine: [Apache Tomcat/9.0.97]", "tc_starting_engine")
        tc("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [/usr/local/tomcat/webapps/openmrs.war]", "tc_deploying")
        L.tick(5)
        om("INFO", "Listener", "contextInitialized", 137, "Starting the OpenMRS webapp", "om_starting")
        om("INFO", "Listener", "setApplicationDataDirectory", 408, "Using runtime properties file: /openmrs/data/openmrs-runtime.properties", "om_runtime_props")
        om("INFO", "OpenmrsUtil", "getApplicationDataDirectory", 1380, "Application data directory: /openmrs/data/", "om_data_dir")
        om("INFO", "DatabaseUpdater", "executeChangelog", 204, "Executing changelog liquibase-update-to-latest-2.6.x.xml: 0 changesets to run", "om_changelog")
        om("INFO", "Listener", "startOpenmrs", 290, "Loading modules from /openmrs/data/modules", "om_loading_modules")
        for m, v in MODULES:
            om("INFO", "ModuleFactory", "loadModule", 213, f"Adding module {m} version {v}", "om_adding_module")
        L.tick(10)
        for m, v in MODULES:
            step(L, 900)
            om("INFO", "ModuleFactory", "startModuleInternal", 833, f"Starting module: {m}", "om_starting_module")
            if m in ("fhir2", "reporting", "idgen"):
                om("INFO", "ModuleUtil", "refreshApplicationContext", 993, f"Refreshing context for module: {m}", "om_refreshing")
        om("INFO", "ModuleUtil", "refreshApplicationContext", 1003, "Refreshing context took " + str(g.num(20000, 90000)) + " ms", "om_refresh_took")
        om("INFO", "Listener", "contextInitialized", 218, "OpenMRS webapp started", "om_started")
        tc("INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", f"Deployment of web application archive [/usr/local/tomcat/webapps/openmrs.war] has finished in [{g.num(60000, 200000):,}] ms", "tc_deployed")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]", "tc_start_protocol")
        tc("INFO", "main", "org.apache.catalina.startup.Catalina.start", f"Server startup in [{g.num(60000, 200000)}] milliseconds", "tc_server_startup")

    def task():
        name, cls, msgs = g.c([("Auto Close Visits Task", "CloseStaleVisitsTask", ["Closing stale visits", "Closed {n} stale visits"]),
                               ("Process Hl7 Task", "ProcessHL7InQueueTask", ["Processing HL7 queue", "Processed {n} HL7 messages"]),
                               ("Mark Appointments As Missed", "MarkAppointmentsAsMissedTask", ["Marking missed appointments", "Marked {n} appointments as missed"]),
                               ("Send Reminder SMS", "AppointmentReminderTask", ["Sending appointment reminders", "Queued {n} reminder messages"])])
        om("INFO", "TimerSchedulerTask", "execute", 48, f"Running task: {name}", "om_running_task")
        om("INFO", cls, "execute", g.num(30, 80), msgs[0], "om_task_" + cls + "_start")
        L.t += dt.timedelta(seconds=g.num(0, 30))
        om("INFO", cls, "execute", g.num(81, 140), msgs[1].format(n=g.num(0, 40)), "om_task_" + cls + "_done")

    def login_fail():
        who = g.c(USERS + ["admin", "Admin", "test"])
        om("INFO", "HibernateContextDAO", "authenticate", 168, f"Failed login attempt (login={who}) - Invalid username and/or password", "om_failed_login")

    def login_lockout():
        who = g.c(USERS)
        om("WARN", "HibernateContextDAO", "authenticate", 152, f"User {who} is locked out due to too many failed login attempts", "om_locked_out")

    def rest_error():
        uuid = g.uuid()
        res = g.c(["patient", "visit", "encounter", "obs", "person", "appointmentscheduling/appointment"])
        if g.r.random() < 0.7:
            om("WARN", "BaseRestController", "handleException", 110, f"Object with given uuid doesn't exist [{uuid}] for resource {res}", "om_rest_warn")
            return
        om("ERROR", "BaseRestController", "handleException", 115, f"Object with given uuid doesn't exist [{uuid}]", "om_rest_no_uuid",
           [("org.openmrs.module.webservices.rest.web.response.ObjectNotFoundException: Object with given uuid doesn't exist [" + uuid + "]", "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("org.openmrs.module.webservices.rest.web.resource.impl.DelegatingCrudResource.retrieve", "DelegatingCrudResource.java"),
                                                       ("org.openmrs.module.webservices.rest.web.v1_0.controller.MainResourceController.retrieve", "MainResourceController.java"),
                                                       ("jdk.internal.reflect.GeneratedMethodAccessor412.invoke", "Unknown Source")])] +
           [("\t... 74 more", "frames_more")])

    def dup_identifier():
        ident = f"MRN-{g.num(100000, 999999)}-{g.num(0, 9)}"
        om("WARN", "SqlExceptionHelper", "logExceptions", 137, "SQL Error: 1062, SQLState: 23000", "om_sql_error")
        om("ERROR", "SqlExceptionHelper", "logExceptions", 142, f"Duplicate entry '{ident}' for key 'patient_identifier.identifier_unique'", "om_sql_duplicate")
        om("ERROR", "RegistrationCoreServiceImpl", "registerPatient", 214, f"Unable to register patient with identifier {ident}", "om_register_failed",
           [("org.hibernate.exception.ConstraintViolationException: could not execute statement", "exception_line")] +
           [(x, "java_frame") for x in java_frames(g, [("org.hibernate.exception.internal.SQLStateConversionDelegate.convert", "SQLStateConversionDelegate.java"),
                                                       ("org.hibernate.exception.internal.StandardSQLExceptionConverter.convert", "StandardSQLExceptionConverter.java"),
                                                       ("org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert", "SqlExceptionHelper.java"),
                                                       ("org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate", "ResultSetReturnImpl.java"),
                                                       ("org.openmrs.api.impl.PatientServiceImpl.savePatient", "PatientServiceImpl.java"),
                                                       ("org.openmrs.module.registrationcore.api.impl.RegistrationCoreServiceImpl.registerPatient", "RegistrationCoreServiceImpl.java")])] +
           [("Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '" + ident + "' for key 'patient_identifier.identifier_unique'", "caused_by")] +
           [(x, "java_frame") for x in java_frames(g, [("com.mysql.cj.jdbc.exceptions.SQLError.createSQLException", "SQLError.java"),
                                                       ("com.mysql.cj.jdbc.ClientPreparedStatement.executeUpdateInternal", "ClientPreparedStatement.java")])] +
           [(f"\t... {g.num(80, 120)} more", "frames_more")])

    def c3p0():
        om("WARN", "BasicResourcePool$ScatteredAcquireTask", "run", 1139, f"com.mchange.v2.resourcepool.BasicResourcePool$ScatteredAcquireTask@{g.hx(8)} -- Acquisition Attempt Failed!!! "
           "Clearing pending acquires. While trying to acquire a needed new resource, we failed to succeed more than the maximum number of allowed acquisition attempts (30). "
           "Last acquisition attempt exception: ", "om_c3p0_failed",
           [("com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure", "exception_line"), ("", "blank"),
            ("The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.", "exception_text")] +
           [(x, "java_frame") for x in java_frames(g, [("com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException", "SQLError.java"),
                                                       ("com.mysql.cj.jdbc.ConnectionImpl.createNewIO", "ConnectionImpl.java"),
                                                       ("com.mchange.v2.c3p0.DriverManagerDataSource.getConnection", "DriverManagerDataSource.java"),
                                                       ("com.mchange.v2.resourcepool.BasicResourcePool$ScatteredAcquireTask.run", "BasicResourcePool.java")])])

    def bad_request():
        tc("INFO", f"http-nio-8080-exec-{g.num(1, 40)}", "org.apache.coyote.http11.Http11Processor.service", "Error parsing HTTP request header", "tc_parse_error",
           [(" Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.", "tc_parse_note"),
            (f"\tjava.lang.IllegalArgumentException: Invalid character found in method name [{g.c(['0x160x030x010x00', 'SSTP_DUPLEX_POST', 'CNXN0x000x000x000x01'])}...]. HTTP method names must be tokens",
             "tc_parse_exception")] + [(f"\t\tat {m}({f}:{g.num(40, 900)})", "tc_frame") for m, f in
                                       [("org.apache.coyote.http11.Http11InputBuffer.parseRequestLine", "Http11InputBuffer.java"),
                                        ("org.apache.coyote.http11.Http11Processor.service", "Http11Processor.java"),
                                        ("org.apache.coyote.AbstractProcessorLight.process", "AbstractProcessorLight.java"),
                                        ("java.base/java.lang.Thread.run", "Thread.java")]])

    def search_index():
        om("INFO", "HibernateContextDAO", "updateSearchIndex", 480, "Updating the search index... It may take a few minutes.", "om_search_index_start")
        L.t += dt.timedelta(minutes=g.num(1, 8))
        om("INFO", "HibernateContextDAO", "updateSearchIndex", 491, "Finished updating the search index", "om_search_index_done")

    def restart():
        tc("INFO", "main", "org.apache.catalina.core.StandardServer.await", "A valid shutdown command was received via the shutdown port. Stopping the Server instance.", "tc_shutdown_cmd")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.pause", "Pausing ProtocolHandler [\"http-nio-8080\"]", "tc_pausing")
        tc("INFO", "main", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]", "tc_stopping")
        om("INFO", "Listener", "contextDestroyed", 606, "Shutting down the OpenMRS webapp", "om_shutting_down")
        for _ in range(g.num(1, 3)):
            tc("WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
               f"The web application [openmrs] appears to have started a thread named [{g.c(['OpenMRS TimerSchedulerTask', 'C3P0PooledConnectionPoolManager[identityToken->' + g.alnum(12) + ']-HelperThread-#0', 'Abandoned connection cleanup thread'])}] "
               "but has failed to stop it. This is very likely to create a memory leak.", "tc_thread_leak")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.stop", "Stopping ProtocolHandler [\"http-nio-8080\"]", "tc_stop_protocol")
        tc("INFO", "main", "org.apache.coyote.AbstractProtocol.destroy", "Destroying ProtocolHandler [\"http-nio-8080\"]", "tc_destroy_protocol")
        L.t += dt.timedelta(minutes=g.num(1, 10))
        startup()

    startup()
    ev = [(30, task), (16, login_fail), (1, login_lockout), (14, rest_error), (3, dup_identifier), (0.8, c3p0), (5, bad_request), (2, search_index), (0.4, restart)]
    return L.run(slowed(L, ev, 600), None)


# 18 --------------------------------------------------------------- Kodi 21.1 "Omega" on LibreELEC 12 (a living-room HTPC, media on a NAS over NFS), /storage/.kodi/temp/kodi.log over some days (the box stays on):
#   "2026-12-01 19:00:00.123 T:1234     info <general>: message" (milliseconds, the thread id, the level right-aligned, the logger in angle brackets); the start-up
#   report, special:// paths, add-ons found, audio devices listed as indented lines, playback of films and episodes (input stream, demuxer, codecs, audio sink,
#   the threads stopping), NFS and scraper errors, Python add-on exceptions whose report continues on indented lines under the message, JSON-RPC clients
@checked
def log_kodi(seed):
    L = Log("kodi_log", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 18, 41, 7, tzinfo=UTC))
    g = L.g
    MAIN = g.num(900, 1500)
    MEDIA = [("nfs://192.168.1.10/volume1/media/movies/Dune Part Two (2024)/Dune Part Two (2024).mkv", 27, "hevc", 86019),
             ("nfs://192.168.1.10/volume1/media/movies/Paddington in Peru (2024)/Paddington in Peru (2024).mkv", 173, "hevc", 86020),
             ("nfs://192.168.1.10/volume1/media/tv/Bluey/Season 3/Bluey - S03E12 - Sleepytime.mkv", 27, "h264", 86018),
             ("nfs://192.168.1.10/volume1/media/tv/Severance/Season 2/Severance - S02E03.mkv", 173, "hevc", 86056),
             ("nfs://192.168.1.10/volume1/media/tv/The Expanse/Season 2/The Expanse - S02E05 - Home.mkv", 27, "h264", 86018),
             ("nfs://192.168.1.10/volume1/media/music/Radiohead/OK Computer/01 - Airbag.flac", None, None, 86028)]
    ADDONS = [("script.module.requests", "2.31.0"), ("script.module.urllib3", "2.1.0"), ("plugin.video.youtube", "7.1.1"), ("script.module.inputstreamhelper", "0.7.0"),
              ("metadata.themoviedb.org.python", "2.1.4"), ("metadata.tvshows.themoviedb.org.python", "1.7.5"), ("service.subtitles.opensubtitles-com", "1.0.6"),
              ("plugin.video.jellyfin", "1.0.5"), ("skin.estuary", "21.0.8"), ("script.skinshortcuts", "2.0.3"), ("service.libreelec.settings", "12.0.1"),
              ("inputstream.adaptive", "21.5.6"), ("pvr.hts", "21.2.5"), ("script.module.pil", "5.1.0")]

    def kd(lv, msg, ev, tid=None, comp="general", cont=()):
        step(L, 40)
        head = f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} T:{tid or MAIN:<5} {lv:>7} <{comp}>: "
        L.emit(head + msg, ev, lv, comp)
        for text, cev in cont:
            L.emit(" " * len(head) + text, cev, lv, comp)

    def startup():
        kd("info", "-----------------------------------------------------------------------", "rule")
        kd("info", "Starting Kodi (21.1 (21.1.0) Git:21.1-Omega). Platform: Linux x86 64-bit", "starting_kodi")
        kd("info", "Using Release Kodi x64", "using_release")
        kd("info", "Kodi compiled 2024-09-02 by GCC 13.2.0 for Linux x86 64-bit version 6.6.53 (394805)", "compiled")
        kd("info", "Running on LibreELEC (official): 12.0.1, kernel: Linux x86 64-bit version 6.6.53", "running_on")
        kd("info", "FFmpeg version/source: 6.0.1-Kodi", "ffmpeg_version")
        kd("info", "Host CPU: Intel(R) N100, 4 cores available", "host_cpu")
        kd("info", "Product: Intel Corporation, Board: ASRock N100DC-ITX", "product")
        kd("info", "System has 15.4 GB of RAM installed", "ram")
        kd("info", "The executable running is: /usr/lib/kodi/kodi.bin", "executable")
        kd("info", "Local hostname: LibreELEC", "hostname")
        kd("info", "Log File is located: /storage/.kodi/temp//kodi.log", "log_file")
        kd("info", "-----------------------------------------------------------------------", "rule")
        for sp, path in [("xbmc", "/usr/share/kodi"), ("xbmcbin", "/usr/lib/kodi"), ("xbmcbinaddons", "/usr/lib/kodi/addons"), ("masterprofile", "/storage/.kodi/userdata"),
                         ("envhome", "/storage"), ("home", "/storage/.kodi/"), ("temp", "/storage/.kodi/temp"), ("logpath", "/storage/.kodi/temp")]:
            kd("info", f"special://{sp}/ is mapped to: {path}", "special_mapped")
        kd("info", "The special://profile/ is mapped to: special://masterprofile/", "profile_mapped")
        L.tick(1)
        kd("info", "Enumerated ALSA devices:", "alsa_enumerated")
        for k, (dev, name, ch) in enumerate([("hdmi:CARD=PCH,DEV=0", "HDA Intel PCH, LG TV SSCR2 on HDMI #0", "FL, FR"),
                                             ("hdmi:CARD=PCH,DEV=1", "HDA Intel PCH, HDMI #1", "FL, FR"), ("sysdefault:CARD=PCH", "HDA Intel PCH, ALC897 Analog", "FL, FR")], 1):
            kd("info", f"    Device {k}", "alsa_device_heading")
            for key, val in [("m_deviceName", dev), ("m_displayName", name.split(",")[0]), ("m_displayNameExtra", name.split(", ", 1)[1]), ("m_deviceType", "AE_DEVTYPE_HDMI" if "hdmi" in dev else "AE_DEVTYPE_PCM"),
                             ("m_channels", ch), ("m_sampleRates", "32000,44100,48000,88200,96000,176400,192000"), ("m_dataFormats", "AE_FMT_S32NE,AE_FMT_S16NE,AE_FMT_S16LE,AE_FMT_S16BE,AE_FMT_FLOAT")]:
                kd("info", f"        {key:<18}: {val}", "alsa_device_field")
        L.tick(1)
        for a, v in ADDONS:
            kd("info", f"ADDON: {a} v{v} installed", "addon_installed")
        kd("info", "Loading skin file: Home.xml, load type: KEEP_IN_MEMORY", "loading_skin")
        kd("info", "WebServer: Started", "webserver_started")
        kd("info", "JSONRPC Server: Successfully initialized", "jsonrpc_init")

    def play():
        path, vcid, vcodec, acid = g.c(MEDIA)
        tid = g.num(1500, 9000)
        kd("info", f"VideoPlayer::OpenFile: {path}", "open_file")
        kd("info", "Creating InputStream", "creating_inputstream", tid)
        if g.r.random() < 0.06:
            kd("error", "NFS: Failed to mount nfs share: /volume1/media (mount_cb: RPC error: Mount failed with error MNT3ERR_ACCES(13) Permission denied(13))", "nfs_mount_failed", tid)
            kd("error", f"CVideoPlayer::OpenInputStream - error opening [{path}]", "open_inputstream_error", tid)
            kd("info", "CVideoPlayer::OnExit()", "on_exit", tid)
            return
        kd("info", "Creating Demuxer", "creating_demuxer", tid)
        kd("info", "Opening stream: 0 source: 256", "opening_stream", tid)
        if vcid:
            kd("info", f"Creating video codec with codec id: {vcid}", "creating_video_codec", tid)
            kd("info", f"CDVDVideoCodecDRMPRIME::Open - using decoder {'HEVC (High Efficiency Video Coding)' if vcodec == 'hevc' else 'H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10'}", "drmprime_open", tid)
            kd("info", "Creating video thread", "creating_video_thread", tid)
            kd("info", "running thread: video_thread", "running_video_thread", tid + 1)
        kd("info", "Opening stream: 1 source: 256", "opening_stream", tid)
        ch = g.c([2, 6, 8])
        kd("info", f"Finding audio codec for: {acid}", "finding_audio_codec", tid)
        kd("info", f"CDVDAudioCodecFFmpeg::Open() Successful opened audio decoder {g.c(['eac3', 'ac3', 'dts', 'aac', 'truehd', 'flac'])}", "audio_decoder_opened", tid)
        kd("info", f"Creating audio stream (codec id: {acid}, channels: {ch}, sample rate: 48000, no pass-through)", "creating_audio_stream", tid)
        kd("info", "Creating audio thread", "creating_audio_thread", tid)
        kd("info", "running thread: CVideoPlayerAudio::Process()", "running_audio_thread", tid + 2)
        kd("info", "CActiveAESink::OpenSink - initialize sink", "open_sink", tid + 3)
        kd("info", "CAESinkALSA::Initialize - Attempting to open device \"hdmi:CARD=PCH,DEV=0\"", "alsa_attempting", tid + 3)
        kd("info", "CAESinkALSA::Initialize - Opened device \"hdmi:CARD=PCH,DEV=0\"", "alsa_opened", tid + 3)
        kd("info", "CAESinkALSA::Initialize - Your hardware does not support AE_FMT_FLOAT, trying other formats", "alsa_no_float", tid + 3)
        kd("info", "CAESinkALSA::Initialize - Using data format AE_FMT_S32NE", "alsa_format", tid + 3)
        if g.r.random() < 0.3:
            kd("warning", f"CDVDMessageQueue({g.c(['video', 'audio'])})::Get - asked for new data packet, with nothing available", "queue_nothing", tid + 1)
        if g.r.random() < 0.2:
            kd("error", "CCurlFile::Stat - Failed: HTTP response code said error(22) for https://api.opensubtitles.com/api/v1/subtitles?imdb_id=" + str(g.num(1000000, 9999999)), "curl_stat_failed", tid + 4)
        L.t += dt.timedelta(minutes=g.num(2, 110))
        kd("info", "CVideoPlayer::CloseFile()", "close_file")
        kd("info", "VideoPlayer: waiting for threads to exit", "waiting_threads", tid)
        kd("info", "CVideoPlayer::OnExit()", "on_exit", tid)
        kd("info", "Closing stream player 1", "closing_stream_player", tid)
        kd("info", "Closing audio stream", "closing_audio_stream", tid)
        kd("info", "Waiting for audio thread to exit", "waiting_audio", tid)
        kd("info", "thread end: CVideoPlayerAudio::OnExit()", "audio_thread_end", tid + 2)
        kd("info", "Deleting audio codec", "deleting_audio_codec", tid)
        if vcid:
            kd("info", "Closing stream player 2", "closing_stream_player", tid)
            kd("info", "Closing video stream", "closing_video_stream", tid)
            kd("info", "Waiting for video thread to exit", "waiting_video", tid)
            kd("info", "thread end: video_thread", "video_thread_end", tid + 1)
            kd("info", "Deleting video codec", "deleting_video_codec", tid)
        kd("info", "VideoPlayer: finished waiting", "finished_waiting")

    def python_error():
        addon, script, err, line_ = g.c([("service.subtitles.opensubtitles-com", "service.py", ("KeyError", "'data'"), "    results = response.json()['data']"),
                                         ("plugin.video.jellyfin", "jellyfin/database/__init__.py", ("sqlite3.OperationalError", "database is locked"), "    self.cursor.execute(query, args)"),
                                         ("metadata.tvshows.themoviedb.org.python", "libs/tmdb.py", ("TypeError", "'NoneType' object is not subscriptable"), "    show_info['id'] = ids['tmdb']")])
        path = f"/storage/.kodi/addons/{addon}/{script}"
        cont = [("- NOTE: IGNORING THIS CAN LEAD TO MEMORY LEAKS!", "py_note"), (f"Error Type: <class '{err[0]}'>", "py_error_type"), (f"Error Contents: {err[1]}", "py_error_contents"),
                ("Traceback (most recent call last):", "tb_head"), (f'  File "{path}", line {g.num(20, 400)}, in <module>', "tb_file"), ("    main()", "tb_code"),
                (f'  File "{path}", line {g.num(20, 400)}, in {g.c(["search", "run", "update_library", "get_show"])}', "tb_file"), (line_, "tb_code"),
                (f"{err[0]}: {err[1]}", "tb_exception"), ("-->End of Python script error report<--", "py_end_report")]
        kd("error", "EXCEPTION Thrown (PythonToCppException) : -->Python callback/script returned the following error<--", "python_exception", g.num(1500, 9000), cont=cont)

    def jsonrpc():
        kd("info", "JSONRPC Server: New connection detected", "jsonrpc_new", g.num(1500, 9000))
        if g.r.random() < 0.4:
            kd("info", "JSONRPC Server: Disconnection detected", "jsonrpc_disconnect", g.num(1500, 9000))

    def scraper():
        tid = g.num(1500, 9000)
        kd("info", "VideoInfoScanner: Starting scan ..", "scan_start", tid)
        if g.r.random() < 0.3:
            kd("error", "CCurlFile::FillBuffer - Failed: Timeout was reached(28)", "curl_fill_failed", tid)
            kd("error", f"CCurlFile::Open failed with code 0 for https://api.themoviedb.org/3/search/tv?query={g.c(['Severance', 'Bluey', 'The%20Expanse'])}&language=de-DE", "curl_open_failed", tid)
        kd("info", f"VideoInfoScanner: Finished scan. Scanning for video info took 00:{g.num(0, 9):02d}", "scan_finished", tid)

    def idle():
        kd("info", g.c(["Loading skin file: DialogBusy.xml, load type: LOAD_EVERY_TIME", "Loading skin file: MyVideoNav.xml, load type: KEEP_IN_MEMORY",
                        "Loading skin file: DialogVideoInfo.xml, load type: KEEP_IN_MEMORY"]), "loading_skin")

    startup()
    ev = [(40, play), (5, python_error), (12, jsonrpc), (8, scraper), (20, idle)]
    return L.run(slowed(L, ev, 90), None)


# 19 --------------------------------------------------------------- Patroni 4.0.4 with etcd 3.5 managing PostgreSQL 16 on pg-node2 of a three-node cluster (Debian 12), `journalctl -u patroni -o short-iso`:
#   journald's "2026-12-01T10:00:00+0000 pg-node2 patroni[1234]: " before Patroni's own "2026-12-01 10:00:00,123 INFO: message" (a second time, with
#   milliseconds, and the level); the heartbeat every ten seconds, etcd timeouts and urllib3 retries, a failover that promotes this node and later a switchover
#   back with pg_rewind, whose output and PostgreSQL's and pg_ctl's own lines come through Patroni's stdout with their own layouts, systemd's lines
@checked
def log_patroni(seed):
    L = Log("patroni_journal", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 0, 0, 3, tzinfo=UTC))
    g = L.g
    HOST = "pg-node2"
    ME = "pg-node2"
    NODES = {"pg-node1": "10.0.1.11", "pg-node2": "10.0.1.12", "pg-node3": "10.0.1.13"}
    ETCD = ["http://10.0.1.21:2379", "http://10.0.1.22:2379", "http://10.0.1.23:2379"]
    st = {"pid": g.num(600, 1200), "leader": "pg-node1", "tl": 7, "lsn": g.num(0x50, 0x60), "pgpid": g.num(1300, 3000)}

    def jr(text, ev, lv=None, comp="patroni", pid=None):
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}+0000 {HOST} {comp}[{pid or st['pid']}]: {text}", ev, lv, comp)

    def pa(lv, msg, ev):
        step(L, 20)
        jr(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv}: {msg}", ev, lv)

    def pg(lv, msg, ev):
        step(L, 5)
        jr(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} UTC [{st['pgpid']}] {lv}:  {msg}", ev, lv)

    def plain(text, ev):
        step(L, 5)
        jr(text, ev)

    def heartbeat():
        if st["leader"] == ME:
            pa("INFO", f"no action. I am ({ME}), the leader with the lock", "hb_leader")
        elif st["leader"] is None:
            pa("INFO", f"no action. I am ({ME}), a secondary, and following a leader (None)", "hb_secondary")
        else:
            pa("INFO", f"no action. I am ({ME}), a secondary, and following a leader ({st['leader']})", "hb_secondary")

    def etcd_trouble():
        srv = g.c(ETCD)
        host = srv.split("//")[1].split(":")[0]
        pa("WARNING", f"Retrying (Retry(total=0, connect=None, read=None, redirect=0, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPConnectionPool(host='{host}', "
           f"port=2379): Read timed out. (read timeout={g.c(['3.3333333333333335', '1.6666666666666667'])})\")': /v3/kv/range", "urllib3_retrying")
        if g.r.random() < 0.5:
            pa("ERROR", f"Request to server {srv} failed: MaxRetryError(\"HTTPConnectionPool(host='{host}', port=2379): Max retries exceeded with url: /v3/kv/range "
               f"(Caused by ReadTimeoutError(\"HTTPConnectionPool(host='{host}', port=2379): Read timed out. (read timeout=3.333333333333333)\"))\")", "etcd_request_failed")
            pa("INFO", "Reconnection allowed, looking for another server.", "reconnection_allowed")
            pa("INFO", f"Selected new etcd server {g.c([e for e in ETCD if e != srv])}", "selected_etcd")

    def failover():
        if st["leader"] != "pg-node1":
            return switchover()
        old = st["leader"]
        st["leader"] = None
        pa("WARNING", f"Request failed to {old}: GET http://{NODES[old]}:8008/patroni (HTTPConnectionPool(host='{NODES[old]}', port=8008): Max retries exceeded with url: /patroni "
           f"(Caused by ConnectTimeoutError(<urllib3.connection.HTTPConnection object at 0x7f{g.hx(10)}>, 'Connection to {NODES[old]} timed out. (connect timeout=2)')))", "request_failed")
        pa("INFO", f"Got response from pg-node3 http://{NODES['pg-node3']}:8008/patroni: {{\"state\": \"running\", \"postmaster_start_time\": \"2026-11-20 03:11:52.123456+00:00\", "
           f"\"role\": \"replica\", \"server_version\": 160006, \"xlog\": {{\"received_location\": {g.num(10 ** 9, 2 * 10 ** 9)}, \"replayed_location\": {g.num(10 ** 9, 2 * 10 ** 9)}, "
           f"\"replayed_timestamp\": \"{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}+00:00\", \"paused\": false}}, \"timeline\": {st['tl']}, \"cluster_unlocked\": true, "
           f"\"dcs_last_seen\": {int(L.t.timestamp())}, \"database_system_identifier\": \"7312345678901234567\", \"patroni\": {{\"version\": \"4.0.4\", \"scope\": \"pg-main\", \"name\": \"pg-node3\"}}}}",
           "got_response")
        pa("WARNING", "Could not activate Linux watchdog device: Can't open watchdog device: [Errno 2] No such file or directory: '/dev/watchdog'", "watchdog_warning")
        pa("INFO", "promoted self to leader by acquiring session lock", "promoted_self")
        plain("waiting for server to promote.... done", "pg_ctl_promoting")
        plain("server promoted", "pg_ctl_promoted")
        st["tl"] += 1
        pa("INFO", "cleared rewind state after becoming the leader", "cleared_rewind")
        st["leader"] = ME
        pa("INFO", "Assigning synchronous standby status to ['pg-node3']", "assigning_sync")
        pa("INFO", "Synchronous standby status assigned to ['pg-node3']", "sync_assigned")

    def switchover():
        if st["leader"] != ME:
            return etcd_trouble()
        new = "pg-node1"
        pa("INFO", f"received switchover request with leader={ME} candidate={new} scheduled_at=None", "switchover_request")
        pa("INFO", f"Got response from {new} http://{NODES[new]}:8008/patroni: {{\"state\": \"running\", \"role\": \"replica\", \"timeline\": {st['tl']}}}", "got_response")
        pa("INFO", "Lock owner: pg-node2; I am pg-node2", "lock_owner")
        pa("INFO", "switchover: demoting myself", "demoting")
        plain("waiting for server to shut down.... done", "pg_ctl_shutdown")
        plain("server stopped", "pg_ctl_stopped")
        pa("INFO", "Leader key released", "leader_released")
        pa("INFO", f"Lock owner: {new}; I am {ME}", "lock_owner")
        pa("INFO", "switchover: demote in progress", "demote_in_progress")
        L.t += dt.timedelta(seconds=g.num(2, 6))
        pa("INFO", f"Local timeline={st['tl']} lsn=0/{st['lsn']:X}0000A0", "local_timeline")
        pa("INFO", f"primary_timeline={st['tl'] + 1}", "primary_timeline")
        pa("INFO", f"running pg_rewind from {new}", "running_rewind")
        plain(f"pg_rewind: servers diverged at WAL location 0/{st['lsn']:X}0000A0 on timeline {st['tl']}", "rewind_diverged")
        plain(f"pg_rewind: rewinding from last common checkpoint at 0/{st['lsn'] - 1:X}000060 on timeline {st['tl']}", "rewind_rewinding")
        plain("pg_rewind: Done!", "rewind_done")
        pa("INFO", "pg_rewind exit code=0", "rewind_exit")
        st["tl"] += 1
        st["lsn"] += g.num(1, 4)
        st["pgpid"] = g.num(1300, 90000)
        start_pg()
        st["leader"] = new
        pa("INFO", f"Lock owner: {new}; I am {ME}", "lock_owner")
        pa("INFO", "establishing a new patroni restapi connection to postgres", "restapi_connection")

    def start_pg():
        pa("INFO", "starting as a secondary", "starting_secondary")
        pg("LOG", "redirecting log output to logging collector process", "pg_redirecting")
        pg("HINT", "Future log output will appear in directory \"log\".", "pg_hint_log_dir")
        plain("localhost:5432 - rejecting connections", "pg_isready_rejecting")
        L.t += dt.timedelta(seconds=g.num(1, 3))
        plain("localhost:5432 - accepting connections", "pg_isready_accepting")

    def restart():
        jr("Stopping patroni.service - Runners to orchestrate a high-availability PostgreSQL...", "systemd_stopping", comp="systemd", pid=1)
        jr("patroni.service: Deactivated successfully.", "systemd_deactivated", comp="systemd", pid=1)
        jr("Stopped patroni.service - Runners to orchestrate a high-availability PostgreSQL.", "systemd_stopped", comp="systemd", pid=1)
        jr(f"patroni.service: Consumed {g.num(1, 59)}min {g.num(0, 59)}.{g.num(100, 999)}s CPU time.", "systemd_consumed", comp="systemd", pid=1)
        L.t += dt.timedelta(seconds=g.num(1, 5))
        jr("Started patroni.service - Runners to orchestrate a high-availability PostgreSQL.", "systemd_started", comp="systemd", pid=1)
        st["pid"] = g.num(1000, 90000)
        pa("INFO", f"Selected new etcd server {g.c(ETCD)}", "selected_etcd")
        pa("INFO", "No PostgreSQL configuration items changed, nothing to reload.", "no_config_change")
        pa("INFO", f"Lock owner: {st['leader']}; I am {ME}", "lock_owner")
        pa("INFO", "establishing a new patroni heartbeat connection to postgres", "heartbeat_connection")

    t0 = L.t
    script = [(t0 + dt.timedelta(hours=1, minutes=g.num(10, 50)), failover), (t0 + dt.timedelta(hours=2, minutes=g.num(30, 59)), restart),
              (t0 + dt.timedelta(hours=3, minutes=g.num(20, 59)), switchover)]

    def scripted():
        while script and script[0][0] <= L.t:
            script.pop(0)[1]()
        if g.r.random() < 0.35:
            etcd_trouble()

    ev = periodic(L, [(1, scripted)], (10, heartbeat, 0.05))
    return L.run(slowed(L, ev, 400), None)


# 20 --------------------------------------------------------------- cloud-init 24.4 (Ubuntu 24.04 AMI) on an EC2 build agent of an autoscaling group, /var/log/cloud-init.log of its first boot and the nightly reboots after patching:
#   Python logging's "2026-12-01 10:00:00,123 - util.py[DEBUG]: message" (the module's file name and the level in brackets); the four stages (init-local, init,
#   modules:config, modules:final) with their start and finish events, reading and writing files, running commands, the IMDSv2 metadata crawl, network
#   configuration, each config module running or "already ran", apt and a user-data script that fails with its traceback and the process error on its own lines
@checked
def log_cloudinit(seed):
    L = Log("cloud_init_log", seed, "full", True, True, start=dt.datetime(2026, 12, 1, 9, 14, 2, tzinfo=UTC))
    g = L.g
    IID = "i-0" + g.hx(16)
    IP = f"10.0.{g.num(10, 40)}.{g.num(2, 250)}"
    HOSTN = "ip-" + IP.replace(".", "-")
    MAC = "0a:" + ":".join(g.hx(2) for _ in range(5))
    VER = "24.4-0ubuntu1~24.04.2"
    st = {"up": 0.0, "first": True}
    PY = "/usr/lib/python3/dist-packages/cloudinit"

    def ci(f, lv, msg, ev, cont=()):
        step(L, 8)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} - {f}[{lv}]: {msg}", ev, lv, f)
        for text, cev in cont:
            L.emit(text, cev, lv, f)

    def read(path, n=None):
        ci("util.py", "DEBUG", f"Reading from {path} (quiet=False)", "reading_from")
        ci("util.py", "DEBUG", f"Read {n or g.num(10, 5000)} bytes from {path}", "read_bytes")

    def write(path, mode="wb", perm=644, n=None):
        ci("util.py", "DEBUG", f"Writing to {path} - {mode}: [{perm}] {n or g.num(1, 4000)} bytes", "writing_to")

    def run(cmd, capture=True):
        ci("subp.py", "DEBUG", f"Running command {cmd!r} with allowed return codes [0] (shell=False, capture={capture})", "running_command")

    def uptime_line(mode, secs):
        read("/proc/uptime", g.num(11, 14))
        ci("util.py", "DEBUG", f"cloud-init mode '{mode}' took {secs:.3f} seconds ({secs:.2f})", "mode_took")

    def imds(path, size):
        url = f"http://169.254.169.254/{path}"
        hdr = "'X-aws-ec2-metadata-token-ttl-seconds': 'REDACTED'" if "api/token" in path else "'X-aws-ec2-metadata-token': 'REDACTED'"
        ci("url_helper.py", "DEBUG", f"[0/1] open '{url}' with {{'url': '{url}', 'stream': False, 'allow_redirects': True, 'method': '{'PUT' if 'api/token' in path else 'GET'}', "
                                     f"'timeout': {'1.0' if 'api/token' in path else '5.0'}, 'headers': {{'User-Agent': 'Cloud-Init/{VER}', {hdr}}}}} configuration", "url_open")
        ci("url_helper.py", "DEBUG", f"Read from {url} ({200}, {size}b) after 1 attempts", "url_read")

    def stage_head(mode, name):
        st["up"] += g.r.uniform(0.3, 3)
        ci("util.py", "DEBUG", f"Cloud-init v. {VER} running '{name}' at {L.t:%a, %d %b %Y %H:%M:%S} +0000. Up {st['up']:.2f} seconds.", "running_stage")
        ci("main.py", "INFO", f"PID [1] started cloud-init '{name}'.", "pid_started")
        if name == "init-local":
            ci("main.py", "DEBUG", "No kernel command line url found.", "no_cmdline_url")
        ci("main.py", "DEBUG", "Closing stdin.", "closing_stdin")
        write("/var/log/cloud-init-output.log", "ab", 640, 0)
        ci("util.py", "DEBUG", "Changing the ownership of /var/log/cloud-init.log to 102:4", "changing_ownership")
        ci("util.py", "DEBUG", "Changing the ownership of /var/log/cloud-init-output.log to 102:4", "changing_ownership")

    def init_local():
        stage_head("init", "init-local")
        write("/var/lib/cloud/data/python-version", n=4)
        run(["ip", "--json", "addr"])
        run(["ip", "-4", "route", "show", "0.0.0.0/0"])
        ci("util.py", "DEBUG", "Attempting to remove /var/lib/cloud/instance/boot-finished", "attempting_remove")
        ci("util.py", "DEBUG", "Attempting to remove /var/lib/cloud/data/no-net", "attempting_remove")
        ci("handlers.py", "DEBUG", "start: init-local/check-cache: attempting to read from cache [check]", "start_event")
        if st["first"]:
            ci("util.py", "DEBUG", "Reading from /var/lib/cloud/instance/obj.pkl (quiet=False)", "reading_from")
            ci("stages.py", "DEBUG", "no cache found", "no_cache")
            ci("handlers.py", "DEBUG", "finish: init-local/check-cache: SUCCESS: no cache found", "finish_event")
            ci("util.py", "DEBUG", "Attempting to remove /var/lib/cloud/instance", "attempting_remove")
        else:
            read("/var/lib/cloud/instance/obj.pkl", g.num(6000, 9000))
            ci("stages.py", "DEBUG", "restored from cache with run check: DataSourceEc2Local", "restored_cache")
            ci("handlers.py", "DEBUG", "finish: init-local/check-cache: SUCCESS: restored from cache with run check: DataSourceEc2Local", "finish_event")
        ci("stages.py", "DEBUG", "Using distro class <class 'cloudinit.distros.ubuntu.Distro'>", "distro_class")
        if st["first"]:
            ci("__init__.py", "DEBUG", "Looking for data source in: ['Ec2', 'None'], via packages ['', 'cloudinit.sources'] that matches dependencies ['FILESYSTEM']", "looking_for_ds")
            ci("__init__.py", "DEBUG", "Searching for local data source in: ['DataSourceEc2Local']", "searching_local_ds")
            ci("handlers.py", "DEBUG", "start: init-local/search-Ec2Local: searching for local data from DataSourceEc2Local", "start_event")
            ci("__init__.py", "DEBUG", "Seeing if we can get any data from <class 'cloudinit.sources.DataSourceEc2.DataSourceEc2Local'>", "seeing_if")
            ci("__init__.py", "DEBUG", "Update datasource metadata and network config due to events: boot-new-instance", "update_ds")
            ci("dhcp.py", "DEBUG", "DHCP client selected: dhcpcd", "dhcp_client")
            ci("dhcp.py", "DEBUG", "Performing a dhcp discovery on ens5", "dhcp_discovery")
            run(["ip", "link", "set", "dev", "ens5", "up"])
            run(["dhcpcd", "--ipv4only", "--waitip", "--persistent", "--noarp", "--script=/bin/true", "ens5"])
            ci("dhcp.py", "DEBUG", f"Parsing dhcpcd lease for interface ens5: {{'interface': 'ens5', 'fixed-address': '{IP}', 'subnet-mask': '255.255.240.0', 'routers': '{IP.rsplit('.', 2)[0]}.0.1', "
                                   f"'domain-name': '{'eu-central-1.compute.internal'}', 'domain-name-servers': '{IP.rsplit('.', 2)[0]}.0.2', 'renewal-time': '1800', 'rebinding-time': '3150', 'lease-time': '3600'}}",
               "dhcp_lease")
            ci("DataSourceEc2.py", "DEBUG", "Fetching Ec2 IMDSv2 API Token", "imds_token")
            imds("latest/api/token", 56)
            imds("2021-03-23/meta-data/instance-id", 19)
            ci("DataSourceEc2.py", "DEBUG", "Using metadata source: 'http://169.254.169.254'", "metadata_source")
            imds("2021-03-23/user-data", g.num(800, 3000))
            imds("2021-03-23/meta-data/", 320)
            for key, size in [("ami-id", 21), ("ami-launch-index", 1), ("ami-manifest-path", 9), ("block-device-mapping/", 29), ("block-device-mapping/ami", 9), ("block-device-mapping/root", 9),
                              ("events/", 12), ("hostname", 44), ("iam/", 4), ("iam/info", 219), ("iam/security-credentials/", 17), ("iam/security-credentials/ci-agent-role", 1532),
                              ("identity-credentials/", 4), ("instance-action", 4), ("instance-id", 19), ("instance-life-cycle", 9), ("instance-type", 9), ("local-hostname", 44),
                              ("local-ipv4", len(IP)), ("mac", 17), ("metrics/", 7), ("metrics/vhostmd", 38), ("network/interfaces/macs/", 18), (f"network/interfaces/macs/{MAC}/device-number", 1),
                              (f"network/interfaces/macs/{MAC}/interface-id", 21), (f"network/interfaces/macs/{MAC}/local-hostname", 44), (f"network/interfaces/macs/{MAC}/local-ipv4s", len(IP)),
                              (f"network/interfaces/macs/{MAC}/security-group-ids", 20), (f"network/interfaces/macs/{MAC}/subnet-id", 24), (f"network/interfaces/macs/{MAC}/vpc-id", 21),
                              ("placement/", 45), ("placement/availability-zone", 13), ("placement/region", 12), ("profile", 11), ("reservation-id", 19), ("security-groups", 17),
                              ("services/", 16), ("services/domain", 13), ("services/partition", 3)]:
                imds(f"2021-03-23/meta-data/{key}", size)
            ci("util.py", "DEBUG", f"Crawl of metadata service took {g.f(0.2, 1.5, 3)} seconds", "crawl_took")
            imds("2021-03-23/dynamic/instance-identity/document", 474)
            ci("handlers.py", "DEBUG", "finish: init-local/search-Ec2Local: SUCCESS: found local data from DataSourceEc2Local", "finish_event")
        ci("stages.py", "INFO", "Loaded datasource DataSourceEc2Local - DataSourceEc2Local", "loaded_datasource")
        for cfg in ["/etc/cloud/cloud.cfg", "/etc/cloud/cloud.cfg.d/05_logging.cfg", "/etc/cloud/cloud.cfg.d/90_dpkg.cfg", "/etc/cloud/cloud.cfg.d/99_buildagent.cfg"]:
            n = g.num(200, 5000)
            read(cfg, n)
            ci("util.py", "DEBUG", f"Attempting to load yaml from string of length {n} with allowed root types (<class 'dict'>,)", "load_yaml")
        read("/run/cloud-init/cloud.cfg", 31)
        ci("util.py", "DEBUG", "Attempting to load yaml from string of length 31 with allowed root types (<class 'dict'>,)", "load_yaml")
        ci("util.py", "DEBUG", "Attempting to load yaml from string of length 0 with allowed root types (<class 'dict'>,)", "load_yaml")
        if st["first"]:
            ci("stages.py", "DEBUG", "previous iid found to be NO_PREVIOUS_INSTANCE_ID", "previous_iid")
            write("/var/lib/cloud/data/instance-id", "wb", 644, 20)
            write("/var/lib/cloud/instance/datasource", "wb", 644, 37)
            write("/var/lib/cloud/data/previous-datasource", "wb", 644, 37)
            net = f"{{'ethernets': {{'ens5': {{'dhcp4': True, 'dhcp6': False, 'match': {{'macaddress': '{MAC}'}}, 'set-name': 'ens5'}}}}, 'version': 2}}"
            ci("stages.py", "DEBUG", f"applying net config names for {net}", "applying_net_names")
            ci("__init__.py", "DEBUG", "no interfaces to rename", "no_rename")
            ci("stages.py", "INFO", f"Applying network configuration from ds bringup=False: {net}", "applying_network")
            ci("__init__.py", "DEBUG", "Selected renderer 'netplan' from priority list: None", "selected_renderer")
            write("/etc/netplan/50-cloud-init.yaml", "wb", 600, g.num(150, 250))
            run(["netplan", "generate"])
        else:
            ci("stages.py", "DEBUG", "No network config applied. Neither a new instance nor datasource network update allowed", "no_network_config")
        uptime_line("init", g.r.uniform(0.8, 3))
        ci("handlers.py", "DEBUG", "finish: init-local: SUCCESS: searching for local datasources", "finish_event")

    def module(stage, name, freq, body=None):
        ci("modules.py", "DEBUG", f"Running module {name} (<module 'cloudinit.config.cc_{name}' from '{PY}/config/cc_{name}.py'>) with frequency {freq}", "running_module")
        ci("handlers.py", "DEBUG", f"start: {stage}/config-{name}: running config-{name} with frequency {freq}", "start_event")
        if not st["first"] and freq == "once-per-instance":
            ci("helpers.py", "DEBUG", f"config-{name} already ran (freq={freq})", "already_ran")
            ci("handlers.py", "DEBUG", f"finish: {stage}/config-{name}: SUCCESS: config-{name} previously ran", "finish_event")
            return
        write(f"/var/lib/cloud/instances/{IID}/sem/config_{name}", "wb", 644, 24)
        ci("helpers.py", "DEBUG", f"Running config-{name} using lock (<FileLock using file '/var/lib/cloud/instances/{IID}/sem/config_{name}'>)", "using_lock")
        failed = body() if body else False
        if failed:
            ci("handlers.py", "DEBUG", f"finish: {stage}/config-{name}: FAIL: running config-{name} with frequency {freq}", "finish_event")
            ci("util.py", "WARNING", f"Running module {name} (<module 'cloudinit.config.cc_{name}' from '{PY}/config/cc_{name}.py'>) failed", "module_failed_warning")
            ci("util.py", "DEBUG", f"Running module {name} (<module 'cloudinit.config.cc_{name}' from '{PY}/config/cc_{name}.py'>) failed", "module_failed_debug",
               py_traceback(g, [(f"{PY}/config/modules.py", "_run_modules", "ran, _r = cc.run("), (f"{PY}/cloud.py", "run", "return self._runners.run(name, functor, args, freq, clear_on_fail)"),
                                (f"{PY}/helpers.py", "run", "results = functor(*args)"), (f"{PY}/config/cc_scripts_user.py", "handle", "subp.runparts(runparts_path)"),
                                (f"{PY}/subp.py", "runparts", "raise RuntimeError(")],
                            "RuntimeError: Runparts: 1 failures (part-001) in 1 attempted commands"))
        else:
            ci("handlers.py", "DEBUG", f"finish: {stage}/config-{name}: SUCCESS: config-{name} ran successfully and took {g.f(0.0, 0.9, 3)} seconds", "finish_event")
        return failed

    def skipped(names):
        ci("modules.py", "INFO", f"Skipping modules '{','.join(names)}' because no applicable config is provided.", "skipping_modules")

    def init_network():
        stage_head("init", "init")
        run(["ip", "--json", "addr"])
        run(["ip", "-4", "route", "show", "0.0.0.0/0"])
        ci("handlers.py", "DEBUG", "start: init-network/check-cache: attempting to read from cache [trust]", "start_event")
        read("/var/lib/cloud/instance/obj.pkl", g.num(6000, 9000))
        ci("stages.py", "DEBUG", "restored from cache with run check: DataSourceEc2Local", "restored_cache")
        ci("handlers.py", "DEBUG", "finish: init-network/check-cache: SUCCESS: restored from cache with run check: DataSourceEc2Local", "finish_event")
        ci("stages.py", "DEBUG", "Allowed events: {<EventScope.NETWORK: 'network'>: {<EventType.BOOT_NEW_INSTANCE: 'boot-new-instance'>}}", "allowed_events")
        ci("stages.py", "DEBUG", "Event Denied: scopes=['network'] EventType=boot-legacy", "event_denied")
        ci("stages.py", "DEBUG", "No network config applied. Neither a new instance nor datasource network update allowed", "no_network_config")
        read("/var/lib/cloud/data/instance-id", 20)
        ci("stages.py", "DEBUG", f"previous iid found to be {IID}", "previous_iid")
        write(f"/var/lib/cloud/instances/{IID}/user-data.txt", "wb", 600, g.num(800, 3000))
        write(f"/var/lib/cloud/instances/{IID}/vendor-data.txt", "wb", 600, 0)
        write(f"/var/lib/cloud/instances/{IID}/vendor-data2.txt", "wb", 600, 0)
        if st["first"]:
            ci("__init__.py", "DEBUG", "Calling handler CloudConfigPartHandler: [['text/cloud-config', 'text/cloud-config-jsonp']] (text/cloud-config, part-001, 3) with frequency once-per-instance",
               "calling_handler")
            ci("__init__.py", "DEBUG", "Calling handler ShellScriptPartHandler: [['text/x-shellscript']] (text/x-shellscript, part-002, 2) with frequency once-per-instance", "calling_handler")
            write(f"/var/lib/cloud/instances/{IID}/scripts/part-001", "wb", 700, g.num(300, 3000))
        for name in ["seed_random", "bootcmd", "write_files", "growpart", "resizefs", "disk_setup", "mounts", "set_hostname", "update_hostname", "update_etc_hosts", "ca_certs", "rsyslog",
                     "users_groups", "ssh"]:
            freq = "always" if name in ("growpart", "resizefs", "set_hostname", "update_hostname", "update_etc_hosts", "bootcmd") else "once-per-instance"

            def body(name=name):
                if name == "seed_random":
                    ci("cc_seed_random.py", "DEBUG", "no command provided", "seed_no_command")
                elif name == "growpart":
                    ci("cc_growpart.py", "DEBUG", "No 'growpart' entry in cfg.  Using default: {'mode': 'auto', 'devices': ['/'], 'ignore_growroot_disabled': False}", "growpart_default")
                    run(["growpart", "--dry-run", "/dev/nvme0n1", "1"])
                    ci("cc_growpart.py", "DEBUG", "'/' NOCHANGE: no change necessary (/dev/nvme0n1, 1)" if not st["first"] else "'/' RESIZED: changed (/dev/nvme0n1, 1) from 2147483648 to 85899345920", "growpart_result")
                elif name == "resizefs":
                    ci("cc_resizefs.py", "DEBUG", "resize_info: dev=/dev/root mnt_point=/ path=/", "resize_info")
                    ci("cc_resizefs.py", "DEBUG", "Resizing / (ext4) using resize2fs /dev/root", "resizing")
                    run(["resize2fs", "/dev/root"])
                    ci("cc_resizefs.py", "DEBUG", "Resized root filesystem (type=ext4, val=True)", "resized")
                elif name == "set_hostname":
                    ci("cc_set_hostname.py", "DEBUG", f"Setting the hostname to {HOSTN}.eu-central-1.compute.internal ({HOSTN})", "setting_hostname")
                    run(["hostnamectl", "set-hostname", HOSTN])
                    write("/var/lib/cloud/data/set-hostname", "wb", 644, 96)
                elif name == "update_hostname":
                    ci("cc_update_hostname.py", "DEBUG", f"Updating hostname to {HOSTN}.eu-central-1.compute.internal ({HOSTN})", "updating_hostname")
                    run(["hostnamectl", "set-hostname", HOSTN])
                    ci("__init__.py", "DEBUG", f"Non-persistently setting the system hostname to {HOSTN}", "non_persistent_hostname")
                elif name == "update_etc_hosts":
                    ci("cc_update_etc_hosts.py", "DEBUG", "Configuration option 'manage_etc_hosts' is not set, not managing /etc/hosts in module update_etc_hosts", "etc_hosts_not_managed")
                elif name == "users_groups":
                    for u, gr in [("ubuntu", "adm,cdrom,dip,lxd,sudo"), ("ci-agent", "docker")]:
                        ci("__init__.py", "DEBUG", f"Adding user {u}", "adding_user")
                        ci("subp.py", "DEBUG", f"Running hidden command to protect sensitive input/output logstring: ['useradd', '{u}', '--comment', '{u.title()}', '--groups', '{gr}', "
                                               f"'--shell', '/bin/bash', '-m']", "running_hidden")
                elif name == "ssh":
                    for kt in ["rsa", "ecdsa", "ed25519"]:
                        run(["ssh-keygen", "-t", kt, "-N", "", "-f", f"/etc/ssh/ssh_host_{kt}_key"])
                    write("/etc/ssh/sshd_config.d/50-cloud-init.conf", "wb", 600, 26)
                return False
            if name in ("disk_setup", "mounts", "ca_certs", "rsyslog", "write_files"):
                continue
            module("init-network", name, freq, body)
        skipped(["bootcmd", "write_files", "disk_setup", "mounts", "ca_certs", "rsyslog"])
        ci("main.py", "DEBUG", f"Ran {g.num(8, 9)} modules with 0 failures", "ran_modules")
        atomic()
        uptime_line("init", g.r.uniform(1, 9))
        ci("handlers.py", "DEBUG", "finish: init-network: SUCCESS: searching for network datasources", "finish_event")

    def atomic():
        for f, n in [("status.json", g.num(500, 900))]:
            ci("atomic_helper.py", "DEBUG", f"Atomically writing to file /var/lib/cloud/data/{f} (via temporary file /var/lib/cloud/data/tmp{g.alnum(8)}) - w: [644] {n} bytes/chars", "atomic_write")

    def modules_config():
        stage_head("modules", "modules:config")
        for name in ["wireguard", "snap", "ubuntu_autoinstall", "ssh_import_id", "keyboard", "locale", "grub_dpkg", "apt_pipelining", "apt_configure", "ubuntu_pro", "ntp", "timezone",
                     "disable_ec2_metadata", "runcmd", "byobu"]:
            def body(name=name):
                if name == "locale":
                    ci("cc_locale.py", "DEBUG", "Setting locale to C.UTF-8", "setting_locale")
                    read("/etc/default/locale", 17)
                elif name == "grub_dpkg":
                    ci("cc_grub_dpkg.py", "DEBUG", "Setting grub debconf-set-selections with '/dev/nvme0n1','false'", "grub_debconf")
                    run(["debconf-set-selections"])
                elif name == "apt_pipelining":
                    write("/etc/apt/apt.conf.d/90cloud-init-pipelining", "wb", 644, 80)
                elif name == "apt_configure":
                    ci("cc_apt_configure.py", "DEBUG", "debconf_selections was not set in config", "debconf_not_set")
                    ci("cc_apt_configure.py", "DEBUG", "handling apt config: {'sources': {'docker.list': {'source': 'deb [signed-by=$KEY_FILE] https://download.docker.com/linux/ubuntu noble stable', "
                                                       "'keyid': '9DC858229FC7DD38854AE2D88D81803C0EBFCD88'}}}", "handling_apt")
                    run(["gpg", "--recv-keys", "--keyserver=keyserver.ubuntu.com", "9DC858229FC7DD38854AE2D88D81803C0EBFCD88"])
                    write("/etc/apt/cloud-init.gpg.d/docker.gpg", "wb", 644, 2760)
                    write("/etc/apt/sources.list.d/docker.list", "wb", 644, 110)
                elif name == "runcmd":
                    write(f"/var/lib/cloud/instances/{IID}/scripts/runcmd", "wb", 700, g.num(100, 600))
                return False
            freq = "always" if name in ("keyboard", "timezone", "disable_ec2_metadata", "ubuntu_pro") else "once-per-instance"
            if name in ("wireguard", "snap", "ubuntu_autoinstall", "ssh_import_id", "keyboard", "ubuntu_pro", "ntp", "timezone", "disable_ec2_metadata", "byobu"):
                continue
            module("modules-config", name, freq, body)
        skipped(["wireguard", "snap", "ubuntu_autoinstall", "ssh_import_id", "keyboard", "ubuntu_pro", "ntp", "timezone", "disable_ec2_metadata", "byobu"])
        ci("main.py", "DEBUG", "Ran 5 modules with 0 failures", "ran_modules")
        atomic()
        uptime_line("modules", g.r.uniform(1, 20))
        ci("handlers.py", "DEBUG", "finish: modules-config: SUCCESS: running modules for config", "finish_event")

    def modules_final():
        stage_head("modules", "modules:final")
        fails = 0
        for name in ["package_update_upgrade_install", "write_files_deferred", "reset_rmc", "scripts_vendor", "scripts_per_once", "scripts_per_boot", "scripts_per_instance", "scripts_user",
                     "ssh_authkey_fingerprints", "keys_to_console", "install_hotplug", "final_message", "power_state_change"]:
            def body(name=name):
                if name == "package_update_upgrade_install":
                    opts = ["eatmydata", "apt-get", "--option=Dpkg::Options::=--force-confold", "--option=Dpkg::options::=--force-unsafe-io", "--assume-yes", "--quiet"]
                    run(opts + ["update"], False)
                    L.t += dt.timedelta(seconds=g.num(5, 20))
                    run(opts + ["install", "docker-ce", "docker-ce-cli", "containerd.io", "awscli", "jq", "amazon-ecr-credential-helper", "git-lfs"], False)
                    L.t += dt.timedelta(seconds=g.num(30, 90))
                elif name == "scripts_user":
                    run(["/var/lib/cloud/instance/scripts/part-001"], False)
                    L.t += dt.timedelta(seconds=g.num(5, 60))
                    if g.r.random() < 0.5:
                        ci("util.py", "WARNING", "Failed running /var/lib/cloud/instance/scripts/part-001 [1]", "failed_running_warning")
                        ci("util.py", "DEBUG", "Failed running /var/lib/cloud/instance/scripts/part-001 [1]", "failed_running_debug",
                           py_traceback(g, [(f"{PY}/subp.py", "runparts", "subp(prefix + [exe_path], capture=False)"), (f"{PY}/subp.py", "subp", "raise ProcessExecutionError(")],
                                        "cloudinit.subp.ProcessExecutionError: Unexpected error while running command.") +
                           [("Command: ['/var/lib/cloud/instance/scripts/part-001']", "pee_command"), ("Exit code: 1", "pee_exit_code"), ("Reason: -", "pee_reason"),
                            ("Stdout: -", "pee_stdout"), ("Stderr: -", "pee_stderr")])
                        ci("cc_scripts_user.py", "WARNING", "Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)", "scripts_user_failed")
                        return True
                elif name == "keys_to_console":
                    run(["/usr/lib/cloud-init/write-ssh-key-fingerprints", "", "ssh-dss"])
                elif name == "ssh_authkey_fingerprints":
                    write("/dev/console", "ab", 600, g.num(900, 1400))
                elif name == "final_message":
                    ci("util.py", "DEBUG", f"Cloud-init v. {VER} finished at {L.t:%a, %d %b %Y %H:%M:%S} +0000. Datasource DataSourceEc2Local.  Up {st['up'] + g.r.uniform(60, 200):.2f} seconds",
                       "finished_at")
                    write("/var/lib/cloud/instance/boot-finished", "wb", 644, 76)
                return False
            freq = "always" if name in ("scripts_per_boot", "final_message", "power_state_change", "reset_rmc", "write_files_deferred", "install_hotplug") else \
                "once" if name == "scripts_per_once" else "once-per-instance"
            if name in ("write_files_deferred", "reset_rmc", "scripts_vendor", "install_hotplug", "power_state_change"):
                continue
            fails += bool(module("modules-final", name, freq, body))
        skipped(["write_files_deferred", "reset_rmc", "scripts_vendor", "install_hotplug", "power_state_change"])
        ci("main.py", "DEBUG", f"Ran 8 modules with {fails} failures", "ran_modules")
        atomic()
        ci("atomic_helper.py", "DEBUG", f"Atomically writing to file /var/lib/cloud/data/result.json (via temporary file /var/lib/cloud/data/tmp{g.alnum(8)}) - w: [644] {g.num(80, 400)} bytes/chars",
           "atomic_write")
        ci("util.py", "DEBUG", "Creating symbolic link from '/run/cloud-init/result.json' => '../../var/lib/cloud/data/result.json'", "symlink")
        uptime_line("modules", g.r.uniform(30, 200))
        ci("handlers.py", "DEBUG", "finish: modules-final: SUCCESS: running modules for final", "finish_event")

    while len(L.rows) < N_LINES:
        st["up"] = g.r.uniform(4, 9)
        init_local()
        L.t += dt.timedelta(seconds=g.num(2, 6))
        init_network()
        L.t += dt.timedelta(seconds=g.num(1, 4))
        modules_config()
        L.t += dt.timedelta(seconds=g.num(1, 4))
        modules_final()
        st["first"] = False
        L.t = (L.t + dt.timedelta(days=1)).replace(hour=3, minute=g.num(5, 40), second=g.num(0, 59))
    del L.rows[N_LINES:]
    return L


LOGS = [log_huawei, log_beegfs, log_fdb, log_emqx, log_ols, log_tekton, log_syncthing, log_minetest, log_px4, log_openfoam, log_lynis, log_fastlane,
        log_ssm, log_zimbra, log_kannel, log_mt5, log_openmrs, log_kodi, log_patroni, log_cloudinit]


if __name__ == "__main__":
    main(LOGS, WORK)
