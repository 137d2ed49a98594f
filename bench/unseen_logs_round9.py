#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the ninth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.558.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, continuation lines, the lines of a multi-line
value such as an Erlang term, a Galera view or an InnoDB deadlock dump, the rows of a table) carry
the time, level and component of the record they belong to; a record that has no header at all
(a GROMACS energy table, a Ray Train result box, a Swift crash backtrace) gets the time of its
neighbours and no level or component.

The true event of a line is the format string that wrote it: a status word, a class name, a
number or a whole description filled into a format string is a variable (Steam's "AppID %u state
changed : %s", the event type of a Keycloak login event, the energy-term names GROMACS prints
with "%15s"), while two format strings that look alike are two events. Where a collector wraps
the line of an application (containerd's CRI log file, Ray's "(Actor pid=.., ip=..)" prefix), the
event is the application's format; where the application's own header is missing from a line
(a stack frame), the event is that of the frame. Where a log writes two times (7 Days to Die's
date and uptime, the CRI stamp and Logback's), the true time is the wall-clock one of the first.

usage: unseen_logs_round9.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round9)
"""
import datetime as dt
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round9")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, syslog_ts, B62, ctime, us6, slowed, fill, checked  # noqa: E402


def jdump(o):
    """JSON the way Python's json module writes it by default: ", " and ": "."""
    return json.dumps(o)


def jcompact(o):
    """Compact JSON, as QEMU's QMP commands, Tasmota and most Go/JS encoders write it."""
    return json.dumps(o, separators=(",", ":"))


# 1 ---------------------------------------------------------------- libvirt 9.0 /var/log/libvirt/libvirtd.log on a Debian 12 KVM host
#   (log_filters="1:qemu 1:libvirt 3:object 3:json 3:event 1:util 3:rpc", log_outputs="1:file:/var/log/libvirt/libvirtd.log"),
#   polled for stats by a Prometheus exporter every 15 s
@checked
def log_libvirt(seed):
    L = Log("libvirtd_log", seed, "full", True, True)
    g = L.g
    MAIN = 812
    workers = list(range(831, 851))
    vms = {}
    for i, name in enumerate(["web01", "web02", "db01", "ci-runner3", "win2022-ad", "mon01"]):
        vms[name] = {"name": name, "id": i + 1, "uuid": g.uuid(), "vm": "0x7f" + g.hx(10), "mon": "0x7f" + g.hx(10), "fd": 25 + i * 2,
                     "pid": g.num(2000, 40000), "cmd": g.num(10, 400), "up": True, "img": f"/var/lib/libvirt/images/{name}.qcow2"}
    st = {"vnet": 6}

    def lg(tid, lv, fn, ln, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(20, 900))
        head = f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}+0000: {tid}: {lv} : "
        if fn:
            L.emit(f"{head}{fn}:{ln} : {msg}", ev, lv, fn)
        else:
            L.emit(head + msg, ev, lv)
        for text, e in cont:
            L.emit(text, e, lv, fn)

    def ptr():
        return "0x7f" + g.hx(10)

    def startup():
        lg(MAIN, "info", None, 0, "libvirt version: 9.0.0, package: 9.0.0-4+deb12u2 (Debian)", "libvirt_version")
        lg(MAIN, "info", None, 0, "hostname: kvm01", "hostname")
        lg(MAIN, "debug", "virLogParseOutputs", 1624, "outputs=1:file:/var/log/libvirt/libvirtd.log", "log_outputs")
        lg(MAIN, "debug", "virLogParseFilters", 1753, "filters=1:qemu 1:libvirt 3:object 3:json 3:event 1:util 3:rpc", "log_filters")
        for vm in vms.values():
            lg(MAIN, "debug", "qemuProcessReconnect", 9012, f"Reconnect monitor to def={vm['vm']} name='{vm['name']}' retry=0", "reconnect_monitor")

    def poll_status(vm, w):
        api, monfn, mln, cmd, reply = g.c([
            ("remoteDispatchDomainMemoryStats", "qemuMonitorGetMemoryStats", 2178,
             {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/balloon0", "property": "guest-stats"}},
             lambda: {"return": {"stats": {"stat-htlb-pgalloc": 0, "stat-swap-out": 0, "stat-available-memory": g.num(10 ** 9, 8 * 10 ** 9),
                                           "stat-free-memory": g.num(10 ** 8, 4 * 10 ** 9), "stat-minor-faults": g.num(10 ** 6, 10 ** 9),
                                           "stat-major-faults": g.num(100, 90000), "stat-total-memory": 8337383424, "stat-swap-in": 0,
                                           "stat-disk-caches": g.num(10 ** 8, 3 * 10 ** 9), "stat-htlb-pgfail": 0},
                                 "last-update": int(L.t.timestamp()) - g.num(1, 10)}}),
            ("remoteDispatchConnectGetAllDomainStats", "qemuMonitorGetAllBlockStatsInfo", 2097, {"execute": "query-blockstats"},
             lambda: {"return": [{"device": "", "parent": {"node-name": "libvirt-1-storage", "stats": {"flush_total_time_ns": 0, "wr_highest_offset": g.num(10 ** 9, 10 ** 11)}},
                                  "stats": {"rd_bytes": g.num(10 ** 8, 10 ** 11), "wr_bytes": g.num(10 ** 8, 10 ** 11), "rd_operations": g.num(10 ** 4, 10 ** 7),
                                            "wr_operations": g.num(10 ** 4, 10 ** 7), "flush_operations": g.num(100, 99999)},
                                  "node-name": "libvirt-1-format", "qdev": "/machine/peripheral/virtio-disk0/virtio-backend"}]}),
            ("remoteDispatchConnectGetAllDomainStats", "qemuMonitorGetCPUInfo", 1517, {"execute": "query-cpus-fast"},
             lambda: {"return": [{"thread-id": vm["pid"] + k + 20, "props": {"core-id": 0, "thread-id": 0, "node-id": 0, "socket-id": k},
                                  "qom-path": f"/machine/unattached/device[{k}]", "cpu-index": k, "target": "x86_64"} for k in range(2)]}),
            ("remoteDispatchDomainGetBlockInfo", "qemuMonitorGetAllBlockStatsInfo", 2097, {"execute": "query-blockstats"},
             lambda: {"return": [{"device": "", "stats": {"rd_bytes": g.num(10 ** 8, 10 ** 11), "wr_bytes": g.num(10 ** 8, 10 ** 11)}, "node-name": "libvirt-1-format",
                                  "qdev": "/machine/peripheral/virtio-disk0/virtio-backend"}]}),
        ])
        name, vmp, mon = vm["name"], vm["vm"], vm["mon"]
        lg(w, "debug", "virDomainObjBeginJobInternal", 368, f"Starting job: API={api} job=query agentJob=none asyncJob=none (vm={vmp}, name={name}, current job=none agentJob=none async=none)", "job_starting")
        lg(w, "debug", "virDomainObjBeginJobInternal", 411, f"Started job: query (async=none vm={vmp} name={name})", "job_started")
        lg(w, "debug", "qemuDomainObjEnterMonitorInternal", 6226, f"Entering monitor (mon={mon} vm={vmp} name={name})", "enter_monitor")
        lg(w, "debug", monfn, mln, f"mon:{mon} vm:{vmp} fd:{vm['fd']}", "monitor_check")
        vm["cmd"] += 1
        cmd = dict(cmd)
        cmd["id"] = f"libvirt-{vm['cmd']}"
        c = json.dumps(cmd, separators=(",", ":"))
        lg(w, "debug", "qemuMonitorJSONCommandWithFd", 283, f"Send command '{c}' for write with FD -1", "send_command")
        lg(w, "info", "qemuMonitorSend", 864, f"QEMU_MONITOR_SEND_MSG: mon={mon} msg={c}", "send_msg", [(" fd=-1", "send_msg_fd")])
        lg(MAIN, "info", "qemuMonitorIOWrite", 371, f"QEMU_MONITOR_IO_WRITE: mon={mon} buf={c}", "io_write", [(f" len={len(c) + 2} ret={len(c) + 2} errno=0", "io_write_len")])
        rep = reply()
        rep["id"] = cmd["id"]
        r = jdump(rep)
        lg(MAIN, "debug", "qemuMonitorJSONIOProcessLine", 191, f"Line [{r}]", "json_line")
        lg(MAIN, "info", "qemuMonitorJSONIOProcessLine", 210, f"QEMU_MONITOR_RECV_REPLY: mon={mon} reply={r}", "recv_reply")
        lg(w, "debug", "qemuMonitorJSONCommandWithFd", 288, f"Receive command reply ret=0 rxObject={ptr()}", "receive_reply")
        lg(w, "debug", "virDomainObjEndJob", 653, f"Stopping job: query (async=none vm={vmp} name={name})", "job_stopping")

    def poll():
        up = [v for v in vms.values() if v["up"]]
        w = g.c(workers)
        if not up:
            return
        for vm in g.r.sample(up, min(len(up), g.num(1, 3))):
            poll_status(vm, w)
            L.tick(0.05)

    def rtc_event():
        vm = g.c([v for v in vms.values() if v["up"]] or list(vms.values()))
        ev = g.c([("RTC_CHANGE", {"offset": g.c([0, 1, -1, 3600]), "qom-path": "/machine/unattached/device[9]"}),
                  ("BALLOON_CHANGE", {"actual": g.c([4294967296, 6442450944, 8589934592])}),
                  ("NIC_RX_FILTER_CHANGED", {"path": "/machine/peripheral/net0/virtio-backend", "name": "net0"})])
        secs = int(L.t.timestamp())
        obj = {"timestamp": {"seconds": secs, "microseconds": L.t.microsecond}, "event": ev[0], "data": ev[1]}
        r = jdump(obj)
        lg(MAIN, "debug", "qemuMonitorJSONIOProcessLine", 191, f"Line [{r}]", "json_line")
        lg(MAIN, "info", "qemuMonitorJSONIOProcessLine", 205, f"QEMU_MONITOR_RECV_EVENT: mon={vm['mon']} event={r}", "recv_event")
        lg(MAIN, "debug", "qemuMonitorJSONIOProcessEvent", 160, f"mon={vm['mon']} obj={ptr()}", "process_event")
        lg(MAIN, "debug", "qemuMonitorEmitEvent", 1093, f"mon={vm['mon']} event={ev[0]}", "emit_event")
        if ev[0] == "RTC_CHANGE":
            lg(MAIN, "debug", "qemuProcessHandleRTCChange", 392, f"Changing RTC offset from {g.num(-3600, 3600)} to {g.num(-3600, 3600)}", "rtc_offset")

    def client_eof():
        lg(g.c([MAIN] + workers[:3]), "error", "virNetSocketReadWire", 1791, "End of file while reading data: Input/output error", "eof_reading")

    def keepalive():
        lg(MAIN, "error", "virKeepAliveTimerInternal", 137, "internal error: connection closed due to keepalive timeout", "keepalive_timeout")

    def agent():
        vm = vms["win2022-ad"]
        w = g.c(workers)
        lg(w, "debug", "virDomainObjBeginJobInternal", 368, f"Starting job: API=remoteDispatchDomainInterfaceAddresses job=none agentJob=query asyncJob=none (vm={vm['vm']}, name={vm['name']}, current job=none agentJob=none async=none)", "job_starting")
        if g.r.random() < 0.6:
            lg(w, "error", "qemuDomainAgentAvailable", 6883, "Guest agent is not responding: QEMU guest agent is not connected", "agent_not_connected")
        else:
            lg(w, "error", "qemuAgentSend", 859, "Guest agent is not responding: Guest agent not available for now", "agent_not_available")

    def busy():
        vm = g.c([v for v in vms.values() if v["up"]] or list(vms.values()))
        w1, w2 = g.r.sample(workers, 2)
        held = g.c(["remoteDispatchDomainBlockJobAbort", "remoteDispatchDomainSnapshotCreateXML", "remoteDispatchDomainBlockStats"])
        lg(w2, "warning", "virDomainObjBeginJobInternal", 474, f"Cannot start job (query, none, none) in API remoteDispatchDomainMemoryStats for domain {vm['name']}; current job is (modify, none, none) owned by ({w1} {held}, 0 <null>, 0 <null> (flags=0x0)) for ({g.num(30, 95)}s, 0s, 0s)", "cannot_start_job")
        lg(w2, "error", "virDomainObjBeginJobInternal", 495, f"Timed out during operation: cannot acquire state change lock (held by monitor={held})", "state_lock_timeout")

    def stop_vm():
        cand = [v for v in vms.values() if v["up"] and v["name"] in ("web02", "ci-runner3", "mon01")]
        if not cand:
            return start_vm()
        vm = g.c(cand)
        vm["up"] = False
        lg(MAIN, "info", "qemuMonitorJSONIOProcessLine", 205, f"QEMU_MONITOR_RECV_EVENT: mon={vm['mon']} event={jdump({'timestamp': {'seconds': int(L.t.timestamp()), 'microseconds': L.t.microsecond}, 'event': 'SHUTDOWN', 'data': {'guest': True, 'reason': 'guest-shutdown'}})}", "recv_event")
        lg(MAIN, "debug", "qemuMonitorEmitEvent", 1093, f"mon={vm['mon']} event=SHUTDOWN", "emit_event")
        lg(MAIN, "debug", "qemuProcessHandleShutdown", 570, f"vm={vm['vm']} name={vm['name']} id={vm['id']} reason=guest-shutdown", "handle_shutdown")
        L.tick(0.4)
        lg(MAIN, "error", "qemuMonitorIO", 578, "internal error: End of file from qemu monitor", "eof_monitor")
        lg(MAIN, "debug", "qemuProcessHandleMonitorEOF", 290, f"Received EOF on {vm['vm']} '{vm['name']}'", "received_eof")
        w = g.c(workers)
        lg(w, "debug", "qemuProcessStop", 8312, f"Shutting down vm={vm['vm']} name={vm['name']} id={vm['id']} pid={vm['pid']}, reason=shutdown, asyncJob=none, flags=0x0", "process_stop")
        lg(w, "debug", "qemuProcessKill", 8119, f"vm={vm['vm']} name={vm['name']} pid={vm['pid']} flags=0x5", "process_kill")
        lg(w, "debug", "virProcessKillPainfullyDelay", 354, f"vpid={vm['pid']} force=1 extradelay=0 group=0", "kill_painfully")
        if g.r.random() < 0.7:
            L.tick(8)
            lg(g.c(workers), "error", "virFileReadAll", 1460, f"Failed to open file '/sys/class/net/vnet{st['vnet']}/operstate': No such file or directory", "failed_open_file")
            lg(g.c(workers), "error", "virNetDevGetLinkInfo", 2552, f"unable to read: /sys/class/net/vnet{st['vnet']}/operstate: No such file or directory", "unable_to_read")

    def start_vm():
        cand = [v for v in vms.values() if not v["up"]]
        if not cand:
            return stop_vm()
        vm = g.c(cand)
        vm["up"] = True
        vm["id"] = max(v["id"] for v in vms.values()) + 1
        vm["pid"] = g.num(2000, 90000)
        vm["mon"] = ptr()
        vm["cmd"] = 1
        st["vnet"] += 1
        w = g.c(workers)
        lg(w, "debug", "qemuProcessStart", 7926, f"conn={ptr()} driver={ptr()} vm={vm['vm']} name={vm['name']} id=-1 asyncJob=start migrateFrom=<null> migrateFd=-1 migratePath=<null> snapshot=(nil) vmop=0 flags=0x1", "process_start")
        lg(w, "debug", "qemuProcessInit", 5874, f"vm={vm['vm']} name={vm['name']} id={vm['id']} migration=0", "process_init")
        lg(w, "debug", "qemuProcessLaunch", 7564, "Building emulator command line", "building_cmdline")
        lg(w, "debug", "qemuProcessLaunch", 7611, "Setting up security labelling", "security_labelling")
        if g.r.random() < 0.5:
            lg(w, "warning", "virSecurityValidateTimestamp", 205, f"Invalid XATTR timestamp detected on {vm['img']} secdriver=dac", "invalid_xattr")
        lg(w, "debug", "qemuProcessLaunch", 7698, "Waiting for handshake from child", "waiting_handshake")
        lg(w, "debug", "qemuProcessLaunch", 7725, "Setting domain security labels", "security_labels")
        lg(w, "debug", "qemuProcessLaunch", 7786, "Handshake complete, child running", "handshake_complete")
        lg(w, "debug", "qemuProcessWaitForMonitor", 2259, f"Connect monitor to vm={vm['vm']} name='{vm['name']}'", "connect_monitor")
        lg(w, "info", "qemuMonitorOpenInternal", 613, f"QEMU_MONITOR_NEW: mon={vm['mon']} fd={vm['fd']}", "monitor_new")
        lg(w, "debug", "qemuProcessStartCPUs", 3216, "Using lock state '<null>'", "lock_state")
        if vm["name"] == "ci-runner3":
            lg(w, "warning", "qemuDomainObjTaintMsg", 6604, f"Domain id={vm['id']} name='{vm['name']}' uuid={vm['uuid']} is tainted: host-cpu", "tainted")

    def cgroup():
        vm = g.c(list(vms.values()))
        f = g.c(["cpu.stat", "memory.current", "memory.stat", "io.stat"])
        lg(g.c(workers), "debug", "virCgroupGetValueStr", 822, f"Get value /sys/fs/cgroup/machine.slice/machine-qemu\\x2d{vm['id']}\\x2d{vm['name']}.scope/{f}", "cgroup_get_value")

    startup()
    ev = [(40, poll), (6, rtc_event), (6, client_eof), (1.2, keepalive), (3, agent), (0.8, busy), (0.5, stop_vm), (0.5, start_vm), (6, cgroup)]
    return L.run(slowed(L, ev, 4), None)


# 2 ---------------------------------------------------------------- MariaDB 10.11 Galera node db1 (3-node cluster), /var/log/mysql/error.log (log_warnings = 3,
#   innodb_print_all_deadlocks = ON), a web shop's database; db3 drops out and rejoins with IST/SST
@checked
def log_mariadb_galera(seed):
    L = Log("mariadb_galera_error_log", seed, "full", True, True)
    g = L.g
    nodes = [("db1", "10.0.1.11", g.hx(8) + "-" + g.hx(4)), ("db2", "10.0.1.12", g.hx(8) + "-" + g.hx(4)), ("db3", "10.0.1.13", g.hx(8) + "-" + g.hx(4))]
    me = nodes[0][2]
    GUUID = g.uuid()
    st = {"seqno": g.num(4000000, 5000000), "conf": 12, "view": 13, "thd": g.num(200000, 300000), "members": [0, 1, 2], "trx": g.num(10 ** 7, 2 * 10 ** 7)}
    apps = ["10.0.1.21", "10.0.1.22", "10.0.1.23", "10.0.1.24"]
    users = [("shop", "shop_app"), ("shop", "shop_ro"), ("reports", "metabase"), ("shop", "shop_cron")]
    PEER = f"({me}, 'tcp://0.0.0.0:4567')"

    def m(lv, msg, ev, thd=0, cont=(), comp="WSREP"):
        L.t += dt.timedelta(microseconds=g.num(100, 90000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {thd} [{lv}] {msg}", ev, lv, comp if comp else None)
        for text, e in cont:
            L.emit(text, e, lv, comp if comp else None)

    def w(msg, ev, lv="Note", thd=0, cont=()):
        m(lv, f"WSREP: {msg}", ev, thd, cont)

    def sst(msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(1, 400))
        L.emit(f"WSREP_SST: [INFO] {msg} ({L.t:%Y%m%d %H:%M:%S}.{ms3(L.t)})", ev, "INFO", "WSREP_SST")

    def aborted():
        st["thd"] += g.num(1, 400)
        db, u = g.c(users)
        why = g.c(["Got an error reading communication packets"] * 5 + ["Got timeout reading communication packets"] * 3 + ["This connection closed normally without authentication"])
        m("Warning", f"Aborted connection {st['thd']} to db: '{db}' user: '{u}' host: '{g.c(apps)}' ({why})", "aborted_connection", st["thd"], comp=None)

    def denied():
        st["thd"] += g.num(1, 400)
        u, h = g.c([("root", "10.0.1.99"), ("shop_app", g.c(apps)), ("backup", "10.0.1.40"), ("admin", "10.0.9.17")])
        m("Warning", f"Access denied for user '{u}'@'{h}' (using password: {g.c(['YES', 'YES', 'NO'])})", "access_denied", st["thd"], comp=None)

    def unresolved():
        st["thd"] += 1
        m("Warning", f"IP address '{g.c(['10.0.9.17', '10.0.9.30', '10.0.1.99'])}' could not be resolved: {g.c(['Name or service not known', 'Temporary failure in name resolution'])}", "ip_unresolved", st["thd"], comp=None)

    def inactive():
        w(f"last inactive check more than PT1.5S (3*evs.inactive_check_period) ago (PT{g.f(1.6, 4.5, 5)}S), skipping check", "inactive_check", "Warning")

    def seqno():
        st["seqno"] += g.num(500, 20000)
        return st["seqno"]

    def view(memb, joined=(), left=(), part=()):
        st["view"] += 1
        cont = [(f"\t{n[2]},0", "view_node") for n in memb]
        cont.append(("} joined {", "view_joined"))
        cont += [(f"\t{n[2]},0", "view_node") for n in joined]
        cont.append(("} left {", "view_left"))
        cont += [(f"\t{n[2]},0", "view_node") for n in left]
        cont.append(("} partitioned {", "view_partitioned"))
        cont += [(f"\t{n[2]},0", "view_node") for n in part]
        cont.append(("})", "view_close"))
        w(f"view(view_id(PRIM,{me},{st['view']}) memb {{", "view_open", cont=cont)

    def component(n):
        st["conf"] += 1
        w("save pc into disk", "save_pc")
        w(f"New COMPONENT: primary = yes, bootstrap = no, my_idx = 0, memb_num = {n}", "new_component")
        su = g.uuid()
        w(f"STATE_EXCHANGE: sent state UUID: {su}", "state_uuid_sent")
        w(f"STATE EXCHANGE: sent state msg: {su}", "state_msg_sent")
        for i in st["members"]:
            w(f"STATE EXCHANGE: got state msg: {su} from {st['members'].index(i)} ({nodes[i][0]})", "state_msg_got")
        s = st["seqno"]
        w("Quorum results:", "quorum_results", cont=[
            ("\tversion    = 6,", "quorum_version"), ("\tcomponent  = PRIMARY,", "quorum_component"), (f"\tconf_id    = {st['conf']},", "quorum_conf_id"),
            (f"\tmembers    = {n}/{n} (joined/total),", "quorum_members"), (f"\tact_id     = {s},", "quorum_act_id"), (f"\tlast_appl. = {s - g.num(1, 90)},", "quorum_last_appl"),
            ("\tprotocols  = 2/10/4 (gcs/repl/appl),", "quorum_protocols"), ("\tvote policy= 0,", "quorum_vote_policy"), (f"\tgroup UUID = {GUUID}", "quorum_group_uuid")])
        fc = {2: 23, 3: 28}[n]
        w(f"Flow-control interval: [{fc}, {fc}]", "fc_interval")
        w(f"####### processing CC {s + 1}, local, ordered", "processing_cc", thd=2)
        w(f"####### My UUID: {GUUID[:24]}{g.hx(12)}", "my_uuid", thd=2)
        w(f"Lowest cert index boundary for CC from group: {s - g.num(100, 900)}", "lowest_cert_index", thd=2)
        w(f"Min available from gcache for CC from group: {s - g.num(50000, 90000)}", "min_gcache", thd=2)

    def drop_db3():
        if 2 not in st["members"]:
            return rejoin_db3()
        d = nodes[2]
        w(f"{PEER} connection to peer {d[2]} with addr tcp://{d[1]}:4567 timed out, no messages seen in PT3S, socket stats: rtt: {g.num(200, 900)} rttvar: {g.num(50, 300)} rto: 201000 lost: 0 last_data_recv: {g.num(3000, 3100)} cwnd: 10 last_queued_since: {g.num(10 ** 9, 4 * 10 ** 9)} last_delivered_since: {g.num(10 ** 9, 4 * 10 ** 9)} send_queue_length: 0 send_queue_bytes: 0 (gmcast.peer_timeout)", "peer_timed_out")
        w(f"{PEER} turning message relay requesting on, nonlive peers: tcp://{d[1]}:4567 ", "relay_on")
        for a in range(g.num(1, 3)):
            L.tick(1)
            w(f"{PEER} reconnecting to {d[2]} (tcp://{d[1]}:4567), attempt {a}", "reconnecting")
        w(f"evs::proto({me}, OPERATIONAL, view_id(REG,{me},{st['view']})) suspecting node: {d[2]}", "suspecting_node")
        w(f"evs::proto({me}, OPERATIONAL, view_id(REG,{me},{st['view']})) suspected node without join message, declaring inactive", "declaring_inactive")
        L.tick(1)
        w(f"declaring {nodes[1][2]} at tcp://{nodes[1][1]}:4567 stable", "declaring_stable")
        w(f"Node {me} state prim", "node_state_prim")
        st["members"] = [0, 1]
        view(nodes[:2], part=[d])
        w(f"forgetting {d[2]} (tcp://{d[1]}:4567)", "forgetting")
        component(2)
        w(f"{PEER} turning message relay requesting off", "relay_off")
        for _ in range(g.num(2, 5)):
            L.tick(5)
            w(f"{PEER} reconnecting to {d[2]} (tcp://{d[1]}:4567), attempt {g.num(2, 40)}", "reconnecting")
        L.tick(5)
        w(f"cleaning up {d[2]} (tcp://{d[1]}:4567)", "cleaning_up")

    def rejoin_db3():
        if 2 in st["members"]:
            return drop_db3()
        d = nodes[2]
        nodes[2] = (d[0], d[1], g.hx(8) + "-" + g.hx(4))
        d = nodes[2]
        w(f"{PEER} connection established to {d[2]} tcp://{d[1]}:4567", "conn_established")
        w(f"{PEER} turning message relay requesting on, nonlive peers: ", "relay_on")
        L.tick(1)
        for n in nodes[1:]:
            w(f"declaring {n[2]} at tcp://{n[1]}:4567 stable", "declaring_stable")
        w(f"Node {me} state prim", "node_state_prim")
        st["members"] = [0, 1, 2]
        view(nodes, joined=[d])
        component(3)
        w(f"{PEER} turning message relay requesting off", "relay_off")
        L.tick(2)
        donor = g.c([0, 1, 1])
        dn = nodes[donor][0]
        w(f"Member 2.0 (db3) requested state transfer from '*any*'. Selected {donor}.0 ({dn})(SYNCED) as donor.", "sst_requested")
        if donor == 0:
            s = st["seqno"]
            w(f"Shifting SYNCED -> DONOR/DESYNCED (TO: {s + 1})", "shifting")
            if g.r.random() < 0.7:
                w(f"async IST sender starting to serve tcp://{d[1]}:4568 sending {s - g.num(1000, 90000)}-{s}, preload starts from {s - g.num(90000, 99000)}", "ist_sender_start", thd=2)
                w(f"IST sender {s - g.num(1000, 90000)} -> {s}", "ist_sender")
                L.tick(3)
                w("async IST sender served", "ist_served")
            else:
                w(f"Running: 'wsrep_sst_mariabackup --role 'donor' --address '{d[1]}:4444/xtrabackup_sst//1' --local-port '3306' --socket '/run/mysqld/mysqld.sock' --progress 0 --datadir '/var/lib/mysql/' --gtid '{GUUID}:{s}' --gtid-domain-id 0 --mysqld-args --wsrep_start_position={GUUID}:{s}'", "sst_running", thd=2)
                w("sst_donor_thread signaled with 0", "sst_donor_signaled", thd=2)
                sst("Streaming with mbstream", "sst_streaming_with")
                sst("Using socat as streamer", "sst_using_socat")
                sst(f"Evaluating timeout -k 310 300 socat -u stdio TCP:{d[1]}:4444; RC=( ${{PIPESTATUS[@]}} )", "sst_evaluating")
                sst("Sleeping before data transfer for SST", "sst_sleeping")
                L.tick(10)
                sst(f"Streaming the backup to joiner at {d[1]} 4444", "sst_streaming_backup")
                L.tick(200)
                sst(f"Total time on donor: {g.num(100, 400)} seconds", "sst_total_time")
                w(f"Provider paused at {GUUID}:{s} ({g.num(100, 9000)})", "provider_paused", thd=2)
                w("Provider resumed.", "provider_resumed", thd=2)
            w(f"0.0 (db1): State transfer to 2.0 (db3) complete.", "st_to_complete")
            w(f"Shifting DONOR/DESYNCED -> JOINED (TO: {s + g.num(1, 50)})", "shifting")
            w("Member 0.0 (db1) synced with group.", "member_synced")
            w(f"Processing event queue:... 100.0% ({g.num(1, 40)}/{g.num(40, 80)} events) complete.", "event_queue")
            w(f"Shifting JOINED -> SYNCED (TO: {s + g.num(50, 100)})", "shifting")
            w("Server db1 synced with group", "server_synced", thd=2)
        else:
            L.tick(6)
            w(f"1.0 (db2): State transfer to 2.0 (db3) complete.", "st_to_complete")
            w("Member 1.0 (db2) synced with group.", "member_synced")
        L.tick(4)
        w(f"2.0 (db3): State transfer from {donor}.0 ({dn}) complete.", "st_from_complete")
        w("Member 2.0 (db3) synced with group.", "member_synced")

    def desync():
        if 2 not in st["members"]:
            return aborted()
        w("Member 2.0 (db3) desyncs itself from group", "member_desyncs")
        L.tick(300)
        w("Member 2.0 (db3) resyncs itself to group.", "member_resyncs")
        w("Member 2.0 (db3) synced with group.", "member_synced")

    def deadlock():
        st["thd"] += g.num(1, 40)
        thd = st["thd"]
        sku = f"SKU-{g.num(1000, 9999)}"
        st["trx"] += g.num(100, 9000)
        t1, t2 = st["trx"], st["trx"] + g.num(1, 50)
        def n(msg, ev, cont=()):
            m("Note", f"InnoDB: {msg}", ev, thd, cont, comp="InnoDB")
        rec = [(f"Record lock, heap no {g.num(2, 90)} PHYSICAL RECORD: n_fields 5; compact format; info bits 0", "dl_record_lock"),
               (f" 0: len 4; hex 8000{g.hx(4)}; asc     ;;", "dl_field"),
               (f" 1: len 6; hex 0000{g.hx(8)}; asc      ;;", "dl_field"),
               (f" 2: len 7; hex {g.hx(14)}; asc        ;;", "dl_field"),
               (f" 3: len 4; hex 8000{g.hx(4)}; asc     ;;", "dl_field"), ("", "blank")]
        n("Transactions deadlock detected, dumping detailed information.", "dl_detected")
        for k, (t, q) in enumerate([(t1, f"UPDATE inventory SET qty = qty - 1, updated_at = NOW() WHERE sku = '{sku}'"),
                                     (t2, f"INSERT INTO order_items (order_id, sku, qty, price) VALUES ({g.num(10 ** 6, 2 * 10 ** 6)}, '{sku}', 1, 19.90)")], 1):
            n("", "dl_empty_note", [(f"*** ({k}) TRANSACTION:", "dl_transaction"), ("", "blank"),
                                    (f"TRANSACTION {t}, ACTIVE {g.num(0, 3)} sec {g.c(['starting index read', 'inserting'])}", "dl_trx"),
                                    ("mysql tables in use 1, locked 1", "dl_tables_in_use"),
                                    (f"LOCK WAIT {g.num(2, 5)} lock struct(s), heap size 1128, {g.num(1, 4)} row lock(s)", "dl_lock_wait"),
                                    (f"MariaDB thread id {thd - g.num(0, 30)}, OS thread handle {g.num(139000000000000, 140999999999999)}, query id {g.num(10 ** 7, 10 ** 8)} {g.c(apps)} shop_app {g.c(['Updating', 'Update'])}", "dl_thread"),
                                    (q, "dl_query")])
            n("*** WAITING FOR THIS LOCK TO BE GRANTED:", "dl_waiting", [("", "blank"),
              (f"RECORD LOCKS space id {g.num(40, 90)} page no {g.num(3, 900)} n bits {g.c([72, 120, 320])} index PRIMARY of table `shop`.`inventory` trx id {t} lock_mode X locks rec but not gap waiting", "dl_record_locks")] + rec)
            n("*** CONFLICTING WITH:", "dl_conflicting", [(f"RECORD LOCKS space id {g.num(40, 90)} page no {g.num(3, 900)} n bits {g.c([72, 120, 320])} index PRIMARY of table `shop`.`inventory` trx id {t2 if k == 1 else t1} lock_mode X locks rec but not gap", "dl_record_locks")] + rec)
        n("*** WE ROLL BACK TRANSACTION (2)", "dl_rollback")

    def table_cache():
        m("Note", f"Detected table cache mutex contention at instance {g.num(1, 4)}: {g.num(20, 60)}% waits. Additional table cache instance activated. Number of instances after activation: {g.num(2, 8)}.", "table_cache_contention", comp=None)

    def free_blocks():
        m("Warning", f"InnoDB: Difficult to find free blocks in the buffer pool ({g.num(21, 400)} search iterations)! 0 failed attempts to flush a page! Consider increasing innodb_buffer_pool_size. Pending flushes (fsync): 0. {g.num(100, 9000)} OS file reads, {g.num(10 ** 5, 10 ** 7)} OS file writes, {g.num(10 ** 4, 10 ** 6)} OS fsyncs.", "difficult_free_blocks", comp="InnoDB")

    def fc_pause():
        w(f"Failed to report last committed {seqno()}, -110 (Connection timed out)", "failed_report_committed", "Warning")

    def dump():
        m("Note", f"InnoDB: Buffer pool(s) dump completed at {L.t:%y%m%d %H:%M:%S}", "bp_dump_completed", comp="InnoDB")

    ev = [(30, aborted), (8, denied), (2, unresolved), (4, inactive), (0.22, drop_db3), (0.22, rejoin_db3), (0.5, desync), (0.25, deadlock),
          (0.8, table_cache), (0.5, free_blocks), (1, fc_pause), (0.6, dump)]
    return L.run(slowed(L, ev, 40), None)


# 3 ---------------------------------------------------------------- InfluxDB 2.7 influxd (zap logfmt, log-level info, flux-log-enabled), journal output taken
#   with `journalctl -u influxdb -o cat`, a Telegraf metrics store with a restart
@checked
def log_influxdb(seed):
    L = Log("influxd_logfmt", seed, "full", True, True)
    g = L.g
    st = {"log_id": "", "shard": g.num(200, 300), "bucket": g.hx(16), "org": g.hx(16), "gen": {}}
    buckets = {"telegraf": g.hx(16), "_monitoring": g.hx(16), "iot": g.hx(16)}
    DATA = "/var/lib/influxdb2/engine/data"

    def q(v):
        v = str(v)
        if v == "" or any(c in v for c in ' ="\\') or any(ord(c) < 32 for c in v):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        return v

    def lf(lv, msg, ev, comp=None, **kv):
        L.t += dt.timedelta(microseconds=g.num(30, 3000))
        parts = [f"ts={L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z", f"lvl={lv}", f"msg={q(msg)}", f"log_id={st['log_id']}"]
        for k, v in kv.items():
            parts.append(f"{k.rstrip('_')}={q(v)}")
        L.emit(" ".join(parts), ev, lv, comp)

    def trace():
        return "0" + g.alnum(9, B62)

    def dur():
        return f"{g.r.uniform(0.05, 900):.3f}ms"

    def shard_path(b, sid):
        return f"{DATA}/{b}/autogen/{sid}"

    def startup():
        st["log_id"] = "0" + g.alnum(9, B62)
        lf("info", "Welcome to InfluxDB", "welcome", version="v2.7.11", commit="fbf5d4ab5e", build_date="2024-12-02T17:48:17Z", log_level="info")
        lf("info", "Resources opened", "resources_opened", "bolt", service="bolt", path="/var/lib/influxdb2/influxd.bolt")
        lf("info", "Resources opened", "resources_opened", "sqlite", service="sqlite", path="/var/lib/influxdb2/influxd.sqlite")
        lf("info", "Checking InfluxDB metadata for prior version.", "checking_metadata", bolt_path="/var/lib/influxdb2/influxd.bolt")
        lf("info", "Using data dir", "using_data_dir", "storage-engine", service="storage-engine", service_="store", path=DATA)
        lf("info", "Compaction settings", "compaction_settings", "storage-engine", service="storage-engine", service_="store", max_concurrent_compactions=2,
           throughput_bytes_per_second=50331648, throughput_bytes_per_second_burst=50331648)
        lf("info", "Open store (start)", "open_store_start", "storage-engine", service="storage-engine", service_="store", op_name="tsdb_open", op_event="start")
        for b, bid in buckets.items():
            for sid in range(st["shard"] - g.num(2, 5), st["shard"] + 1):
                if g.r.random() < 0.5:
                    lf("info", "Reading file", "reading_wal", "storage-engine", service="storage-engine", engine="tsm1", service_="cacheloader",
                       path=f"/var/lib/influxdb2/engine/wal/{bid}/autogen/{sid}/_{g.num(1, 900):05d}.wal", size=g.num(1000, 10 ** 7))
                lf("info", "Opened shard", "opened_shard", "storage-engine", service="storage-engine", service_="store", op_name="tsdb_open", index_version="tsi1",
                   path=shard_path(bid, sid), duration=dur())
        lf("info", "Open store (end)", "open_store_end", "storage-engine", service="storage-engine", service_="store", op_name="tsdb_open", op_event="end", op_elapsed=dur())
        lf("info", "Starting retention policy enforcement service", "retention_start", "retention", service="retention", check_interval="30m")
        lf("info", "Starting precreation service", "precreation_start", "shard-precreation", service="shard-precreation", check_interval="10m", advance_period="30m")
        lf("info", "Starting query controller", "query_controller", "storage-reads", service="storage-reads", concurrency_quota=1024, initial_memory_bytes_quota_per_query=9223372036854775807,
           memory_bytes_quota_per_query=9223372036854775807, max_memory_bytes=0, queue_size=1024)
        lf("info", "Configuring InfluxQL statement executor (zeros indicate unlimited).", "influxql_config", max_select_point=0, max_select_series=0, max_select_buckets=0)
        lf("info", "Starting", "starting_service", "telemetry", service="telemetry", interval="8h")
        lf("info", "Listening", "listening", "tcp-listener", service="tcp-listener", transport="http", addr=":8086", port=8086)

    def snapshot():
        b = g.c(list(buckets.values()))
        tid = trace()
        lf("info", "Cache snapshot (start)", "snapshot_start", "storage-engine", service="storage-engine", engine="tsm1", trace_id=tid, op_name="tsm1_cache_snapshot", op_event="start")
        lf("info", "Snapshot for path written", "snapshot_written", "storage-engine", service="storage-engine", engine="tsm1", trace_id=tid, op_name="tsm1_cache_snapshot",
           path=shard_path(b, st["shard"]), duration=dur())
        lf("info", "Cache snapshot (end)", "snapshot_end", "storage-engine", service="storage-engine", engine="tsm1", trace_id=tid, op_name="tsm1_cache_snapshot", op_event="end", op_elapsed=dur())

    def compact():
        b = g.c(list(buckets.values()))
        sid = st["shard"] - g.num(0, 3)
        tid = trace()
        level = g.c([1, 1, 1, 2, 2, 3])
        strat = "level" if level < 3 or g.r.random() < 0.5 else "full"
        common = dict(service="storage-engine", engine="tsm1", tsm1_strategy=strat, tsm1_level=level, trace_id=tid, op_name="tsm1_compact_group", db_shard_id=sid)
        lf("info", "TSM compaction (start)", "compaction_start", "storage-engine", **common, op_event="start")
        n = g.c([2, 4, 4, 8])
        lf("info", "Beginning compaction", "beginning_compaction", "storage-engine", **common, tsm1_files_n=n)
        gen = st["gen"].setdefault(sid, g.num(1, 40))
        for i in range(n):
            lf("info", "Compacting file", "compacting_file", "storage-engine", **common, tsm1_index=i, tsm1_file=f"{shard_path(b, sid)}/{gen + i:09d}-{level:09d}.tsm")
        st["gen"][sid] = gen + n
        if g.r.random() < 0.04:
            lf("warn", "Error compacting TSM files", "compaction_error", "storage-engine", **common, error="compaction in progress")
        lf("info", "Compacted file", "compacted_file", "storage-engine", **common, tsm1_index=0, tsm1_file=f"{shard_path(b, sid)}/{gen + n - 1:09d}-{level + 1:09d}.tsm.tmp")
        lf("info", "Finished compacting files", "finished_compacting", "storage-engine", **common, groups=1, files=n, duration=dur())
        lf("info", "TSM compaction (end)", "compaction_end", "storage-engine", **common, op_event="end", op_elapsed=dur())

    def tsi():
        tid = trace()
        p = g.num(0, 7)
        fid = g.num(1, 400)
        common = dict(service="storage-engine", index="tsi", tsi1_partition=p, trace_id=tid, op_name="tsi1_compact_log_file", tsi1_log_file_id=fid)
        lf("info", "TSI log compaction (start)", "tsi_start", "storage-engine", **common, op_event="start")
        lf("info", "Log file compacted", "tsi_log_compacted", "storage-engine", **common, tsi1_series=g.num(10, 9000), elapsed=dur())
        lf("info", "TSI log compaction (end)", "tsi_end", "storage-engine", **common, op_event="end", op_elapsed=dur())

    def retention():
        tid = trace()
        lf("info", "Retention policy deletion check (start)", "retention_check_start", "retention", service="retention", trace_id=tid, op_name="retention_delete_check", op_event="start")
        if g.r.random() < 0.3:
            b = g.c(["iot", "_monitoring"])
            sid = g.num(100, st["shard"] - 10)
            lf("info", "Deleted shard", "deleted_shard", "retention", service="retention", trace_id=tid, op_name="retention_delete_check", bucket_id=buckets[b], shard_id=sid, rp="autogen")
            lf("info", "Deleted shard group", "deleted_shard_group", "retention", service="retention", trace_id=tid, op_name="retention_delete_check", bucket_id=buckets[b], shard_group_id=sid, rp="autogen")
        lf("info", "Retention policy deletion check (end)", "retention_check_end", "retention", service="retention", trace_id=tid, op_name="retention_delete_check", op_event="end", op_elapsed=dur())

    def canceled():
        lf("warn", "internal error not returned to client", "internal_error", handler="error_logger", error=g.c(["context canceled", "context canceled", "unexpected EOF", "http: request body too large"]))

    def unauth():
        lf("info", "Unauthorized", "unauthorized", error=g.c(["authorization not found", "token required", "read:authorizations is unauthorized"]))

    def flux():
        b = g.c(["telegraf", "telegraf", "iot"])
        meas, field = g.c([("cpu", "usage_user"), ("mem", "used_percent"), ("disk", "used_percent"), ("net", "bytes_recv"), ("sensors", "temperature")])
        rng = g.c(["-1h", "-6h", "-15m", "-24h", "v.timeRangeStart"])
        qy = f'from(bucket: "{b}")\n  |> range(start: {rng})\n  |> filter(fn: (r) => r._measurement == "{meas}" and r._field == "{field}")\n  |> aggregateWindow(every: {g.c(["10s", "1m", "5m"])}, fn: mean, createEmpty: false)'
        err = "" if g.r.random() < 0.93 else g.c(["context canceled", f'failed to initialize execute state: could not find bucket "{b}2"'])
        lf("info", "Executed Flux query", "flux_query", "http", service="http", compiler_type="flux", response_size=g.num(200, 900000), query=qy, err=err,
           stat_total_duration=dur(), stat_compile_duration=f"{g.r.uniform(0.05, 2):.3f}ms", stat_execute_duration=dur(), stat_max_allocated=g.num(1000, 10 ** 8), stat_total_allocated=0)

    def precreate():
        st["shard"] += 1
        b = g.c(list(buckets))
        lf("info", "Shard group created", "shard_group_created", "shard-precreation", service="shard-precreation", bucket_id=buckets[b], shard_group_id=st["shard"])

    def write_err():
        lf("info", "Write failed", "write_failed", "storage-engine", service="storage-engine", service_="write", shard=st["shard"],
           error=g.c(["engine: cache-max-memory-size exceeded: (1073749472/1073741824)", "partial write: field type conflict: input field \"value\" on measurement \"sensors\" is type float, already exists as type integer dropped=12"]))

    def restart():
        lf("info", "Terminating precreation service", "terminating_precreation", "shard-precreation", service="shard-precreation")
        lf("info", "Stopping", "stopping_service", "telemetry", service="telemetry", interval="8h")
        lf("info", "Stopping", "stopping_service", "scraper", service="scraper")
        lf("info", "Stopping", "stopping_service", "retention", service="retention")
        lf("info", "Stopping", "stopping_service", "task", service="task")
        L.tick(3)
        startup()

    startup()
    ev = [(14, snapshot), (8, compact), (5, tsi), (2, retention), (5, canceled), (4, unauth), (10, flux), (0.6, precreate), (0.5, write_err), (0.05, restart)]
    return L.run(slowed(L, ev, 20), None)


# 4 ---------------------------------------------------------------- Couchbase Server 7.2 /opt/couchbase/var/lib/couchbase/logs/debug.log of one node of three
#   (ns_server's Erlang logger: "[category:level,time,node:process:module:function:line]message", multi-line Erlang terms)
@checked
def log_couchbase(seed):
    L = Log("couchbase_debug_log", seed, "full", True, True)
    g = L.g
    NODES = ["ns_1@10.0.2.11", "ns_1@10.0.2.12", "ns_1@10.0.2.13"]
    ME = NODES[0]
    buckets = ["orders", "sessions", "catalog"]
    st = {"pid": g.num(3000, 9000), "up": set(NODES)}

    def pid():
        st["pid"] += g.num(1, 400)
        return f"<0.{st['pid']}.0>"

    reg = {name: f"{name}<0.{g.num(200, 900)}.0>" for name in ["ns_doctor", "ns_heart_slow_status_updater", "menelaus_web_alerts_srv", "ns_config_log", "ns_node_disco",
                                                                  "service_status_keeper-index", "query_stats_collector", "compaction_daemon", "auto_failover", "ns_orchestrator", "mb_master"]}

    def cb(cat, lv, proc, mod, fun, line, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 30000))
        comp = f"{cat}|{mod}"
        L.emit(f"[{cat}:{lv},{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z,{ME}:{proc}:{mod}:{fun}:{line}]{msg}", ev, lv, comp)
        for text, e in cont:
            L.emit(text, e, lv, comp)

    def ready():
        n = g.c(NODES)
        bs = g.r.sample(buckets, g.num(1, 3))
        cb("ns_server", "info", reg["ns_doctor"], "ns_doctor", "update_status", 314, f"The following buckets became ready on node '{n}': {jcompact(bs)}", "buckets_ready")

    def compaction():
        b = g.c(buckets)
        p = pid()
        frag = g.c([30, 30, 40])
        cb("ns_server", "info", p, "compaction_daemon", "spawn_scheduled_kv_compactor", 470, f"Start compaction of vbuckets for bucket {b} with config: ", "compaction_start",
           [(f"[{{database_fragmentation_threshold,{{{frag},undefined}}}},", "term_line"),
            (f" {{view_fragmentation_threshold,{{{frag},undefined}}}},", "term_line"),
            (" {magma_fragmentation_percentage,50},", "term_line"),
            (" {parallel_db_and_view_compaction,false}]", "term_line")])
        L.tick(30)
        cb("ns_server", "info", reg["compaction_daemon"], "compaction_daemon", "process_compactors_exit", 1339, "Finished compaction iteration.", "compaction_iteration")

    def no_samples():
        b = g.c(buckets)
        cb("ns_server", "debug", reg["ns_heart_slow_status_updater"], "ns_heart", "grab_latest_stats", 259, f'Ignoring failure to grab "{b}" stats:', "ignoring_stats_failure",
           [("{error,no_samples}", "term_line")])

    def slow_call():
        call = g.c(["{stats,<<>>}", "{stats,<<\"timings\">>}", "{get_vbucket_details_stats,all,[\"state\",\"high_seqno\"]}", "topkeys", "{stats,<<\"checkpoint\">>}"])
        cb("ns_server", "warn", pid(), "ns_memcached", "verify_report_long_call", 369, f"call {call} took too long: {g.num(1000000, 9000000)} us", "long_call")

    def disk():
        cb("ns_server", "info", reg["menelaus_web_alerts_srv"], "menelaus_web_alerts_srv", "global_alert", 87,
           f'Approaching full disk warning. Usage of disk "/opt/couchbase/var" on node "{g.c(NODES)[5:]}" is around {g.num(90, 97)}%.', "disk_alert")

    def config_change():
        key = g.c(["buckets", "nodes_wanted", "counters", "auto_failover_cfg", "memcached"])
        cont = [(f"{key} ->", "config_key")]
        if key == "buckets":
            b = g.c(buckets)
            cont += [("[{'_vclock',[{<<\"" + g.hx(32) + f"\">>,{{{g.num(10, 900)},{g.num(63800000000, 63900000000)}}}}}]}},", "term_line"),
                     (" {configs,[{\"" + b + "\",", "term_line"),
                     (f"             [{{num_replicas,1}},", "term_line"),
                     (f"              {{replica_index,false}},", "term_line"),
                     (f"              {{ram_quota,{g.c([536870912, 1073741824, 2147483648])}}},", "term_line"),
                     (f"              {{durability_min_level,none}},", "term_line"),
                     ("              {servers,['" + "','".join(NODES) + "']},", "term_line"),
                     (f"              {{map_opts_hash,{g.num(10 ** 7, 10 ** 8)}}}]}}]}}]", "term_line")]
        elif key == "nodes_wanted":
            cont += [("['" + "','".join(sorted(st["up"])) + "']", "term_line")]
        elif key == "counters":
            cont += [(f"[{{'_vclock',[{{<<\"{g.hx(32)}\">>,{{{g.num(10, 90)},{g.num(63800000000, 63900000000)}}}}}]}},", "term_line"),
                     (f" {{rebalance_success,{g.num(1, 40)}}},", "term_line"), (f" {{rebalance_start,{g.num(1, 40)}}},", "term_line"), (f" {{failover_node,{g.num(0, 5)}}}]", "term_line")]
        else:
            cont += [(f"[{{enabled,true}},{{timeout,{g.c([30, 120])}}},{{count,0}},{{max_count,1}}]", "term_line")]
        cb("ns_server", "debug", reg["ns_config_log"], "ns_config_log", "log_common", 232, "config change:", "config_change", cont)

    def index_status():
        cb("ns_server", "error", reg["service_status_keeper-index"], "service_status_keeper", "handle_cast", 103, "Service service_index returned incorrect status", "incorrect_status")

    def query_stats():
        cb("ns_server", "error", reg["query_stats_collector"], "rest_utils", "get_json", 59,
           f"Request to (n1ql) /admin/stats failed: {{error,{{econnrefused,[{{lhttpc_client,send_request,1,[{{file,\"/home/couchbase/jenkins/workspace/couchbase-server-unix/couchdb/src/lhttpc/lhttpc_client.erl\"}},{{line,220}}]}}]}}}}", "request_failed")

    def node_down():
        others = [n for n in NODES if n != ME]
        n = g.c(others)
        if n in st["up"]:
            st["up"].discard(n)
            cb("user", "warn", reg["ns_node_disco"], "ns_node_disco", "handle_info", 248, f"Node '{ME}' saw that node '{n}' went down. Details: [{{nodedown_reason,{g.c(['net_tick_timeout', 'connection_closed'])}}}]", "node_went_down")
            if g.r.random() < 0.5:
                L.tick(31)
                cb("ns_server", "info", reg["auto_failover"], "auto_failover", "log_down_nodes_reason", 456, f"Node '{n}' is considered down. Reason:\"The cluster manager did not respond. \". ", "considered_down")
        else:
            st["up"].add(n)
            cb("user", "info", reg["ns_node_disco"], "ns_node_disco", "handle_info", 242, f"Node '{ME}' saw that node '{n}' came up. Tags: []", "node_came_up")
            L.tick(5)
            ready()

    def rebalance():
        op = g.hx(32)
        keep = "['" + "','".join(NODES) + "']"
        p = pid()
        cb("user", "info", reg["ns_orchestrator"], "ns_orchestrator", "idle", 773, f"Starting rebalance, KeepNodes = {keep}, EjectNodes = [], Failed over and being ejected nodes = []; no delta recovery nodes; Operation Id = {op}", "rebalance_start")
        cb("rebalance", "info", p, "ns_rebalancer", "drop_old_2i_indexes", 669, f"Going to drop possible old 2i indexes on nodes {keep}", "drop_old_indexes")
        for b in buckets:
            L.tick(1)
            cb("rebalance", "info", p, "ns_rebalancer", "rebalance_bucket", 1041, f"Started rebalancing bucket {b}", "rebalancing_bucket")
            cb("user", "info", p, "ns_rebalancer", "rebalance_membase_bucket", 1090, f'Bucket "{b}" rebalance does not seem to be swap rebalance', "not_swap")
            L.tick(20)
            if g.r.random() < 0.3:
                cb("ns_server", "debug", pid(), "ns_vbucket_mover", "spawn_workers", 349, f"Got actions: [{{move,{{{g.num(0, 1023)},['{NODES[0]}',undefined],['{NODES[1]}','{NODES[2]}'],[]}}}}]", "got_actions")
        if g.r.random() < 0.85:
            cb("user", "info", reg["ns_orchestrator"], "ns_orchestrator", "log_rebalance_completion", 1447, "Rebalance completed successfully.", "rebalance_completed",
               [(f"Rebalance Operation Id = {op}", "rebalance_op_id")])
        else:
            cb("user", "error", reg["ns_orchestrator"], "ns_orchestrator", "log_rebalance_completion", 1447,
               f"Rebalance exited with reason {{mover_crashed,{{unexpected_exit,{{'EXIT',<0.{g.num(10000, 90000)}.0>,{{dcp_wait_for_data_move_failed,\"{g.c(buckets)}\",{g.num(0, 1023)},'{NODES[2]}',[{{'{NODES[1]}',{{error,no_stats_for_this_vbucket}}}}]}}}}}}}}}}.", "rebalance_exited",
               [(f"Rebalance Operation Id = {op}", "rebalance_op_id")])

    def janitor():
        b = g.c(buckets)
        cb("ns_server", "info", pid(), "ns_janitor", "cleanup_with_membase_bucket_check_map", 123, f"Janitor is going to change replication for bucket \"{b}\" on nodes ['{g.c(NODES)}']", "janitor_replication") if g.r.random() < 0.3 else \
            cb("ns_server", "debug", reg["ns_orchestrator"], "ns_orchestrator", "handle_info", 295, f"Skipping janitor in state rebalancing: {{rebalancing_state,{pid()},{{dict,0,16,16,8,80,48,{{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}},{{{{[],[],[],[],[],[],[],[],[],[],[],[],[],[],[],[]}}}}}},[],[],'{g.c(NODES)}'}}", "skipping_janitor")

    def bucket_created():
        b = g.c(["reports_tmp", "import_staging", "analytics_scratch"])
        cb("user", "info", pid(), "menelaus_web_buckets", "do_bucket_create", 806, f'Created bucket "{b}" of type: couchbase', "bucket_created",
           [("[{num_replicas,1},", "term_line"), (" {replica_index,false},", "term_line"), (f" {{ram_quota,{g.c([104857600, 209715200])}}},", "term_line"),
            (" {durability_min_level,none},", "term_line"), (" {flush_enabled,false},", "term_line"), (" {storage_mode,couchstore}]", "term_line")])

    def memcached():
        cb("ns_server", "info", pid(), "ns_memcached", "ensure_bucket", 1334, f"Bucket \"{g.c(buckets)}\" is ready", "bucket_ready")

    ev = [(8, ready), (4, compaction), (8, no_samples), (12, slow_call), (4, disk), (2, config_change), (4, index_status), (5, query_stats),
          (1.5, node_down), (0.6, rebalance), (3, janitor), (0.4, bucket_created), (4, memcached)]
    return L.run(slowed(L, ev, 25), None)


# 5 ---------------------------------------------------------------- Apache Solr 9.6 SolrCloud node, server/logs/solr.log (log4j2 "%d %-5p (%t) [%notEmpty{c:..}..] %c{1.} %m%notEmpty{ =>%ex{short}}")
@checked
def log_solr(seed):
    L = Log("solr_log", seed, "full", True, True)
    g = L.g
    ME = "10.0.3.21"
    cores = [("products", "shard1", "core_node2", "products_shard1_replica_n1"), ("products", "shard2", "core_node4", "products_shard2_replica_n3"),
             ("logs", "shard1", "core_node6", "logs_shard1_replica_n5")]
    st = {"ver": 1785000000000000000 + g.num(0, 10 ** 15), "searcher": {}, "qtp": g.num(10 ** 8, 2 * 10 ** 9)}
    terms = ["laptop", "usb-c cable", "monitor 27", "headphones", "ssd 1tb", "keyboard", "webcam", "dock", "charger", "mouse", "hdmi", "router"]

    def mdc(core):
        if not core:
            return "[]"
        c, s, r, x = core
        return f"[c:{c} s:{s} r:{r} x:{x}]"

    def sl(lv, th, core, cat, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(100, 20000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {lv:<5} ({th}) {mdc(core)} {cat} {msg}", ev, lv, cat)
        for text, e in cont:
            L.emit(text, e, lv, cat)

    def qtp():
        return f"qtp{st['qtp']}-{g.num(20, 400)}"

    def enc(s):
        return s.replace(" ", "+").replace(":", "%3A").replace('"', "%22")

    def select():
        core = g.c(cores[:2] * 4 + cores[2:])
        if core[0] == "products":
            q = f"q={enc(g.c(terms))}&defType=edismax&qf=name^3+description&fq=in_stock:true&rows={g.c([10, 24, 48])}&start={g.c([0, 0, 0, 24, 48])}&wt=json"
        else:
            q = f"q=level:{g.c(['ERROR', 'WARN'])}&fq=timestamp:[NOW-{g.c(['1HOUR', '1DAY', '15MINUTES'])}+TO+NOW]&sort=timestamp+desc&rows=100&wt=javabin&version=2"
        qt = int(g.r.expovariate(1 / 12)) + 1
        hits = g.num(0, 90000)
        if qt > 900:
            sl("WARN", qtp(), core, "o.a.s.c.S.SlowRequest", f"slow: webapp=/solr path=/select params={{{q}}} hits={hits} status=0 QTime={qt}", "slow_request")
        sl("INFO", qtp(), core, "o.a.s.c.S.Request", f"webapp=/solr path=/select params={{{q}}} hits={hits} status=0 QTime={qt}", "request_select")

    def distrib_select():
        core = g.c(cores[:2])
        q = f"df=_text_&distrib=false&fl=id&fl=score&shards.purpose=16388&start=0&fsv=true&shard.url=http://{ME}:8983/solr/{core[3]}/|http://10.0.3.22:8983/solr/{core[3][:-1]}{int(core[3][-1]) + 1}/&rows=10&rid={g.alnum(6)}-{g.num(1000, 99999)}&version=2&q={enc(g.c(terms))}&NOW={int(L.t.timestamp() * 1000)}&isShard=true&wt=javabin"
        sl("INFO", qtp(), core, "o.a.s.c.S.Request", f"webapp=/solr path=/select params={{{q}}} hits={g.num(0, 9000)} status=0 QTime={g.num(0, 40)}", "request_select")

    def update():
        core = g.c(cores)
        n = g.num(1, 30)
        ids = []
        for _ in range(min(n, 10)):
            st["ver"] += g.num(10 ** 6, 10 ** 9)
            ids.append(f"{'SKU-' + str(g.num(10000, 99999)) if core[0] == 'products' else g.uuid()} ({st['ver']})")
        adds = ", ".join(ids) + (f", ... ({n} adds)" if n > 10 else "")
        if g.r.random() < 0.5:
            params = "update.distrib=FROMLEADER&distrib.from=http://10.0.3.22:8983/solr/" + core[3][:-1] + str(int(core[3][-1]) + 1) + "/&wt=javabin&version=2"
        else:
            params = "wt=javabin&version=2"
        sl("INFO", qtp(), core, "o.a.s.u.p.LogUpdateProcessorFactory", f"[{core[3]}]  webapp=/solr path=/update params={{{params}}}{{add=[{adds}]}} 0 {g.num(1, 90)}", "log_update")

    def commit():
        core = g.c(cores)
        th = f"commitScheduler-{g.num(10, 40)}-thread-1"
        soft = g.r.random() < 0.6
        st["ver"] += g.num(10 ** 9, 10 ** 11)
        sl("INFO", th, core, "o.a.s.u.DirectUpdateHandler2", f"start commit{{_version_={st['ver']},optimize=false,openSearcher={'true' if soft else 'false'},waitSearcher=true,expungeDeletes=false,softCommit={'true' if soft else 'false'},prepareCommit=false}}", "start_commit")
        if not soft:
            sl("INFO", th, core, "o.a.s.u.SolrIndexWriter", f"Calling setCommitData with IW:org.apache.solr.update.SolrIndexWriter@{g.hx(8)} commitCommandVersion:{st['ver']}", "set_commit_data")
        else:
            sid = g.hx(8)
            sl("INFO", th, core, "o.a.s.s.SolrIndexSearcher", f"Opening [Searcher@{sid}[{core[3]}] main]", "opening_searcher")
            sl("INFO", f"searcherExecutor-{g.num(10, 40)}-thread-1-processing-{core[3]}", core, "o.a.s.c.SolrCore", f"Registered new searcher autowarm time: {g.num(0, 40)} ms", "registered_searcher")
        sl("INFO", th, core, "o.a.s.u.DirectUpdateHandler2", "end_commit_flush", "end_commit_flush")

    def admin():
        which = g.c(["metrics", "metrics", "cores", "info/system", "collections"])
        if which == "metrics":
            p = "params={wt=json&group=solr.jvm,solr.node,solr.core&prefix=QUERY./select.requestTimes,UPDATE./update.requestTimes,INDEX.sizeInBytes}"
        elif which == "cores":
            p = "params={indexInfo=false&wt=json&_=" + str(int(L.t.timestamp() * 1000)) + "}"
        elif which == "collections":
            p = "params={action=CLUSTERSTATUS&wt=json}"
        else:
            p = "params={wt=json}"
        sl("INFO", qtp(), None, "o.a.s.s.HttpSolrCall", f"[admin] webapp=null path=/admin/{which} {p} status=0 QTime={g.num(0, 40)}", "admin_call")

    def bad_query():
        core = g.c(cores[:2])
        fld = g.c(["prize", "brnad", "catgory", "in_stok"])
        q = f"q={fld}:{g.c(terms).split()[0]}&wt=json"
        sl("ERROR", qtp(), core, "o.a.s.h.RequestHandlerBase", f"Client exception => org.apache.solr.common.SolrException: undefined field {fld}", "client_exception",
           [("\tat org.apache.solr.schema.IndexSchema.getDynamicFieldType(IndexSchema.java:1460)", "stack_frame"),
            ("org.apache.solr.common.SolrException: undefined field " + fld, "exception_line"),
            ("\tat org.apache.solr.schema.IndexSchema.getDynamicFieldType(IndexSchema.java:1460) ~[?:?]", "stack_frame_jar"),
            ("\tat org.apache.solr.schema.IndexSchema$SolrQueryAnalyzer.getWrappedAnalyzer(IndexSchema.java:500) ~[?:?]", "stack_frame_jar"),
            ("\tat org.apache.solr.search.ExtendedDismaxQParser.parse(ExtendedDismaxQParser.java:185) ~[?:?]", "stack_frame_jar"),
            ("\tat org.apache.solr.handler.component.QueryComponent.prepare(QueryComponent.java:173) ~[?:?]", "stack_frame_jar"),
            ("\tat org.apache.solr.handler.RequestHandlerBase.handleRequest(RequestHandlerBase.java:226) ~[?:?]", "stack_frame_jar"),
            ("\tat org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:516) ~[jetty-server-10.0.20.jar:10.0.20]", "stack_frame_jar"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583) [?:?]", "stack_frame_jar")])
        sl("INFO", qtp(), core, "o.a.s.c.S.Request", f"webapp=/solr path=/select params={{{q}}} status=400 QTime={g.num(0, 5)}", "request_select")

    def zk_change():
        coll = g.c(["products", "logs"])
        sl("INFO", f"zkCallback-{g.num(10, 20)}-thread-{g.num(1, 9)}", None, "o.a.s.c.c.ZkStateReader",
           f"A cluster state change: [WatchedEvent state:SyncConnected type:NodeDataChanged path:/collections/{coll}/state.json] for collection [{coll}] has occurred - updating... (live nodes size: [{g.c([3, 3, 3, 2])}])", "cluster_state_change")

    def live_nodes():
        a, b = g.c([(3, 2), (2, 3)])
        sl("INFO", f"zkCallback-{g.num(10, 20)}-thread-{g.num(1, 9)}", None, "o.a.s.c.c.ZkStateReader", f"Updated live nodes from ZooKeeper... ({a}) -> ({b})", "live_nodes_updated")
        if b < a:
            return
        core = cores[1]
        th = f"recoveryExecutor-{g.num(10, 20)}-thread-1-processing-{core[3]}"
        sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", "Starting recovery process. recoveringAfterStartup=false", "recovery_starting")
        sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", f"Begin buffering updates. core=[{core[3]}]", "begin_buffering")
        sl("INFO", th, core, "o.a.s.u.UpdateLog", f"Starting to buffer updates. FSUpdateLog{{state=ACTIVE, tlog=tlog{{file=/var/solr/data/{core[3]}/data/tlog/tlog.{g.num(0, 900):019d} refcount=1}}}}", "start_buffer")
        sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", f"Publishing state of core [{core[3]}] as recovering, leader is [http://10.0.3.22:8983/solr/products_shard2_replica_n4/] and I am [http://{ME}:8983/solr/{core[3]}/]", "publishing_recovering")
        sl("INFO", th, core, "o.a.s.u.PeerSyncWithLeader", f"PeerSync: core={core[3]} url=http://{ME}:8983/solr START leader=http://10.0.3.22:8983/solr/products_shard2_replica_n4/ nUpdates=100", "peersync_start")
        L.tick(1)
        if g.r.random() < 0.8:
            sl("INFO", th, core, "o.a.s.u.PeerSyncWithLeader", f"PeerSync: core={core[3]} url=http://{ME}:8983/solr  Received {g.num(1, 99)} versions from http://10.0.3.22:8983/solr/products_shard2_replica_n4/", "peersync_received")
            sl("INFO", th, core, "o.a.s.u.PeerSyncWithLeader", f"PeerSync: core={core[3]} url=http://{ME}:8983/solr DONE. sync succeeded", "peersync_done")
            sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", "PeerSync Recovery was successful - registering as Active.", "peersync_success")
        else:
            sl("INFO", th, core, "o.a.s.u.PeerSyncWithLeader", f"PeerSync: core={core[3]} url=http://{ME}:8983/solr DONE. sync failed", "peersync_failed")
            sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", "PeerSync Recovery was not successful - trying replication.", "peersync_not_successful")
            sl("INFO", th, core, "o.a.s.h.IndexFetcher", f"Starting download (fullCopy=false) to MMapDirectory@/var/solr/data/{core[3]}/data/index.{L.t:%Y%m%d%H%M%S}{ms3(L.t)} lockFactory=org.apache.lucene.store.NativeFSLockFactory@{g.hx(8)}", "starting_download")
            L.tick(20)
            sl("INFO", th, core, "o.a.s.h.IndexFetcher", f"Total time taken for download (fullCopy=false,bytesDownloaded={g.num(10 ** 6, 10 ** 10)}) : {g.num(3, 300)} secs ({g.num(10 ** 5, 10 ** 8)} bytes/sec) to MMapDirectory@/var/solr/data/{core[3]}/data/index.{L.t:%Y%m%d%H%M%S}{ms3(L.t)} lockFactory=org.apache.lucene.store.NativeFSLockFactory@{g.hx(8)}", "download_total_time")
            sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", "Replication Recovery was successful.", "replication_success")
        sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", "Registering as Active after recovery.", "registering_active")
        sl("INFO", th, core, "o.a.s.c.RecoveryStrategy", f"Finished recovery process, successful=[true] msTimeTaken={g.num(300, 90000)}", "recovery_finished")

    def circuit():
        core = g.c(cores)
        exc = f"org.apache.solr.client.solrj.SolrServerException: Timeout occurred while waiting response from server at: http://10.0.3.22:8983/solr/{core[3][:-1]}{int(core[3][-1]) + 1}"
        sl("ERROR", qtp(), core, "o.a.s.s.HttpSolrCall", f"org.apache.solr.common.SolrException: Circuit Breakers tripped JVM Heap usage {g.num(91, 99)}.{g.num(0, 99)}% > threshold 90%", "circuit_breaker") if g.r.random() < 0.5 else \
            sl("WARN", qtp(), core, "o.a.s.u.p.DistributedZkUpdateProcessor", f"Error sending update to http://10.0.3.22:8983/solr => {exc}", "error_sending_update",
               [("\tat org.apache.solr.client.solrj.impl.Http2SolrClient.request(Http2SolrClient.java:522)", "stack_frame"),
                (exc, "exception_line"),
                ("\tat org.apache.solr.client.solrj.impl.Http2SolrClient.request(Http2SolrClient.java:522) ~[?:?]", "stack_frame_jar"),
                ("\tat org.apache.solr.update.SolrCmdDistributor.doRequest(SolrCmdDistributor.java:338) ~[?:?]", "stack_frame_jar"),
                ("Caused by: java.util.concurrent.TimeoutException: Total timeout 600000 ms elapsed", "caused_by"),
                ("\tat org.eclipse.jetty.client.HttpConnection$RequestTimeouts.onExpired(HttpConnection.java:342) ~[jetty-client-10.0.20.jar:10.0.20]", "stack_frame_jar"),
                ("\t... 3 more", "stack_more")])

    ev = [(40, select), (12, distrib_select), (16, update), (6, commit), (8, admin), (1.2, bad_query), (2, zk_change), (0.25, live_nodes), (0.6, circuit)]
    return L.run(slowed(L, ev, 1.5), None)


# 6 ---------------------------------------------------------------- NSQ 1.3: nsqd and nsqlookupd on one host, both run by supervisord into one file
#   ("[nsqd] 2026/12/01 10:00:00.123456 INFO: ...": the program's prefix before the time, Go's log with Lmicroseconds)
@checked
def log_nsq(seed):
    L = Log("nsq_daemons", seed, "full", True, True)
    g = L.g
    st = {"clients": {}, "lk_clients": {}}
    topics = {"orders": ["billing", "email", "analytics"], "events": ["archiver", "tail#ephemeral"], "payments": ["ledger"]}
    consumers = [(f"10.0.4.{g.num(10, 60)}", h) for h in ["billing-worker-1", "billing-worker-2", "mailer-1", "analytics-etl", "archiver-1", "ledger-1", "ledger-2", "nsq_tail"]]
    producers = [f"10.0.4.{g.num(70, 90)}" for _ in range(4)]
    NSQD = "10.0.4.2"

    def nl(prog, lv, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(20, 5000))
        L.emit(f"[{prog}] {L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)} {lv}: {msg}", ev, lv, prog)

    def startup():
        nl("nsqlookupd", "INFO", "nsqlookupd v1.3.0 (built w/go1.21.5)", "lookupd_version")
        nl("nsqlookupd", "INFO", "TCP: listening on [::]:4160", "tcp_listening")
        nl("nsqlookupd", "INFO", "HTTP: listening on [::]:4161", "http_listening")
        nl("nsqd", "INFO", "nsqd v1.3.0 (built w/go1.21.5)", "nsqd_version")
        nl("nsqd", "INFO", f"ID: {g.num(100, 999)}", "nsqd_id")
        nl("nsqd", "INFO", "NSQ: persisting topic/channel metadata to /var/lib/nsq/nsqd.dat", "persisting_metadata")
        for tname, chans in topics.items():
            nl("nsqd", "INFO", f"TOPIC({tname}): created", "topic_created")
            for c in chans:
                if "#ephemeral" not in c:
                    nl("nsqd", "INFO", f"TOPIC({tname}): new channel({c})", "new_channel")
        nl("nsqd", "INFO", "TCP: listening on [::]:4150", "tcp_listening")
        nl("nsqd", "INFO", "HTTP: listening on [::]:4151", "http_listening")
        nl("nsqd", "INFO", "LOOKUP connecting to 127.0.0.1:4160", "lookup_connecting")
        lk = f"127.0.0.1:{g.port()}"
        nl("nsqlookupd", "INFO", f"TCP: new client({lk})", "tcp_new_client")
        nl("nsqlookupd", "INFO", f"CLIENT({lk}): desired protocol magic '  V1'", "protocol_magic")
        nl("nsqlookupd", "INFO", f"CLIENT({lk}): IDENTIFY Address:nsq-1 TCP:4150 HTTP:4151 Version:1.3.0", "lookupd_identify")
        nl("nsqlookupd", "INFO", f"DB: client({lk}) REGISTER category:client key: subkey:", "db_register")
        nl("nsqd", "INFO", "LOOKUPD(127.0.0.1:4160): peer info {TCPPort:4160 HTTPPort:4161 Version:1.3.0 BroadcastAddress:nsq-1}", "lookupd_peer_info")
        st["lk"] = lk
        for tname, chans in topics.items():
            register(tname, None)
            for c in chans:
                if "#ephemeral" not in c:
                    register(tname, c)

    def register(tname, chan, un=False):
        verb = "UNREGISTER" if un else "REGISTER"
        if chan is None:
            nl("nsqd", "INFO", f"LOOKUPD(127.0.0.1:4160): topic {verb} {tname}", "lookupd_cmd")
            nl("nsqlookupd", "INFO", f"DB: client({st['lk']}) {verb} category:topic key:{tname} subkey:", "db_unregister" if un else "db_register")
        else:
            nl("nsqd", "INFO", f"LOOKUPD(127.0.0.1:4160): channel {verb} {tname} {chan}", "lookupd_cmd")
            nl("nsqlookupd", "INFO", f"DB: client({st['lk']}) {verb} category:channel key:{tname} subkey:{chan}", "db_unregister" if un else "db_register")

    def connect():
        ip, name = g.c(consumers)
        addr = f"{ip}:{g.port()}"
        nl("nsqd", "INFO", f"TCP: new client({addr})", "tcp_new_client")
        nl("nsqd", "INFO", f"CLIENT({addr}): desired protocol magic '  V2'", "protocol_magic")
        nl("nsqd", "INFO", f"[{addr}] IDENTIFY: {{ClientID:{name} Hostname:{name} HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:250 FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:6 Snappy:false SampleRate:0 UserAgent:{g.c(['go-nsq/1.1.0', 'pynsq/0.9.1', 'nsqjs/0.13.0'])} MsgTimeout:0}}", "identify")
        tname = g.c(list(topics))
        chan = g.c(topics[tname])
        if chan.endswith("#ephemeral") and g.r.random() < 0.5:
            nl("nsqd", "INFO", f"TOPIC({tname}): new channel({chan})", "new_channel")
        st["clients"][addr] = (name, tname, chan)

    def disconnect():
        if not st["clients"]:
            return connect()
        addr = g.c(list(st["clients"]))
        name, tname, chan = st["clients"].pop(addr)
        if g.r.random() < 0.4:
            err = g.c([f"failed to read command - read tcp {NSQD}:4150->{addr}: read: connection reset by peer",
                       f"failed to read command - read tcp {NSQD}:4150->{addr}: i/o timeout", "E_INVALID cannot FIN in current state"])
            nl("nsqd", "ERROR", f"[{addr}] - {err}", "client_error")
        nl("nsqd", "INFO", f"PROTOCOL(V2): [{addr}] exiting ioloop", "exiting_ioloop")
        if chan.endswith("#ephemeral") and not any(v[2] == chan for v in st["clients"].values()):
            nl("nsqd", "INFO", f"CHANNEL({chan}): deleting", "channel_deleting")

    def fin_failed():
        if not st["clients"]:
            return connect()
        addr = g.c(list(st["clients"]))
        nl("nsqd", "ERROR", f"[{addr}] - E_FIN_FAILED FIN {g.hx(16)} failed ID not in flight", "client_error")

    def req_failed():
        if not st["clients"]:
            return connect()
        addr = g.c(list(st["clients"]))
        nl("nsqd", "ERROR", f"[{addr}] - E_REQ_FAILED REQ {g.hx(16)} failed ID not in flight", "client_error")

    def http():
        who = g.c(["nsqadmin", "nsqadmin", "prom", "pub", "pub", "pub"])
        if who == "pub":
            tname = g.c(list(topics))
            path = g.c([f"/pub?topic={tname}", f"/mpub?topic={tname}&binary=true"])
            nl("nsqd", "INFO", f"200 POST {path} ({g.c(producers)}:{g.port()}) {g.r.uniform(40, 900):.2f}µs", "http_request")
        elif who == "prom":
            nl("nsqd", "INFO", f"200 GET /stats?format=json ({NSQD}:{g.port()}) {g.r.uniform(0.2, 4):.5f}ms", "http_request")
        else:
            prog = g.c(["nsqd", "nsqlookupd"])
            path = "/stats?format=json&include_clients=true" if prog == "nsqd" else g.c(["/nodes", "/topics", f"/lookup?topic={g.c(list(topics))}", "/ping"])
            nl(prog, "INFO", f"200 GET {path} (10.0.4.5:{g.port()}) {g.r.uniform(30, 3000):.3f}µs", "http_request")

    def ping():
        nl("nsqd", "DEBUG", "LOOKUPD(127.0.0.1:4160): sending heartbeat", "sending_heartbeat")
        nl("nsqlookupd", "DEBUG", f"CLIENT({st['lk']}): pinged (last ping {g.r.uniform(14.9, 15.1):.6f}s)", "pinged")

    def depth():
        tname = g.c(list(topics))
        nl("nsqd", "WARNING", f"TOPIC({tname}): failed to put msg({g.hx(16)}) to backend - {g.c(['write /var/lib/nsq/' + tname + '.diskqueue.000123.dat: no space left on device', 'exiting'])}", "put_failed")

    def new_topic():
        tname = g.c(["orders-retry", "events-replay", "debug-tail"])
        if tname in topics:
            nl("nsqd", "INFO", f"TOPIC({tname}): deleting", "topic_deleting")
            nl("nsqd", "INFO", f"DISKQUEUE({tname}): deleting", "diskqueue_deleting")
            register(tname, None, un=True)
            del topics[tname]
            return
        topics[tname] = [g.c(["replayer", "debug"])]
        nl("nsqd", "INFO", f"TOPIC({tname}): created", "topic_created")
        register(tname, None)
        nl("nsqd", "INFO", f"TOPIC({tname}): new channel({topics[tname][0]})", "new_channel")
        register(tname, topics[tname][0])

    def persist():
        nl("nsqd", "INFO", "NSQ: persisting topic/channel metadata to /var/lib/nsq/nsqd.dat", "persisting_metadata")

    def restart():
        nl("nsqd", "INFO", "TCP: closing [::]:4150", "tcp_closing")
        nl("nsqd", "INFO", "HTTP: closing [::]:4151", "http_closing")
        for addr in list(st["clients"]):
            nl("nsqd", "INFO", f"PROTOCOL(V2): [{addr}] exiting ioloop", "exiting_ioloop")
        st["clients"].clear()
        nl("nsqd", "INFO", "NSQ: persisting topic/channel metadata to /var/lib/nsq/nsqd.dat", "persisting_metadata")
        for tname, chans in topics.items():
            nl("nsqd", "INFO", f"TOPIC({tname}): closing ... messagePump", "topic_closing")
            for c in chans:
                nl("nsqd", "INFO", f"DISKQUEUE({tname}:{c}): closing ... flushing and syncing {g.num(0, 900)} bytes", "diskqueue_closing")
        nl("nsqd", "INFO", "LOOKUP(127.0.0.1:4160): closing", "lookup_closing")
        nl("nsqlookupd", "INFO", f"PROTOCOL(V1): [{st['lk']}] exiting ioloop", "exiting_ioloop")
        nl("nsqlookupd", "INFO", f"DB: client({st['lk']}) UNREGISTER category:client key: subkey:", "db_unregister")
        L.tick(5)
        startup()

    startup()
    ev = [(10, connect), (9, disconnect), (3, fin_failed), (1.5, req_failed), (40, http), (14, ping), (0.4, depth), (0.8, new_topic), (1.5, persist), (0.08, restart)]
    return L.run(slowed(L, ev, 3), None)


# 7 ---------------------------------------------------------------- Kamailio 5.7 SIP edge proxy in front of a PBX, /var/log/syslog via rsyslog (ident "/usr/sbin/kamailio",
#   Kamailio's own "LEVEL: module [file:line]: function(): " prefix; rsyslog escapes control characters as #015#012)
@checked
def log_kamailio(seed):
    L = Log("kamailio_syslog", seed, "noyear", True, True)
    g = L.g
    HOST = "sip-edge1"
    DOM = "voip.example.com"
    udp = list(range(2301, 2309))
    tcp = list(range(2320, 2326))
    st = {"main": 2300, "node": "0x7f" + g.hx(10)}
    exts = {str(1000 + i): (f"10.0.5.{g.num(20, 200)}", g.port() if g.r.random() < 0.4 else 5060, g.c(["Yealink SIP-T46U 108.86.0.20", "Grandstream GXP2170 1.0.11.64", "Linphone/5.2.5 (belle-sip/5.2.0)", "Zoiper rv2.10.20.3", "Cisco/SPA504G-7.6.2c"])) for i in range(1, 25)}
    scanners = [(g.ip("pub"), g.c(["friendly-scanner", "sipvicious", "SIPVicious 0.3.4", "PortSIP VoIP SDK 11.2", "pplsip"])) for _ in range(8)]
    carriers = ["203.0.113.50", "203.0.113.51"]

    def k(pid, lv, mod, where, msg, ev):
        L.t += dt.timedelta(microseconds=g.num(100, 90000))
        pre = f"{lv}: {mod} [{where}]: " if where else f"{lv}: {mod}: "
        L.emit(f"{syslog_ts(L.t)} {HOST} /usr/sbin/kamailio[{pid}]: {pre}{msg}", ev, lv, mod)

    def cid():
        return g.c([f"{g.hx(8)}-{g.hx(4)}-{g.hx(4)}@{g.c(list(exts.values()))[0]}", f"{g.alnum(22, B62)}", f"{g.num(10 ** 8, 10 ** 9)}@{g.ip('pub')}"])

    def startup():
        p = st["main"]
        k(p, "INFO", "<core>", "core/sctp_core.c:75", "sctp_core_check_support(): SCTP API not enabled - if you want to use it, load sctp module", "sctp_not_enabled")
        k(p, "INFO", "<core>", "main.c:2930", "main(): processes (at least): 38 - shm size: 268435456 - pkg size: 8388608", "processes_at_least")
        k(p, "INFO", "<core>", "core/udp_server.c:154", "probe_max_receive_buffer(): SO_RCVBUF is initially 212992", "so_rcvbuf_initial")
        k(p, "INFO", "<core>", "core/udp_server.c:206", "probe_max_receive_buffer(): SO_RCVBUF is finally 425984", "so_rcvbuf_final")
        k(p, "INFO", "<core>", "core/tcp_main.c:5071", "init_tcp(): using epoll_lt as the io watch method (auto detected)", "init_tcp")
        k(p, "INFO", "rtpengine", "rtpengine.c:2982", "rtpp_test(): rtp proxy <udp:127.0.0.1:2223> found, support for it enabled", "rtpp_found")
        k(p, "NOTICE", "<script>", None, "Kamailio edge proxy started, routing to PBX 10.0.5.2:5060", "script_started")

    def register():
        ext = g.c(list(exts))
        ip, port, ua = exts[ext]
        pid = g.c(udp)
        k(pid, "INFO", "<script>", None, f"[REGISTER] {ext}@{DOM} from {ip}:{port} expires {g.c([3600, 3600, 600, 120, 0])} ua \"{ua}\"", "script_register")

    def invite():
        ext = g.c(list(exts))
        ip, port, _ = exts[ext]
        pid = g.c(udp)
        c = cid()
        dst = g.c([f"+49{g.num(30, 89)}{g.num(1000000, 9999999)}", str(g.num(1001, 1024)), f"0{g.num(100000000, 999999999)}"])
        k(pid, "INFO", "<script>", None, f"[INVITE] call-id {c} from sip:{ext}@{DOM} to sip:{dst}@{DOM} via {ip}:{port}", "script_invite")
        if dst.startswith("+") or dst.startswith("0"):
            k(pid, "INFO", "<script>", None, f"[DISPATCH] call-id {c} to carrier set 1 dst sip:{g.c(carriers)}:5060", "script_dispatch")
        if g.r.random() < 0.05:
            k(pid, "ERROR", "rtpengine", "rtpengine.c:3313", "send_rtpp_command(): timeout waiting reply from a RTP proxy", "rtpp_timeout")
            k(pid, "ERROR", "rtpengine", "rtpengine.c:3246", "send_rtpp_command(): proxy <udp:127.0.0.1:2223> does not respond, disable it", "rtpp_disable")
            k(pid, "ERROR", "rtpengine", "rtpengine.c:2668", "rtpp_function_call(): no available proxies", "rtpp_no_proxies")
        if g.r.random() < 0.6:
            t0 = L.t
            L.tick(90)
            k(g.c(udp), "INFO", "<script>", None, f"[BYE] call-id {c} from {g.c([ip, g.c(carriers)])} duration {int((L.t - t0).total_seconds())}s", "script_bye")

    def scanner():
        ip, ua = g.c(scanners)
        pid = g.c(udp)
        ext = g.c(["100", "101", "1000", "admin", "200", "9999", "1001", "test"])
        r = g.r.random()
        if r < 0.55:
            k(pid, "WARNING", "<script>", None, f"[AUTH] failed for {ext}@{DOM} from {ip}:{g.c([5060, 5070, 5071, g.port()])} ua \"{ua}\"", "script_auth_failed")
        elif r < 0.75:
            k(pid, "NOTICE", "<script>", None, f"[SCANNER] dropping {g.c(['OPTIONS', 'REGISTER', 'INVITE'])} from {ip}:{g.c([5060, 5070, 5071])} ua \"{ua}\"", "script_scanner_drop")
        elif r < 0.9:
            k(pid, "WARNING", "pike", "pike_funcs.c:149", f"pike_check_req(): PIKE - BLOCKing ip {ip}, node={st['node']}", "pike_blocking")
            k(pid, "NOTICE", "<script>", None, f"[PIKE] {ip} blocked for 300s (flood, ua \"{ua}\")", "script_pike")
        else:
            msg = f"OPTIONS sip:{ext}@{g.ip('pub')} SIP/2.0#015#012Via: SIP/2.0/UDP {ip}:5060;branch=z9hG4bK-{g.num(10 ** 8, 10 ** 9)};rport#015#012Content-Length: 0#015#012From: \"{ua}\"<sip:{ext}@{ip}>; tag={g.hx(16)}#015#012Accept: application/sdp#015#012User-Agent: {ua}#015#012To: \"{ua}\"<sip:{ext}@{ip}>#015#012Contact: sip:{ext}@{ip}:5060#015#012CSeq: 1 OPTIONS#015#012Call-ID: {g.num(10 ** 9, 10 ** 10)}#015#012Max-Forwards: 70#015#012#015#012"
            k(pid, "ERROR", "<core>", "core/parser/parse_fline.c:277", "parse_first_line(): parse_first_line: bad request first line", "bad_first_line")
            k(pid, "ERROR", "<core>", "core/parser/msg_parser.c:748", f"parse_msg(): ERROR: parse_msg: message=<{msg}>", "parse_msg_error")
            k(pid, "ERROR", "<core>", "core/receive.c:356", f"receive_msg(): core parsing of SIP message failed ({ip}:5060/1)", "core_parsing_failed")

    def relay_fail():
        pid = g.c(udp)
        dst = g.c(carriers + ["10.0.5.2"])
        k(pid, "ERROR", "<core>", "core/udp_server.c:599", f"udp_send(): sendto(sock, buf: 0x7f{g.hx(10)}, len: {g.num(400, 1400)}, 0, dst: ({dst}:5060), tolen: 16) - err: {g.c(['Network is unreachable (101)', 'Operation not permitted (1)', 'Invalid argument (22)'])}", "udp_send_failed")
        k(pid, "ERROR", "tm", "t_fwd.c:1561", "t_send_branch(): sending request on branch 0 failed", "send_branch_failed")
        k(pid, "ERROR", "tm", "tm.c:1556", "_w_t_relay_to(): t_forward_noack failed", "forward_noack_failed")
        k(pid, "ERROR", "sl", "sl_funcs.c:418", "sl_reply_error(): stateless error reply used: I'm terribly sorry, server error occurred (1/SL)", "sl_reply_error")

    def tcp_err():
        pid = g.c(tcp)
        ext = g.c(list(exts))
        ip = exts[ext][0]
        r = g.r.random()
        if r < 0.5:
            k(pid, "ERROR", "<core>", "core/tcp_read.c:1503", f"tcp_read_data(): error reading: Connection reset by peer (104) ([{ip}]:{g.port()} -> [10.0.5.1]:5061)", "tcp_read_error")
            k(pid, "ERROR", "<core>", "core/tcp_read.c:1661", f"tcp_read_req(): ERROR: tcp_read_req: error reading - c: 0x7f{g.hx(10)} r: 0x7f{g.hx(10)} (-1)", "tcp_read_req_error")
        else:
            k(pid, "ERROR", "tls", "tls_server.c:1199", "tls_h_read_f(): protocol level error", "tls_protocol_error")
            k(pid, "ERROR", "tls", "tls_util.h:49", f"tls_err_ret(): TLS accept:error:{g.c(['0A000412:SSL routines::sslv3 alert bad certificate', '0A00010B:SSL routines::wrong version number', '0A000418:SSL routines::tlsv1 alert unknown ca'])}", "tls_err_ret")
            k(pid, "ERROR", "tls", "tls_server.c:1204", f"tls_h_read_f(): src addr: {g.ip('pub')}:{g.port()}", "tls_src_addr")
            k(pid, "ERROR", "tls", "tls_server.c:1207", "tls_h_read_f(): dst addr: 203.0.113.10:5061", "tls_dst_addr")
            k(pid, "ERROR", "<core>", "core/tcp_read.c:1661", f"tcp_read_req(): ERROR: tcp_read_req: error reading - c: 0x7f{g.hx(10)} r: 0x7f{g.hx(10)} (-1)", "tcp_read_req_error")

    def dispatcher():
        dst = g.c(carriers)
        if g.r.random() < 0.5:
            k(2330, "WARNING", "dispatcher", "dispatch.c:3318", f"ds_ping_reply_callback(): Destination sip:{dst}:5060 set to inactive (code {g.c([408, 503])})", "ds_inactive")
        else:
            k(2330, "NOTICE", "dispatcher", "dispatch.c:3338", f"ds_ping_reply_callback(): Destination sip:{dst}:5060 set to active (code 200)", "ds_active")

    def nat():
        ext = g.c(list(exts))
        ip, port, _ = exts[ext]
        k(g.c(udp), "WARNING", "<script>", None, f"[NAT] {ext}@{DOM} contact sip:{ext}@192.168.{g.num(0, 2)}.{g.num(2, 254)}:5060 behind NAT, received {ip}:{port}", "script_nat")

    def usrloc():
        ext = g.c(list(exts))
        k(2330, "NOTICE", "<script>", None, f"[EXPIRED] contact of {ext}@{DOM} expired ({exts[ext][0]}:{exts[ext][1]})", "script_expired")

    startup()
    ev = [(30, register), (12, invite), (22, scanner), (1.2, relay_fail), (4, tcp_err), (2, dispatcher), (6, nat), (4, usrloc)]
    return L.run(slowed(L, ev, 8), None)


# 8 ---------------------------------------------------------------- Steam client (Windows 11) C:\Program Files (x86)\Steam\logs\content_log.txt: a gaming PC over some weeks
#   (game updates, a download cache that answers 503, a full disk, client restarts)
@checked
def log_steam_content(seed):
    L = Log("steam_content_log", seed, "full", False, False, start=dt.datetime(2026, 11, 10, 18, 2, 11, tzinfo=UTC))
    g = L.g
    apps = {730: "Counter-Strike 2", 570: "Dota 2", 1172470: "Apex Legends", 440: "Team Fortress 2", 271590: "Grand Theft Auto V", 228980: "Steamworks Common Redistributables",
            1245620: "ELDEN RING", 252490: "Rust", 1086940: "Baldur's Gate 3", 413150: "Stardew Valley", 892970: "Valheim", 2357570: "Overwatch 2"}
    weights = {730: 10, 570: 8, 1172470: 6, 440: 2, 271590: 2, 228980: 3, 1245620: 1, 252490: 6, 1086940: 2, 413150: 1, 892970: 2, 2357570: 4}
    libs = {a: g.c(["C:\\Program Files (x86)\\Steam\\steamapps\\", "D:\\SteamLibrary\\steamapps\\", "D:\\SteamLibrary\\steamapps\\"]) for a in apps}
    caches = ["cache1-fra1.steamcontent.com", "cache5-fra1.steamcontent.com", "cache2-ams1.steamcontent.com", "cache8-ams1.steamcontent.com"]
    st = {"dl_if": g.num(1000, 1100)}

    def s(msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}] {msg}", ev)

    def state(a, flags):
        s(f"AppID {a} state changed : {flags},", "state_changed")

    def upd(a, flags):
        s(f"AppID {a} App update changed : {flags},", "app_update_changed")

    def startup():
        for a in g.r.sample(list(apps), len(apps)):
            state(a, "Fully Installed")
        if g.r.random() < 0.4:
            s(f"AppID 228980 is marked \"NoUpdatesAfterInstall\" - skipping validation", "no_updates_after_install")

    def sources():
        s(f"Got {g.num(2, 9)} download sources and {g.c([0, 0, 1])} caching proxies via ContentServerDirectoryService::BYieldingGetServersForSteamPipe (CellID {g.c([14, 14, 15])} / Launcher {g.c([7, 7, 8])})", "got_sources")
        for c in g.r.sample(caches, g.num(1, 3)):
            st["dl_if"] += 1
            s(f"Created download interface of type 'SteamCache' (7) to host {c} ({c})", "created_interface")
        if g.r.random() < 0.3:
            s("Created download interface of type 'CDN' (4) to host steampipe.akamaized.net (steampipe.akamaized.net)", "created_interface")

    def update():
        a = g.r.choices(list(weights), list(weights.values()))[0]
        size = g.num(10 ** 6, 3 * 10 ** 10)
        auto = g.r.random() < 0.7
        state(a, "Fully Installed,Update Required" if g.r.random() < 0.5 else "Update Required")
        if auto:
            s(f"AppID {a} scheduler update : Auto Update, prio {g.c([2, 3])}, size {size}, free {g.num(10 ** 10, 4 * 10 ** 11)}", "scheduler_update")
        state(a, "Update Required,Update Queued")
        L.tick(20)
        state(a, "Update Required,Update Running,Update Started")
        upd(a, "Running Update")
        sources()
        stage = size if g.r.random() < 0.5 else 0
        s(f"AppID {a} update started : download 0/{size}, store 0/0, reuse 0/{g.num(0, size)}, delta 0/{g.num(0, size // 3 + 1)}, stage 0/{stage}", "update_started")
        upd(a, "Running Update,Downloading" + (",Staging" if stage else ""))
        steps = g.num(0, 3)
        for _ in range(steps):
            L.tick(30)
            if g.r.random() < 0.5:
                c = g.c(caches)
                ip = g.ip("pub")
                code, txt = g.c([(503, "Service Unavailable"), (503, "Service Unavailable"), (404, "Not Found"), (502, "Bad Gateway")])
                s(f"HTTP (SteamCache,{st['dl_if']}) - {c} ({ip}:80 / {ip}:80, host: {c}): Received {code} ({txt}) for /depot/{a + g.num(1, 9)}/chunk/{g.hx(40)}", "http_received")
            else:
                s(f"AppID {a} update changed : {g.c(['Suspended', 'Downloading', 'Downloading,Staging'])},", "update_changed")
        if g.r.random() < 0.06:
            fname = g.c(["r5apex.exe", "game\\bin\\win64\\client.dll", "RustClient_Data\\Managed\\Assembly-CSharp.dll", "pak01_042.vpk"])
            s(f"AppID {a} update canceled : Disk write failure (Disk write failure) \"{libs[a]}downloading\\{a}\\{fname}\"", "update_canceled")
            state(a, "Update Required,Update Paused")
            s(f"AppID {a} scheduler finished : removed from schedule (result Disk write failure, state 0x{g.c(['402', '406'])})", "scheduler_finished")
            return
        L.tick(120)
        upd(a, "Running Update,Committing")
        L.tick(10)
        upd(a, "None")
        state(a, "Fully Installed")
        s(f"AppID {a} finished update (BytesDownloaded={g.num(size // 4, size)}, BytesStaged={stage})", "finished_update")
        s(f"AppID {a} scheduler finished : removed from schedule (result No Error, state 0x{g.c(['4', '4', '404'])})", "scheduler_finished")

    def validate():
        a = g.c(list(apps))
        state(a, "Fully Installed,Update Running,Update Started")
        upd(a, "Running Update,Validating")
        L.tick(60)
        bad = g.c([0, 0, 0, 1, 3])
        s(f"Validation: {bad} corrupt or missing files found, {g.num(200, 90000)} files checked (AppID {a})", "validation_result")
        if bad:
            upd(a, "Running Update,Downloading")
            L.tick(20)
        upd(a, "None")
        state(a, "Fully Installed")

    def launch():
        a = g.c(list(apps))
        s(f"AppID {a} state changed : Fully Installed,App Running,", "state_changed")
        L.tick(1800)
        state(a, "Fully Installed")

    def shader():
        a = g.c([730, 570, 1172470, 2357570, 252490])
        state(a, "Fully Installed,Update Running")
        s(f"AppID {a} update started : download 0/{g.num(10 ** 5, 10 ** 8)}, store 0/0, reuse 0/0, delta 0/0, stage 0/0", "update_started")
        s(f"AppID {a} finished update (BytesDownloaded={g.num(10 ** 5, 10 ** 8)}, BytesStaged=0)", "finished_update")

    def restart():
        L.tick(3600 * g.num(2, 20))
        startup()

    startup()
    ev = [(12, update), (2, validate), (6, launch), (3, shader), (1.5, restart)]
    return L.run(slowed(L, ev, 600), None)


# 9 ---------------------------------------------------------------- BIRD 2.15 on an edge router (two transit BGP sessions, an IX route server, OSPF inside),
#   /var/log/bird.log ("log "/var/log/bird.log" all;", "timeformat log iso long ms;", "debug protocols { states, events };" on the BGP peers, route tracing on one)
@checked
def log_bird(seed):
    L = Log("bird_log", seed, "full", True, True)
    g = L.g
    peers = {"transit_a": ("198.51.100.1", "198.51.100.2", 64500), "transit_b": ("203.0.113.9", "203.0.113.10", 64511), "ix_rs1": ("192.0.2.251", "192.0.2.44", 64666)}
    st = {"state": {p: "up" for p in peers}, "prefixes": [f"{g.c([45, 91, 185, 193, 194, 212])}.{g.num(0, 255)}.{g.num(0, 255)}.0/{g.c([22, 23, 24, 24, 24])}" for _ in range(60)]}
    ifaces = ["eth1", "eth2", "eth3"]
    ospf_nbrs = {"eth1": "10.255.0.2", "eth2": "10.255.0.3", "eth3": "10.255.0.4"}
    MYID = "10.255.0.1"

    def b(cls, msg, ev, comp=None):
        L.t += dt.timedelta(microseconds=g.num(100, 30000))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} <{cls}> {msg}", ev, cls, comp)

    def startup(reconfig=False):
        if not reconfig:
            b("INFO", "Started", "started")
        for p, (nbr, local, asn) in peers.items():
            session_up(p)

    def session_up(p):
        nbr, local, asn = peers[p]
        b("TRACE", f"{p}: Starting", "proto_starting", p)
        b("TRACE", f"{p}: State changed to start", "state_changed", p)
        b("TRACE", f"{p}: Started", "proto_started", p)
        b("TRACE", f"{p}: Connecting to {nbr} from local address {local}", "connecting", p)
        L.tick(0.3)
        b("TRACE", f"{p}: Sending OPEN(ver=4,as=64496,hold=240,id=0aff0001)", "sending_open", p)
        b("TRACE", f"{p}: Got OPEN(as={asn},hold={g.c([90, 180, 240])},id={g.hx(8)})", "got_open", p)
        b("TRACE", f"{p}: Sending KEEPALIVE", "sending_keepalive", p)
        b("TRACE", f"{p}: Got KEEPALIVE", "got_keepalive", p)
        b("TRACE", f"{p}: BGP session established", "session_established", p)
        b("TRACE", f"{p}: State changed to up", "state_changed", p)
        st["state"][p] = "up"

    def session_down(p, why):
        nbr, local, asn = peers[p]
        kind, ev = why
        if kind == "RMT":
            b("RMT", f"{p}: Received: {ev}", "received_notification", p)
        elif kind == "ERR":
            b("ERR", f"{p}: Error: {ev}", "bgp_error", p)
        else:
            b("ERR", f"{p}: Socket error: {ev}", "socket_error", p)
        b("TRACE", f"{p}: State changed to stop", "state_changed", p)
        b("TRACE", f"{p}: Down", "proto_down", p)
        b("TRACE", f"{p}: State changed to down", "state_changed", p)
        st["state"][p] = "down"

    def flap():
        p = g.c(list(peers))
        if st["state"][p] == "up":
            session_down(p, g.c([("RMT", "Hold timer expired"), ("RMT", "Administrative shutdown"), ("RMT", "Administrative reset"), ("ERR", "Hold timer expired"),
                                 ("SOCK", "Connection reset by peer"), ("SOCK", "Connection timed out")]))
            for _ in range(g.num(0, 3)):
                L.tick(30)
                b("TRACE", f"{p}: Connecting to {peers[p][0]} from local address {peers[p][1]}", "connecting", p)
                b("ERR", f"{p}: Socket error: {g.c(['Connection refused', 'Connection timed out', 'No route to host'])}", "socket_error", p)
        else:
            session_up(p)

    def routes():
        p = g.c(["transit_a", "transit_a", "ix_rs1"])
        if st["state"][p] != "up":
            return
        for _ in range(g.num(1, 8)):
            pfx = g.c(st["prefixes"])
            what = g.c(["added", "added", "removed", "filtered out"])
            tag = g.c(["[best]", "[sole]", "[best]", ""]) if what != "filtered out" else ""
            if what == "removed" and tag == "":
                tag = "[sole]"
            txt = f"{p}.ipv4 < {what} {tag + ' ' if tag else ''}{pfx} unicast"
            b("TRACE", txt, "route_trace", f"{p}.ipv4|{p}")

    def keepalive():
        p = g.c([q for q in peers if st["state"][q] == "up"] or list(peers))
        if g.r.random() < 0.5:
            b("TRACE", f"{p}: Sending KEEPALIVE", "sending_keepalive", p)
        else:
            b("TRACE", f"{p}: Got KEEPALIVE", "got_keepalive", p)

    def ospf():
        i = g.c(ifaces)
        n = ospf_nbrs[i]
        r = g.r.random()
        if r < 0.5:
            for a, c in [("Down", "Init"), ("Init", "2-Way"), ("2-Way", "ExStart"), ("ExStart", "Exchange"), ("Exchange", "Loading"), ("Loading", "Full")]:
                L.tick(0.4)
                b("TRACE", f"ospf1: Neighbor {n} on {i} changed state from {a} to {c}", "ospf_nbr_state", "ospf1")
        elif r < 0.8:
            b("TRACE", f"ospf1: Neighbor {n} on {i} changed state from Full to Down", "ospf_nbr_state", "ospf1")
            b("TRACE", f"ospf1: Interface {i} changed state from {g.c(['DR', 'Backup', 'DROther'])} to Waiting", "ospf_iface_state", "ospf1")
            L.tick(40)
            b("TRACE", f"ospf1: Interface {i} changed state from Waiting to {g.c(['DR', 'Backup'])}", "ospf_iface_state", "ospf1")
        else:
            b("WARN", f"ospf1: Bad packet from {n} via {i} - {g.c(['authentication failed', 'wrong area', 'mismatched hello interval (10)', 'bad checksum'])} ({g.num(1, 9)} times)", "ospf_bad_packet", "ospf1")

    def kernel():
        if g.r.random() < 0.85:
            b("WARN", "Kernel dropped some netlink messages, will resync on next scan.", "netlink_dropped")
        else:
            b("ERR", f"KRT: Received route {g.c(st['prefixes'])} with strange next-hop 100.64.{g.num(0, 255)}.{g.num(1, 254)}", "strange_nexthop")

    def limit():
        p = "ix_rs1"
        if st["state"][p] != "up":
            return session_up(p)
        b("WARN", f"Channel {p}.ipv4 hits route import limit ({g.c([1000, 5000])}), action: disable", "limit_hit", f"{p}.ipv4|{p}")
        b("TRACE", f"{p}: State changed to stop", "state_changed", p)
        b("TRACE", f"{p}: Down", "proto_down", p)
        b("TRACE", f"{p}: State changed to down", "state_changed", p)
        st["state"][p] = "down"

    def invalid():
        p = g.c(list(peers))
        b("WARN", f"{p}: Invalid NEXT_HOP attribute in route {g.c(st['prefixes'])}", "invalid_nexthop", p) if g.r.random() < 0.5 else \
            b("WARN", f"{p}: Invalid route {g.c(st['prefixes'])} withdrawn", "invalid_route", p)

    def reconfigure():
        b("INFO", "Reconfiguring", "reconfiguring")
        n = g.num(0, 2)
        for p in g.r.sample(list(peers), n):
            b("INFO", f"Reloading protocol {p}", "reloading_protocol", p)
        if g.r.random() < 0.2:
            b("INFO", "Restarting protocol ix_rs1", "restarting_protocol", "ix_rs1")
        b("INFO", "Reconfigured", "reconfigured")

    startup()
    ev = [(14, keepalive), (16, routes), (4, flap), (6, ospf), (3, kernel), (0.6, limit), (2, invalid), (1, reconfigure)]
    return L.run(slowed(L, ev, 25), None)


# 10 --------------------------------------------------------------- UniFi Network Application 8.6 (Debian package) /usr/lib/unifi/logs/server.log: a small office,
#   three access points and a switch ("[%d{ISO8601}] <%t> %-5p %-6c{1} - %m%n")
@checked
def log_unifi(seed):
    L = Log("unifi_server_log", seed, "full", True, True)
    g = L.g
    aps = {"f4:92:bf:" + ":".join(g.hx(2) for _ in range(3)): n for n in ["AP-Lobby", "AP-Office", "AP-Warehouse"]}
    sw = "74:ac:b9:" + ":".join(g.hx(2) for _ in range(3))
    clients = {g.mac(): h for h in ["iPhone-Anna", "Pixel-8", "LAPTOP-7F3K2", "MacBook-Pro", "Galaxy-S23", "printer-hp", "iPad", "ThinkPad-X1", "Surface-Go", "Echo-Dot", "Chromecast", "DESKTOP-R2D2"]}
    where = {}
    ssids = ["Office", "Office", "Guest"]
    chans = {"ng": [1, 6, 11], "na": [36, 44, 52, 100, 149]}
    st = {"inform": 0}

    def u(th, lv, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 90))
        t = L.t
        L.emit(f"[{t:%Y-%m-%dT%H:%M:%S},{ms3(t)}] <{th}> {lv:<5} {logger:<6} - {msg}", ev, lv, logger)
        for text, e in cont:
            L.emit(text, e, lv, logger)

    def inform_th():
        return f"inform-{g.num(1, 12)}"

    def startup():
        u("launcher", "INFO", "system", "======================================================================", "banner_rule")
        u("launcher", "INFO", "system", "UniFi 8.6.9 (build atag_8.6.9_27254 - release/release) is started", "is_started")
        u("launcher", "INFO", "system", "======================================================================", "banner_rule")
        u("launcher", "INFO", "system", "BASE dir:/usr/lib/unifi", "base_dir")
        u("launcher", "INFO", "system", "Current System IP: 192.168.10.5", "system_ip")
        u("launcher", "INFO", "system", "Hostname: unifi", "hostname")
        u("launcher", "INFO", "db", "waiting for db connection...", "waiting_db")
        u("launcher", "INFO", "db", "Connecting to mongodb://127.0.0.1:27117", "connecting_db")
        u("launcher", "INFO", "db", "DB version (7.0.14)", "db_version")
        u("launcher", "INFO", "system", "Controller startup completed in " + str(g.num(12, 90)) + " seconds", "startup_completed")
        for mac, n in aps.items():
            u(inform_th(), "INFO", "event", f"[event] AP[{mac}] was connected", "ap_connected")
        u(inform_th(), "INFO", "event", f"[event] Switch[{sw}] was connected", "sw_connected")

    def chan():
        band = g.c(["ng", "na", "na"])
        return f"channel {g.c(chans[band])}({band})"

    def connect():
        mac = g.c(list(clients))
        ap = g.c(list(aps))
        ssid = g.c(ssids)
        where[mac] = (ap, ssid, chan(), L.t)
        u(inform_th(), "INFO", "event", f"[event] User[{mac}] has connected to AP[{ap}] with SSID \"{ssid}\" on \"{where[mac][2]}\"", "user_connected")

    def disconnect():
        if not where:
            return connect()
        mac = g.c(list(where))
        ap, ssid, ch, t0 = where.pop(mac)
        secs = int((L.t - t0).total_seconds()) + g.num(60, 9000)
        dur = (f"{secs // 3600}h " if secs >= 3600 else "") + f"{secs % 3600 // 60}m" if secs >= 60 else f"{secs}s"
        u(inform_th(), "INFO", "event", f"[event] User[{mac}] disconnected from \"{ssid}\" ({dur} connected, {g.f(0.1, 900, 2)}M bytes, last AP[{ap}])", "user_disconnected")

    def roam():
        if not where:
            return connect()
        mac = g.c(list(where))
        ap, ssid, ch, t0 = where[mac]
        new = g.c([a for a in aps if a != ap])
        nch = chan()
        where[mac] = (new, ssid, nch, t0)
        u(inform_th(), "INFO", "event", f"[event] User[{mac}] roams from AP[{ap}] to AP[{new}] from \"{ch}\" to \"{nch}\" on \"{ssid}\"", "user_roams")

    def roam_radio():
        if not where:
            return connect()
        mac = g.c(list(where))
        ap, ssid, ch, t0 = where[mac]
        nch = chan()
        where[mac] = (ap, ssid, nch, t0)
        u(inform_th(), "INFO", "event", f"[event] User[{mac}] roams from \"{ch}\" to \"{nch}\" on AP[{ap}]", "user_roams_radio")

    def stats():
        u(g.c(["device-stats-1", "device-stats-2"]), "INFO", "stats", f"[stats] {g.num(3, 5)} devices, {len(where)} clients, {g.num(0, 40)} guests, aggregated in {g.num(2, 90)}ms", "stats_aggregated") if g.r.random() < 0.3 else \
            u("inform-stat", "DEBUG", "inform", f"inform from {g.c(list(aps) + [sw])} (192.168.10.{g.num(20, 30)}), len={g.num(800, 9000)}, took={g.num(1, 40)}ms", "inform_debug")

    def provision():
        mac = g.c(list(aps) + [sw])
        u(inform_th(), "INFO", "dev", f"[state] dev[{mac}] CONNECTED -> PROVISIONING", "dev_state")
        L.tick(3)
        u(inform_th(), "INFO", "dev", f"[state] dev[{mac}] PROVISIONING -> CONNECTED", "dev_state")

    def decrypt():
        ip = f"192.168.10.{g.num(100, 250)}"
        u(inform_th(), "WARN", "inform", f"[inform] decrypt failed, mac={g.mac()}, remote={ip}, authkey=null", "decrypt_failed") if g.r.random() < 0.5 else \
            u(inform_th(), "WARN", "inform", f"Unknown device, sending ADOPT to {ip}", "unknown_device")

    def login():
        user = g.c(["admin", "it-support", "anna"])
        u(f"webapi-{g.num(1, 9)}", "INFO", "api", f"[login] {user} logged in from 192.168.10.{g.num(50, 90)}", "login") if g.r.random() < 0.8 else \
            u(f"webapi-{g.num(1, 9)}", "WARN", "api", f"[login] failed login attempt for {user} from {g.ip('pub')}", "login_failed")

    def exc():
        th = inform_th()
        ip = f"192.168.10.{g.num(20, 30)}"
        u(th, "WARN", "inform", f"Unable to process inform from {ip}: java.io.EOFException", "inform_exception",
          [("java.io.EOFException: null", "exception_line"),
           ("\tat java.base/java.io.DataInputStream.readInt(Unknown Source) ~[?:?]", "stack_frame"),
           ("\tat com.ubnt.net.B.Ô00000(Unknown Source) ~[ace.jar:?]", "stack_frame"),
           ("\tat com.ubnt.ace.inform.G.o00000(Unknown Source) ~[ace.jar:?]", "stack_frame"),
           ("\tat com.ubnt.service.inform.InformHandler.handle(Unknown Source) ~[ace.jar:?]", "stack_frame"),
           ("\tat org.eclipse.jetty.server.handler.ScopedHandler.handle(ScopedHandler.java:122) ~[jetty-server-9.4.54.v20240208.jar:9.4.54.v20240208]", "stack_frame"),
           ("\tat java.base/java.lang.Thread.run(Unknown Source) [?:?]", "stack_frame")])

    def speedtest():
        u("alert-1", "INFO", "alert", f"[alert] AP[{g.c(list(aps))}] has {g.c(['high channel utilization', 'many DFS events', 'high TX retries'])} on {chan()}", "alert")

    def backup():
        u("autobackup-1", "INFO", "system", f"autobackup to /usr/lib/unifi/data/backup/autobackup/autobackup_8.6.9_{L.t:%Y%m%d_%H%M}_{int(L.t.timestamp() * 1000)}.unf", "autobackup")

    def mongo():
        u("db-server", "WARN", "db", f"[mongod] Slow query: {g.c(['stat_5minutes', 'event', 'alarm', 'user'])} took {g.num(100, 3000)}ms", "slow_query")

    startup()
    ev = [(14, connect), (12, disconnect), (8, roam), (4, roam_radio), (16, stats), (3, provision), (2, decrypt), (1.5, login), (0.4, exc), (2, speedtest), (0.2, backup), (1, mongo)]
    return L.run(slowed(L, ev, 40), None)


# 11 --------------------------------------------------------------- Tasmota 14.3 on an Athom smart plug (energy monitor) driving a heater, serial console captured
#   by a Raspberry Pi (`cat /dev/ttyUSB0`), weblog/seriallog 3: "HH:MM:SS.mmm XXX: message", uptime stamps until NTP syncs after a restart
@checked
def log_tasmota(seed):
    L = Log("tasmota_console", seed, "tod", False, True)
    g = L.g
    T = "athom_plug_7F3A21"
    HOSTN = "athom-plug-7F3A21-6689"
    st = {"power": "ON", "boot": g.num(40, 200), "flash": 0xF8, "today": 0.0, "total": g.r.uniform(100, 400), "uptime0": L.t - dt.timedelta(hours=g.num(2, 300)), "watts": 1800}

    def c(comp, msg, ev, t="now"):
        tt = L.t if t == "now" else t
        if comp:
            L.emit(f"{tt:%H:%M:%S}.{ms3(tt)} {comp}: {msg}", ev, None, comp, t=tt)
        else:
            L.emit(f"{tt:%H:%M:%S}.{ms3(tt)} {msg}", ev, None, None, t=tt)
        L.t += dt.timedelta(milliseconds=g.num(1, 40))

    def pub(topic, payload, retained=False):
        c("MQT", f"{topic} = {payload}{' (retained)' if retained else ''}", "mqt_publish")

    def uptime():
        s = int((L.t - st["uptime0"]).total_seconds())
        return s, f"{s // 86400}T{s % 86400 // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def energy():
        p = st["watts"] if st["power"] == "ON" else 0
        p = max(0, p + g.num(-40, 40)) if p else 0
        v = g.num(226, 238)
        i = p / v
        st["today"] += p / 1000 * 300 / 3600
        return p, v, i

    def tele():
        s, up = uptime()
        rssi = g.num(50, 90)
        pub(f"tele/{T}/STATE", jcompact({"Time": f"{L.t:%Y-%m-%dT%H:%M:%S}", "Uptime": up, "UptimeSec": s, "Heap": g.num(20, 27), "SleepMode": "Dynamic", "Sleep": 50, "LoadAvg": g.num(19, 99),
                                          "MqttCount": st.get("mqttc", 1), "POWER": st["power"], "Wifi": {"AP": 1, "SSId": "HomeNet", "BSSId": "AA:BB:CC:11:22:33", "Channel": 6, "Mode": "11n",
                                                                                                       "RSSI": rssi, "Signal": rssi // 2 - 100, "LinkCount": st.get("linkc", 1), "Downtime": "0T00:00:04"}}))
        p, v, i = energy()
        pub(f"tele/{T}/SENSOR", jcompact({"Time": f"{L.t:%Y-%m-%dT%H:%M:%S}", "ENERGY": {"TotalStartTime": "2025-01-12T18:22:41", "Total": round(st["total"] + st["today"], 3),
                                                                                      "Yesterday": round(g.r.uniform(2, 14), 3), "Today": round(st["today"], 3), "Period": int(p * 300 / 3600),
                                                                                      "Power": p, "ApparentPower": int(p * 1.01), "ReactivePower": g.num(0, 30) if p else 0,
                                                                                      "Factor": 1.0 if not p else round(g.r.uniform(0.97, 1.0), 2), "Voltage": v, "Current": round(i, 3)}}))

    def switch(src):
        new = "OFF" if st["power"] == "ON" else "ON"
        if src == "web":
            ip = f"192.168.1.{g.num(20, 40)}"
            c("SRC", f"WebGui from {ip}", "src_from")
        elif src == "rule":
            c("RUL", f"TELE-ENERGY#POWER>{g.c([2000, 2200])} performs \"Power1 OFF\"" if new == "OFF" else f"CLOCK#TIMER={g.num(1, 4)} performs \"Power1 ON\"", "rule_performs")
            c("SRC", "Rule", "src")
        else:
            c("SRC", g.c(["MQTT", "Button", "Timer"]), "src")
        c("CMD", f"Grp 0, Cmd 'POWER', Idx 1, Len {len(new)}, Pld {1 if new == 'ON' else 0}, Data '{new}'", "cmd_debug")
        st["power"] = new
        pub(f"stat/{T}/RESULT", jcompact({"POWER": new}))
        pub(f"stat/{T}/POWER", new)

    def web():
        ip = f"192.168.1.{g.num(20, 40)}"
        for page in g.r.sample(["Main Menu", "Console", "Configuration", "Information", "Configure Timers", "Firmware Upgrade"], g.num(1, 3)):
            c("HTP", page, "htp_page")
            L.tick(5)
        if g.r.random() < 0.4:
            cmd = g.c(["Status 8", "Status 0", "TelePeriod 300", "Timers", "SetOption19 0", "PowerDelta 10", "Rule1"])
            c("CMD", cmd, "cmd_console")
            c("SRC", f"WebConsole from {ip}", "src_from")
            arg = cmd.split(" ", 1)
            c("CMD", f"Grp 0, Cmd '{arg[0].upper()}', Idx 1, Len {len(arg[1]) if len(arg) > 1 else 0}, Pld {g.c([-99, 0, 1, 300, 8])}, Data '{arg[1] if len(arg) > 1 else ''}'", "cmd_debug")
            if cmd.startswith("Status 8"):
                p, v, i = energy()
                pub(f"stat/{T}/STATUS10", jcompact({"StatusSNS": {"Time": f"{L.t:%Y-%m-%dT%H:%M:%S}", "ENERGY": {"Total": round(st["total"], 3), "Power": p, "Voltage": v, "Current": round(i, 3)}}}))
            else:
                pub(f"stat/{T}/RESULT", jcompact({arg[0]: arg[1] if len(arg) > 1 else "Done"}))

    def wifi_drop():
        c("WIF", "Connect failed with AP timeout", "wif_connect_failed")
        L.tick(5)
        c("WIF", f"Connecting to AP1 HomeNet Channel 6 BSSId AA:BB:CC:11:22:33 in mode 11n as {HOSTN}...", "wif_connecting")
        L.tick(3)
        c("WIF", "Connected", "wif_connected")
        st["linkc"] = st.get("linkc", 1) + 1
        mqtt_connect()

    def mqtt_connect(fail=0):
        for _ in range(fail):
            c("MQT", "Attempting connection...", "mqt_attempting")
            c("MQT", f"Connect failed to 192.168.1.5:1883, rc {g.c([-2, -2, 5])}. Retry in {g.c([10, 20, 30])} sec", "mqt_connect_failed")
            L.tick(15)
        c("MQT", "Attempting connection...", "mqt_attempting")
        c("MQT", "Connected", "mqt_connected")
        st["mqttc"] = st.get("mqttc", 0) + 1
        pub(f"tele/{T}/LWT", "Online", retained=True)
        pub(f"cmnd/{T}/POWER", "")
        for tp in [f"cmnd/{T}/#", "cmnd/tasmotas/#", "cmnd/DVES_7F3A21_fb/#"]:
            c("MQT", f"Subscribe to {tp}", "mqt_subscribe")

    def broker_down():
        L.tick(10)
        mqtt_connect(fail=g.num(1, 4))

    def restart(reason="Software/System restart"):
        c("APP", "Restarting", "app_restarting")
        L.tick(4)
        boot = L.t.replace(hour=0, minute=0, second=0, microsecond=0)
        st["uptime0"] = L.t
        st["boot"] += 1
        st["flash"] = 0xF8 if st["flash"] != 0xF8 else 0xF7
        seq = [(None, "HDW", "ESP8266EX", "hdw"), (None, "CFG", f"Loaded from flash at {st['flash']:X}, Count {st['boot'] + 40}", "cfg_loaded"), (None, "QPC", "Count 1", "qpc_count"),
               (None, None, "Project tasmota - Athom Plug V2 Version 14.3.0(release-tasmota)-2_7_7(2024-10-30T09:54:17)", "project_version"),
               (None, "WIF", f"Connecting to AP1 HomeNet Channel 6 BSSId AA:BB:CC:11:22:33 in mode 11n as {HOSTN}...", "wif_connecting"),
               (None, "WIF", "Connected", "wif_connected"), (None, "HTP", f"Web server active on {HOSTN} with IP address 192.168.1.77", "htp_active")]
        ms = 1
        for _, comp, msg, ev in seq:
            c(comp, msg, ev, t=boot + dt.timedelta(milliseconds=ms))
            ms += g.num(20, 900)
        L.tick(1)
        c("RTC", f"UTC {L.t:%Y-%m-%dT%H:%M:%S}, DST 2026-03-29T02:00:00, STD 2026-10-25T03:00:00", "rtc_utc")
        c("RTC", "Synced by NTP", "rtc_synced")
        st["mqttc"] = 0
        st["linkc"] = 1
        mqtt_connect()
        pub(f"tele/{T}/INFO1", jcompact({"Info1": {"Module": "Athom Plug V2", "Version": "14.3.0(release-tasmota)", "FallbackTopic": "cmnd/DVES_7F3A21_fb/", "GroupTopic": "cmnd/tasmotas/"}}))
        pub(f"tele/{T}/INFO2", jcompact({"Info2": {"WebServerMode": "Admin", "Hostname": HOSTN, "IPAddress": "192.168.1.77"}}))
        pub(f"tele/{T}/INFO3", jcompact({"Info3": {"RestartReason": reason, "BootCount": st["boot"]}}))
        pub(f"stat/{T}/RESULT", jcompact({"POWER": st["power"]}))
        pub(f"stat/{T}/POWER", st["power"])
        L.tick(2)
        c("APP", f"Boot Count {st['boot']}", "app_boot_count")
        c("CFG", f"Saved to flash at {st['flash'] - 1:X}, Count {st['boot'] + 41}, Bytes 4096", "cfg_saved")
        tele()

    def save():
        st["flash"] = 0xF8 if st["flash"] != 0xF8 else 0xF7
        c("CFG", f"Saved to flash at {st['flash']:X}, Count {st['boot'] + g.num(41, 90)}, Bytes 4096", "cfg_saved")

    def tick():
        r = g.r.random()
        if r < 0.62:
            L.tick(300)
            tele()
        elif r < 0.80:
            switch(g.c(["mqtt", "rule", "web", "mqtt"]))
        elif r < 0.90:
            web()
        elif r < 0.94:
            wifi_drop()
        elif r < 0.965:
            broker_down()
        elif r < 0.985:
            save()
        else:
            restart(g.c(["Software/System restart", "Power On", "Software Watchdog"]))

    restart("Power On")
    ev = [(1, tick)]
    return L.run(slowed(L, ev, 60), None)


# 12 --------------------------------------------------------------- GROMACS 2024.3 `gmx mdrun -deffnm md -cpi md.cpt` md.log (lysozyme in water, one A100, SLURM jobs that
#   hit their time limit and are resubmitted: the log is appended to): no time, no level, energy tables every nstlog steps
@checked
def log_gromacs(seed):
    L = Log("gromacs_md_log", seed, None, False, False)
    g = L.g
    NAMES = ["Bond", "Angle", "Proper Dih.", "Per. Imp. Dih.", "LJ-14", "Coulomb-14", "LJ (SR)", "Disper. corr.", "Coulomb (SR)", "Coul. recip.", "Potential",
             "Kinetic En.", "Total Energy", "Conserved En.", "Temperature", "Pres. DC (bar)", "Pressure (bar)", "Constr. rmsd"]
    BASE = [2.61e3, 7.02e3, 8.91e3, 3.95e2, 3.21e3, 4.28e4, 6.95e4, -3.41e3, -5.44e5, 2.41e3, -4.12e5, 7.98e4, -3.32e5, -3.32e5, 3.0e2, -2.1e2, 1.0, 3.3e-6]
    DT = 0.002
    NSTLOG = 50000
    st = {"step": 0, "run": 0, "pid": g.num(10000, 90000)}

    def ln(text, ev):
        L.emit(text, ev)

    def blank():
        ln("", "blank")

    def e15(x):
        return f"{x:15.5e}"

    def energies():
        vals = []
        for n, b in zip(NAMES, BASE):
            if n == "Pressure (bar)":
                vals.append(g.r.gauss(1.0, 180))
            elif n == "Temperature":
                vals.append(g.r.gauss(300, 1.2))
            elif n == "Constr. rmsd":
                vals.append(abs(g.r.gauss(3.3e-6, 1e-7)))
            else:
                vals.append(b * (1 + g.r.gauss(0, 0.004)))
        return vals

    def step_block():
        ln("           Step           Time", "step_time_header")
        ln(f"{st['step']:>15}{st['step'] * DT:>15.5f}", "step_time_values")
        blank()
        ln("   Energies (kJ/mol)", "energies_header")
        vals = energies()
        for i in range(0, len(NAMES), 5):
            ln("".join(f"{n:>15}" for n in NAMES[i:i + 5]), "energy_names_row")
            ln("".join(e15(v) for v in vals[i:i + 5]), "energy_values_row")
        blank()

    def header():
        st["run"] += 1
        st["pid"] += g.num(10, 9000)
        node = f"gpu-node{g.num(1, 24):02d}"
        ln("                      :-) GROMACS - gmx mdrun, 2024.3 (-:", "banner")
        blank()
        ln("Executable:   /opt/gromacs/2024.3/bin/gmx", "executable")
        ln("Data prefix:  /opt/gromacs/2024.3", "data_prefix")
        ln("Working dir:  /scratch/jdoe/lysozyme/md", "working_dir")
        ln(f"Process ID:   {st['pid']}", "process_id")
        ln("Command line:", "command_line")
        ln("  gmx mdrun -deffnm md -nb gpu -pme gpu -bonded gpu -update gpu -cpi md.cpt -maxh 1", "command_line_args")
        blank()
        for text, ev in [("GROMACS version:     2024.3", "gv_version"), ("Precision:           mixed", "gv_precision"), ("Memory model:        64 bit", "gv_memory"),
                         ("MPI library:         thread_mpi", "gv_mpi"), ("OpenMP support:      enabled (GMX_OPENMP_MAX_THREADS = 128)", "gv_openmp"), ("GPU support:         CUDA", "gv_gpu"),
                         ("NBNxM GPU setup:     super-cluster 2x2x2 / cluster 8", "gv_nbnxm"), ("SIMD instructions:   AVX2_256", "gv_simd"), ("CPU FFT library:     fftw-3.3.10-sse2-avx-avx2-avx2_128", "gv_fft"),
                         ("GPU FFT library:     cuFFT", "gv_gpufft"), ("Multi-GPU FFT:       none", "gv_multigpufft"), ("RDTSCP usage:        enabled", "gv_rdtscp"), ("TNG support:         enabled", "gv_tng"),
                         ("Hwloc support:       disabled", "gv_hwloc"), ("Tracing support:     disabled", "gv_tracing"), ("C compiler:          /usr/bin/gcc GNU 11.4.0", "gv_cc"),
                         ("CUDA compiler:       /usr/local/cuda/bin/nvcc nvcc: NVIDIA (R) Cuda compiler driver;Copyright (c) 2005-2024 NVIDIA Corporation;Built on Thu_Jun__6_02:18:23_PDT_2024;Cuda compilation tools, release 12.5, V12.5.82;Build cuda_12.5.r12.5/compiler.34385749_0", "gv_cuda"),
                         ("CUDA driver:         12.40", "gv_cuda_driver"), ("CUDA runtime:        12.50", "gv_cuda_runtime")]:
            ln(text, ev)
        blank()
        blank()
        ln("Running on 1 node with total 32 cores, 64 processing units, 1 compatible GPU", "running_on")
        ln(f"Hardware detected on host {node} (the node of MPI rank 0):", "hw_detected")
        ln("  CPU info:", "hw_cpu_info")
        ln("    Vendor: AMD", "hw_vendor")
        ln("    Brand:  AMD EPYC 7543 32-Core Processor", "hw_brand")
        ln("    Family: 25   Model: 1   Stepping: 1", "hw_family")
        ln("  GPU info:", "hw_gpu_info")
        ln("    Number of GPUs detected: 1", "hw_ngpus")
        ln("    #0: NVIDIA NVIDIA A100-SXM4-40GB, compute cap.: 8.0, ECC: yes, stat: compatible", "hw_gpu")
        blank()
        for cite in [("M. J. Abraham, T. Murtola, R. Schulz, S. Páll, J. C. Smith, B. Hess, E.", "GROMACS: High performance molecular simulations through multi-level", "SoftwareX 1 (2015) pp. 19-25"),
                     ("S. Páll, A. Zhmurov, P. Bauer, M. J. Abraham, M. Lundborg, A. Gray, B.", "Heterogeneous parallelization and acceleration of molecular dynamics", "J. Chem. Phys. 153 (2020) pp. 134110")]:
            ln("++++ PLEASE READ AND CITE THE FOLLOWING REFERENCE ++++", "cite_header")
            ln(cite[0], "cite_text")
            ln(cite[1], "cite_text")
            ln(cite[2], "cite_journal")
            ln("-------- -------- --- Thank You --- -------- --------", "cite_thanks")
            blank()
        if st["run"] > 1:
            ln(f"Reading checkpoint file md.cpt generated: {ctime(L.t - dt.timedelta(minutes=g.num(1, 14)))}", "reading_checkpoint")
            blank()
        ln("Changing nstlist from 10 to 100, rlist from 1 to 1.155", "changing_nstlist")
        blank()
        ln("1 GPU selected for this run.", "gpu_selected")
        ln("Mapping of GPU IDs to the 2 GPU tasks in the 1 rank on this node:", "gpu_mapping")
        ln("  PP:0,PME:0", "gpu_mapping_row")
        ln("PP tasks will do (non-perturbed) short-ranged and most bonded interactions on the GPU", "pp_tasks")
        ln("PP task will update and constrain coordinates on the GPU", "pp_update")
        ln("PME tasks will do all aspects on the GPU", "pme_tasks")
        ln("Using 1 MPI thread", "using_mpi")
        ln("Using 16 OpenMP threads ", "using_omp")
        blank()
        ln("System total charge: 0.000", "total_charge")
        ln("Will do PME sum in reciprocal space for electrostatic interactions.", "pme_sum")
        blank()
        if st["run"] > 1:
            ln("Restarting from checkpoint, appending to previous log file.", "restarting_from_cpt")
            blank()
        ln(f"Started mdrun on rank 0 {ctime(L.t)}", "started_mdrun")
        blank()

    def tuning():
        grid = 52
        for s in range(200, 200 + 100 * g.num(3, 6), 100):
            cut = 1.0 + (56 - grid) * 0.022
            ln(f"step {st['step'] + s}: timed with pme grid {grid} {grid} {grid}, coulomb cutoff {cut:.3f}: {g.f(300, 900, 1)} M-cycles", "pme_timed")
            grid -= 4
        best = g.c([48, 52, 44])
        ln(f"              optimal pme grid {best} {best} {best}, coulomb cutoff {1.0 + (56 - best) * 0.022:.3f}", "pme_optimal")

    def checkpoint():
        ln(f"Writing checkpoint, step {st['step']} at {ctime(L.t)}", "writing_checkpoint")
        blank()
        blank()

    def final(part, t_start, started):
        st["step"] += 100
        checkpoint()
        step_block()
        ln(f"Energy conservation over simulation part #{part} of length {(st['step'] - t_start) * DT:.1f} ps, time {t_start * DT:g} to {st['step'] * DT:g} ps", "energy_conservation")
        ln(f"  Conserved energy drift: {g.f(1, 9, 2)}e-04 kJ/mol/ps per atom", "energy_drift")
        blank()
        blank()
        ln("\t<======  ###############  ==>", "avg_banner_1")
        ln("\t<====  A V E R A G E S  ====>", "avg_banner_2")
        ln("\t<==  ###############  ======>", "avg_banner_3")
        blank()
        ln(f"\tStatistics over {st['step'] - t_start + 1} steps using {(st['step'] - t_start) // NSTLOG + 1} frames", "statistics_over")
        blank()
        ln("   Energies (kJ/mol)", "energies_header")
        vals = energies()
        for i in range(0, len(NAMES), 5):
            ln("".join(f"{n:>15}" for n in NAMES[i:i + 5]), "energy_names_row")
            ln("".join(e15(v) for v in vals[i:i + 5]), "energy_values_row")
        blank()
        box = g.r.uniform(7.08, 7.11)
        ln("".join(f"{n:>15}" for n in ["Box-X", "Box-Y", "Box-Z"]), "energy_names_row")
        ln("".join(e15(box) for _ in range(3)), "energy_values_row")
        blank()
        for head, ev, d in [("   Total Virial (kJ/mol)", "virial_header", 2.65e4), ("   Pressure (bar)", "pressure_header", 1.0)]:
            ln(head, ev)
            for r in range(3):
                ln("".join(e15(d * (1 + g.r.gauss(0, 0.01)) if c == r else g.r.gauss(0, 40)) for c in range(3)), "energy_values_row")
            blank()
        ln("".join(f"{n:>15}" for n in ["T-Protein", "T-non-Protein"]), "energy_names_row")
        ln("".join(e15(g.r.gauss(300, 0.3)) for _ in range(2)), "energy_values_row")
        blank()
        blank()
        ln("       P P   -   P M E   L O A D   B A L A N C I N G", "ppme_banner")
        blank()
        ln(" PP/PME load balancing changed the cut-off and PME settings:", "ppme_changed")
        ln("           particle-particle                    PME", "ppme_cols_1")
        ln("            rcoulomb  rlist            grid      spacing   1/beta", "ppme_cols_2")
        ln("   initial  1.000 nm  1.155 nm      52  52  52   0.137 nm  0.320 nm", "ppme_initial")
        ln("   final    1.111 nm  1.266 nm      48  48  48   0.148 nm  0.356 nm", "ppme_final")
        ln(" cost-ratio           1.33             0.79", "ppme_cost_ratio")
        ln(" (note that these numbers concern only part of the total PP and PME load)", "ppme_note")
        blank()
        blank()
        wall = (L.t - started).total_seconds()
        ln("               Core t (s)   Wall t (s)        (%)", "time_cols")
        ln(f"       Time:{wall * 16:13.3f}{wall:13.3f}{1600.0:11.1f}", "time_row")
        ln(f"                         {int(wall) // 60}:{int(wall) % 60:02d}", "time_wall_hms")
        ln("                 (ns/day)    (hour/ns)", "perf_cols")
        nsday = (st["step"] - t_start) * DT / 1000 / wall * 86400
        ln(f"Performance:{nsday:13.3f}{24 / nsday:13.3f}", "performance")
        ln(f"Finished mdrun on rank 0 {ctime(L.t)}", "finished_mdrun")

    def run_segment(until, ending):
        header()
        started = L.t
        t_start = st["step"]
        if st["step"] == 0 or g.r.random() < 0.7:
            tuning()
        step_block()
        last_ckpt = L.t
        while len(L.rows) < until:
            st["step"] += NSTLOG
            L.t += dt.timedelta(seconds=NSTLOG * DT / 1000 * 86400 / g.r.uniform(108, 114))  # about 111 ns/day
            if (L.t - last_ckpt).total_seconds() > 900:
                checkpoint()
                last_ckpt = L.t
            step_block()
            if ending == "maxh" and (L.t - started).total_seconds() > 0.99 * 3600:
                ln(f"Step {st['step']}: Run time exceeded 0.990 hours, will terminate the run within 100 steps", "run_time_exceeded")
                blank()
                final(st["run"], t_start, started)
                return

    parts = [(620, "killed"), (1500, "maxh"), (N_LINES, None)]
    for i, (until, ending) in enumerate(parts):
        if i:
            L.t += dt.timedelta(minutes=g.num(5, 300))
        run_segment(until, ending)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- Ray 2.40: a CI job that runs `ray job submit --working-dir . -- python train.py` (Ray Train TorchTrainer,
#   4 GPU workers on 2 nodes), console output: `ray job submit`'s own lines, the driver's Ray log lines, worker output behind Ray's "(Actor pid=.., ip=..)" prefix
#   (log deduplication on), the autoscaler's "(autoscaler +1m2s)" lines and Ray Train's result boxes; the first job dies of OOM and is submitted again
@checked
def log_ray_job(seed):
    L = Log("ray_job_submit", seed, "full", True, True)
    g = L.g
    HEAD = "10.0.6.10"
    nodes = ["10.0.6.11", "10.0.6.12"]
    st = {"job_t0": L.t, "first_dedup": True, "iter": 0}

    def ray(lv, src, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(1, 300))
        comp = src.split(":")[0]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}\t{lv} {src} -- {msg}", ev, lv, comp)
        for text, e in cont:
            L.emit(text, e, lv, comp)

    def plain(text, ev):
        L.emit(text, ev)

    def actor(name, pid, ip, text, ev, lv=None, t=None):
        pre = f"({name} pid={pid}, ip={ip}) " if ip else f"({name} pid={pid}) "
        L.emit(pre + text, ev, lv, name, t=t if t else "now")

    def auto(text, ev):
        m = int((L.t - st["job_t0"]).total_seconds())
        L.emit(f"(autoscaler +{m // 60}m{m % 60}s) {text}" if m >= 60 else f"(autoscaler +{m}s) {text}", ev, None, "autoscaler")

    def box(title, rows, ev_prefix):
        w = max(len(title), max(len(k) + len(v) + 1 for k, v in rows)) + 2
        plain("╭" + "─" * w + "╮", "box_top")
        plain(f"│ {title:<{w - 2}} │", "box_title")
        plain("├" + "─" * w + "┤", "box_sep")
        for k, v in rows:
            plain(f"│ {k}{v:>{w - 2 - len(k)}} │", "box_row")
        plain("╰" + "─" * w + "╯", "box_bottom")

    def submit():
        sid = "raysubmit_" + g.alnum(16, B62)
        st["sid"] = sid
        st["job_t0"] = L.t
        pkg = g.hx(16)
        plain(f"Job submission server address: http://{HEAD}:8265", "submission_address")
        ray("INFO", "dashboard_sdk.py:338", f"Uploading package gcs://_ray_pkg_{pkg}.zip.", "uploading_package")
        ray("INFO", "packaging.py:575", "Creating a file package for local module '.'.", "creating_package")
        plain("", "blank")
        plain("-------------------------------------------------------", "dashes")
        plain(f"Job '{sid}' submitted successfully", "job_submitted")
        plain("-------------------------------------------------------", "dashes")
        plain("", "blank")
        plain("Next steps", "next_steps")
        plain("  Query the logs of the job:", "next_logs")
        plain(f"    ray job logs {sid}", "next_cmd")
        plain("  Query the status of the job:", "next_status")
        plain(f"    ray job status {sid}", "next_cmd")
        plain("  Request the job to be stopped:", "next_stop")
        plain(f"    ray job stop {sid}", "next_cmd")
        plain("", "blank")
        plain("Tailing logs until the job exits (disable with --no-wait):", "tailing_logs")
        L.tick(2)
        ray("INFO", "job_manager.py:530", f"Runtime env is setting up.", "runtime_env_setup")
        ray("INFO", "worker.py:1634", f"Using address {HEAD}:6379 set in the environment variable RAY_ADDRESS", "using_address")
        ray("INFO", "worker.py:1654", f"Connecting to existing Ray cluster at address: {HEAD}:6379...", "connecting_cluster")
        ray("INFO", "worker.py:1832", f"Connected to Ray cluster. View the dashboard at \x1b[1m\x1b[32mhttp://{HEAD}:8265 \x1b[39m\x1b[22m".replace("\x1b[1m\x1b[32m", "").replace(" \x1b[39m\x1b[22m", " "), "connected_cluster")
        ray("INFO", "packaging.py:366", f"Pushing file package 'gcs://_ray_pkg_{pkg}.zip' ({g.f(0.05, 2, 2)}MiB) to Ray cluster...", "pushing_package")
        ray("INFO", "packaging.py:379", f"Successfully pushed file package 'gcs://_ray_pkg_{pkg}.zip'.", "pushed_package")
        plain("", "blank")
        stamp = f"{L.t:%Y-%m-%d_%H-%M-%S}"
        st["dir"] = f"/home/ray/ray_results/TorchTrainer_{stamp}"
        plain(f"View detailed results here: {st['dir']}", "view_results")
        plain(f"To visualize your results with TensorBoard, run: `tensorboard --logdir /tmp/ray/session_2026-11-30_08-12-44_{g.num(100000, 999999)}_1/artifacts/{stamp}/TorchTrainer_{stamp}/driver_artifacts`", "tensorboard_hint")
        plain("", "blank")
        plain("Training started with configuration:", "training_started")
        box("Training config", [("train_loop_config/batch_size", "128"), ("train_loop_config/epochs", "40"), ("train_loop_config/lr", "0.0003"), ("train_loop_config/model", "resnet50")], "cfg")
        st["trainer"] = g.num(3000, 9000)
        st["workers"] = [(g.num(3000, 9000), nodes[i // 2], i) for i in range(4)]
        tp, tip = st["trainer"], nodes[0]
        L.tick(3)
        auto("Tip: use `ray status` to view detailed cluster status. To disable these messages, set RAY_SCHEDULER_EVENTS=0.", "autoscaler_tip")
        auto("Adding 1 node(s) of type gpu-worker.", "autoscaler_adding")
        L.tick(90)
        auto(f"Resized to {g.c([48, 64])} CPUs, 4 GPUs.", "autoscaler_resized")
        actor("TorchTrainer", tp, tip, "Started distributed worker processes: ", "started_workers")
        for pid, ip, r in st["workers"]:
            actor("TorchTrainer", tp, tip, f"- (node_id={g.hx(56)}, ip={ip}, pid={pid}) world_rank={r}, local_rank={r % 2}, node_rank={r // 2}", "worker_process_row")
        for pid, ip, r in st["workers"]:
            actor("RayTrainWorker", pid, ip, f"Setting up process group for: env:// [rank={r}, world_size=4]", "setting_up_pg")
        L.tick(1)
        for pid, ip, r in st["workers"]:
            t = L.t
            actor("RayTrainWorker", pid, ip, f"[rank{r}]:[W{t:%m%d %H:%M:%S}.{us6(t)} ProcessGroupNCCL.cpp:4115] [PG ID 0 PG GUID 0 Rank {r}]  using GPU {r % 2} to perform barrier as devices used by this process are currently unknown. This can potentially cause a hang if this rank to GPU mapping is incorrect.Specify device_ids in barrier() to force use of a particular device,or call init_process_group() with a device_id.", "nccl_barrier_warning", "W")
        w0 = st["workers"][0]
        actor("RayTrainWorker", w0[0], w0[1], "Moving model to device: cuda:0", "moving_model")
        actor("RayTrainWorker", w0[0], w0[1], "Wrapping provided model in DistributedDataParallel.", "wrapping_ddp")
        actor("RayTrainWorker", w0[0], w0[1], f"Moving model to device: cuda:0 [repeated 3x across cluster] (Ray deduplicates logs by default. Set RAY_DEDUP_LOGS=0 to disable log deduplication, or see https://docs.ray.io/en/master/ray-observability/user-guides/configure-logging.html#log-deduplication for more options.)", "moving_model")
        actor("RayTrainWorker", w0[0], w0[1], "Wrapping provided model in DistributedDataParallel. [repeated 3x across cluster]", "wrapping_ddp")
        st["iter"] = 0

    def steps(step):
        L.tick(14)
        for pid, ip, r in st["workers"][:g.c([1, 1, 2, 4])]:
            line = f"[rank{r}] epoch {st['iter']} step {step}/390 loss={g.r.uniform(0.3, 2.4) / (1 + st['iter'] * 0.2):.4f} lr={0.0003 * (1 - st['iter'] / 40):.6f} throughput={g.f(700, 900, 1)} img/s"
            if r and g.r.random() < 0.5:
                line += f" [repeated {g.num(2, 6)}x across cluster]"
            actor("RayTrainWorker", pid, ip, line, "worker_step")

    def dataloader_warn():
        pid, ip, r = g.c(st["workers"])
        actor("RayTrainWorker", pid, ip, f"/home/ray/anaconda3/lib/python3.11/site-packages/torch/utils/data/dataloader.py:617: UserWarning: This DataLoader will create 16 worker processes in total. Our suggested max number of worker in current system is 12, which is smaller than what this DataLoader is going to create. Please be aware that excessive worker creation might get DataLoader running slow or even freeze, lower the worker number to avoid potential slowness/freeze if necessary.", "dataloader_warning")
        actor("RayTrainWorker", pid, ip, "  warnings.warn(", "warnings_warn")

    def result():
        st["iter"] += 1
        it = st["iter"]
        total = int((L.t - st["job_t0"]).total_seconds())
        plain("", "blank")
        plain(f"Training finished iteration {it} at {L.t:%Y-%m-%d %H:%M:%S}. Total running time: {total // 60}min {total % 60}s", "training_finished_iter")
        box("Training result", [("checkpoint_dir_name", f"checkpoint_{it - 1:06d}"), ("time_this_iter_s", f"{g.r.uniform(100, 140):.5f}"), ("time_total_s", f"{total - 100 + g.r.uniform(0, 1):.5f}"),
                                ("training_iteration", str(it)), ("epoch", str(it - 1)), ("loss", f"{2.3 / (1 + it * 0.4):.5f}"), ("val_accuracy", f"{min(0.93, 0.3 + it * 0.055):.5f}")], "res")
        plain(f"Training saved a checkpoint for iteration {it} at: (local){st['dir']}/checkpoint_{it - 1:06d}", "saved_checkpoint")

    def oom(final):
        ip = nodes[1]
        t = L.t
        L.emit(f"(raylet, ip={ip}) [{t:%Y-%m-%d %H:%M:%S},{ms3(t)} E {g.num(2000, 3000)} {g.num(2000, 3000)}] (raylet) node_manager.cc:3069: 1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: {g.hx(56)}, IP: {ip}) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip {ip}`", "raylet_oom", "E", "raylet")
        L.emit(f"(raylet, ip={ip}) ", "raylet_blank", "E", "raylet")
        L.emit(f"(raylet, ip={ip}) Refer to the documentation on how to address the out of memory issue: https://docs.ray.io/en/latest/ray-core/scheduling/ray-oom-prevention.html. Consider provisioning more memory on this node or reducing task parallelism by requesting more CPUs per task. To adjust the kill threshold, set the environment variable `RAY_memory_usage_threshold` when starting Ray. To disable worker killing, set the environment variable `RAY_memory_monitor_refresh_ms` to zero.", "raylet_oom_refer", "E", "raylet")
        if not final:
            return
        trial = f"TorchTrainer_{g.hx(5)}_00000"
        ray("ERROR", "tune_controller.py:1331", f"Trial task failed for trial {trial}", "trial_failed", [
            ("Traceback (most recent call last):", "traceback_header"),
            ('  File "/home/ray/anaconda3/lib/python3.11/site-packages/ray/air/execution/_internal/event_manager.py", line 110, in resolve_future', "traceback_file"),
            ("    result = ray.get(future)", "traceback_code"),
            ("             ^^^^^^^^^^^^^^^", "traceback_caret"),
            ('  File "/home/ray/anaconda3/lib/python3.11/site-packages/ray/_private/auto_init_hook.py", line 21, in auto_init_wrapper', "traceback_file"),
            ("    return fn(*args, **kwargs)", "traceback_code"),
            ("           ^^^^^^^^^^^^^^^^^^^", "traceback_caret"),
            ('  File "/home/ray/anaconda3/lib/python3.11/site-packages/ray/_private/worker.py", line 2753, in get', "traceback_file"),
            ("    values, debugger_breakpoint = worker.get_objects(object_refs, timeout=timeout)", "traceback_code"),
            ("                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "traceback_caret"),
            (f"ray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.", "exception_line"),
            (f"Memory on the node (IP: {ip}, ID: {g.hx(56)}) where the task (actor ID: {g.hx(32)}, name=RayTrainWorker.__init__, pid={st['workers'][2][0]}, memory used={g.f(20, 40, 2)}GB) was running was {g.f(58, 61, 2)}GB / {g.f(61, 62.5, 2)}GB (0.95), which exceeds the memory usage threshold of 0.95. Ray killed this worker (ID: {g.hx(56)}) because it was the most recently scheduled task; to see more information about memory usage on this node, use `ray logs raylet.out -ip {ip}`. To see the logs of the worker, use `ray logs worker-{g.hx(56)}*out -ip {ip}. Top 10 memory users:", "oom_detail"),
            ("PID\tMEM(GB)\tCOMMAND", "oom_table_header")] + [(f"{pid}\t{g.f(8, 30, 2)}\tray::_RayTrainWorker__execute.get_next", "oom_table_row") for pid, _, _ in st["workers"][2:]] +
            [(f"{g.num(2000, 9000)}\t{g.f(0.5, 3, 2)}\t/home/ray/anaconda3/bin/python -u /home/ray/anaconda3/lib/python3.11/site-packages/ray/_private/workers/default_worker.py", "oom_table_row")])
        total = int((L.t - st["job_t0"]).total_seconds())
        plain("", "blank")
        plain(f"Training errored after {st['iter']} iterations at {L.t:%Y-%m-%d %H:%M:%S}. Total running time: {total // 60}min {total % 60}s", "training_errored")
        plain(f"Error file: /tmp/ray/session_2026-11-30_08-12-44_{g.num(100000, 999999)}_1/artifacts/{st['dir'][-19:]}/TorchTrainer_{st['dir'][-19:]}/driver_artifacts/{trial}/error.txt", "error_file")
        plain("", "blank")
        plain("-------------------------------------", "dashes_short")
        plain(f"Job '{st['sid']}' failed", "job_failed")
        plain("-------------------------------------", "dashes_short")
        plain("", "blank")
        plain("Status message: Job entrypoint command failed with exit code 1, last available logs (truncated to 20,000 chars):", "status_message")

    def done():
        plain("", "blank")
        plain(f"Training completed after {st['iter']} iterations at {L.t:%Y-%m-%d %H:%M:%S}. Total running time: {int((L.t - st['job_t0']).total_seconds()) // 60}min {int((L.t - st['job_t0']).total_seconds()) % 60}s", "training_completed")
        plain("", "blank")
        plain("------------------------------------------", "dashes_long")
        plain(f"Job '{st['sid']}' succeeded", "job_succeeded")
        plain("------------------------------------------", "dashes_long")

    def job(until, fail):
        submit()
        while len(L.rows) < until:
            for step in range(50, 391, 50):
                steps(step)
                if g.r.random() < 0.04:
                    dataloader_warn()
                if g.r.random() < 0.015:
                    oom(False)
                if g.r.random() < 0.02:
                    if g.r.random() < 0.5:
                        auto("Removing 1 nodes of type cpu-worker (idle).", "autoscaler_removing")
                    else:
                        auto("Resized to 48 CPUs, 4 GPUs.", "autoscaler_resized")
            result()
            if st["iter"] >= 40:
                break
        if fail:
            oom(True)
            L.tick(60)
        elif st["iter"] >= 40:
            done()

    job(980, True)
    job(N_LINES, False)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Keycloak 25 (Quarkus) in a container, `docker logs keycloak` (console log, default format
#   "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n"), jboss-logging event listener with success-level=info, two realms, a cluster of two
@checked
def log_keycloak(seed):
    L = Log("keycloak_console", seed, "full", True, True)
    g = L.g
    realms = {"acme": g.uuid(), "partners": g.uuid(), "master": g.uuid()}
    clients = {"acme": ["web-shop", "account-console", "mobile-app", "grafana", "admin-cli"], "partners": ["partner-portal", "api-gateway"], "master": ["security-admin-console", "admin-cli"]}
    users = {u: g.uuid() for u in ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "svc-reporting", "admin"]}
    st = {"sessions": {}}
    NODE = f"keycloak-0-{g.num(10000, 99999)}"
    PEER = f"keycloak-1-{g.num(10000, 99999)}"

    def kc(lv, cat, th, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 60))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{cat}] ({th}) {msg}", ev, lv, cat)
        for text, e in cont:
            L.emit(text, e, lv, cat)

    def ex():
        return f"executor-thread-{g.num(1, 40)}"

    def ip():
        return g.c([g.ip("pub"), g.ip("pub"), f"10.0.7.{g.num(2, 250)}"])

    def q(k, v):
        return f'{k}="{v}"'

    def event(typ, realm, client, user, uid, extra, err=None):
        parts = [q("type", typ), q("realmId", realms[realm]), q("realmName", realm), q("clientId", client), q("userId", uid), q("sessionId", extra.pop("sessionId", "null")) if "sessionId" in extra else None, q("ipAddress", ip())]
        parts = [p for p in parts if p]
        if err:
            parts.append(q("error", err))
        for k, v in extra.items():
            parts.append(q(k, v))
        kc("WARN" if err else "INFO", "org.keycloak.events", ex(), ", ".join(parts), "kc_event")
        meth, path, code = {"LOGIN": ("POST", f"/realms/{realm}/login-actions/authenticate?session_code={g.alnum(43, B62)}&execution={g.uuid()}&client_id={client}&tab_id={g.alnum(11, B62)}", 302),
                            "LOGIN_ERROR": ("POST", f"/realms/{realm}/login-actions/authenticate?session_code={g.alnum(43, B62)}&execution={g.uuid()}&client_id={client}&tab_id={g.alnum(11, B62)}", 200),
                            "CODE_TO_TOKEN": ("POST", f"/realms/{realm}/protocol/openid-connect/token", 200), "REFRESH_TOKEN": ("POST", f"/realms/{realm}/protocol/openid-connect/token", 200),
                            "REFRESH_TOKEN_ERROR": ("POST", f"/realms/{realm}/protocol/openid-connect/token", 400), "CLIENT_LOGIN": ("POST", f"/realms/{realm}/protocol/openid-connect/token", 200),
                            "LOGOUT": ("GET", f"/realms/{realm}/protocol/openid-connect/logout?id_token_hint={g.alnum(20, B62)}...&post_logout_redirect_uri=https%3A%2F%2F{client}.example.com%2F", 302)}[typ]
        access(meth, path, code)

    def access(meth, path, code):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        kc("INFO", "org.keycloak.http.access-log", ex(), f"{ip()} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"{meth} {path} HTTP/1.1\" {code} {g.num(0, 6000) if code != 302 else 0}", "access_log")

    def static():
        realm = g.c(["acme", "acme", "partners"])
        meth, path, code = g.c([("GET", f"/realms/{realm}/protocol/openid-connect/auth?client_id={g.c(clients[realm])}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&response_type=code&scope=openid&state={g.hx(32)}", 200),
                                ("GET", f"/resources/{g.alnum(5)}/login/keycloak.v2/css/styles.css", 200), ("GET", f"/realms/{realm}/.well-known/openid-configuration", 200),
                                ("GET", f"/realms/{realm}/protocol/openid-connect/certs", 200), ("GET", "/health/ready", 200), ("GET", f"/realms/{realm}/account", 302),
                                ("GET", "/favicon.ico", 404), ("POST", f"/realms/{realm}/protocol/openid-connect/token/introspect", 200)])
        access(meth, path, code)

    def ldap():
        user = g.c(list(users))
        kc("ERROR", "org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager", ex(),
           f"Could not query server using DN [ou=people,dc=example,dc=com] and filter [(&(uid={user})(objectclass=inetOrgPerson)(objectclass=organizationalPerson))]: javax.naming.CommunicationException: ldap.example.com:636 [Root exception is java.net.SocketTimeoutException: Connect timed out]", "ldap_query_failed")
        kc("WARN", "org.keycloak.services", ex(), "KC-SERVICES0013: Failed authentication: org.keycloak.models.ModelException: LDAP Query failed", "failed_authentication",
           [("\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager.search(LDAPOperationManager.java:225)", "stack_frame"),
            ("\tat org.keycloak.storage.ldap.LDAPStorageProvider.loadAndValidateUser(LDAPStorageProvider.java:651)", "stack_frame"),
            ("\tat org.keycloak.authentication.authenticators.browser.UsernamePasswordForm.action(UsernamePasswordForm.java:48)", "stack_frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame"),
            ("Caused by: javax.naming.CommunicationException: ldap.example.com:636 [Root exception is java.net.SocketTimeoutException: Connect timed out]", "caused_by"),
            ("\tat java.naming/com.sun.jndi.ldap.Connection.<init>(Connection.java:244)", "stack_frame"),
            ("\t... 74 more", "stack_more")])

    def startup():
        L.emit("Updating the configuration and installing your custom providers, if any. Please wait.", "updating_config")
        L.tick(8)
        kc("INFO", "io.quarkus.deployment.QuarkusAugmentor", "main", f"Quarkus augmentation completed in {g.num(9000, 30000)}ms", "augmentation_completed")
        L.emit(f"Server configuration updated and persisted. Run the following command to review the configuration:", "config_persisted")
        L.emit("", "blank")
        L.emit("\tkc.sh show-config", "show_config_cmd")
        L.emit("", "blank")
        L.tick(3)
        kc("INFO", "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider", "main", "Hostname settings: Base URL: <unset>, Hostname: sso.example.com, Strict HTTPS: true, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true", "hostname_settings")
        kc("INFO", "org.infinispan.CONTAINER", "Thread-5", "ISPN000556: Starting user marshaller 'org.infinispan.commons.marshall.ImmutableProtoStreamMarshaller'", "ispn_marshaller")
        kc("INFO", "org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory", "main", f"Node name: {NODE}, Site name: null", "node_name")
        kc("INFO", "org.jgroups.protocols.pbcast.GMS", "main", f"{NODE}: no members discovered after {g.num(2000, 3000)} ms: creating cluster as coordinator", "gms_coordinator") if g.r.random() < 0.4 else \
            kc("INFO", "org.infinispan.CLUSTER", "main", f"ISPN000094: Received new cluster view for channel ISPN: [{PEER}|{g.num(2, 9)}] (2) [{PEER}, {NODE}]", "ispn_cluster_view")
        kc("INFO", "org.infinispan.CLUSTER", "main", f"ISPN000079: Channel `ISPN` local address is `{NODE}`, physical addresses are `[10.0.7.{g.num(10, 20)}:7800]`", "ispn_local_address")
        kc("INFO", "io.quarkus", "main", f"Keycloak 25.0.6 on JVM (powered by Quarkus 3.8.5) started in {g.f(9, 30, 3)}s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.", "quarkus_started")
        kc("INFO", "io.quarkus", "main", "Profile prod activated. ", "profile_activated")
        kc("INFO", "io.quarkus", "main", "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]", "installed_features")

    def login():
        realm = g.c(["acme"] * 5 + ["partners"])
        client = g.c(clients[realm])
        user = g.c(list(users))
        sid = g.uuid()
        r = g.r.random()
        if r < 0.7:
            st["sessions"][sid] = (realm, client, user)
            event("LOGIN", realm, client, user, users[user], {"sessionId": sid, "auth_method": "openid-connect", "auth_type": "code", "response_type": "code",
                                                              "redirect_uri": f"https://{client}.example.com/callback", "consent": "no_consent_required", "code_id": sid, "username": user,
                                                              "response_mode": "query", "authSessionParentId": sid, "authSessionTabId": g.alnum(11, B62)})
            if g.r.random() < 0.9:
                L.tick(0.3)
                event("CODE_TO_TOKEN", realm, client, user, users[user], {"sessionId": sid, "token_id": g.uuid(), "grant_type": "authorization_code", "refresh_token_type": "Refresh",
                                                                          "scope": "openid email profile", "refresh_token_id": g.uuid(), "code_id": sid, "client_auth_method": "client-secret"})
        elif r < 0.93:
            err = g.c(["invalid_user_credentials"] * 4 + ["user_not_found", "user_disabled", "user_temporarily_disabled"])
            uid = users[user] if err != "user_not_found" else "null"
            event("LOGIN_ERROR", realm, client, user, uid, {"auth_method": "openid-connect", "auth_type": "code", "redirect_uri": f"https://{client}.example.com/callback",
                                                             "code_id": g.uuid(), "username": user if err != "user_not_found" else g.c(["administrator", "root", "test", "a.smith@example.com"]),
                                                             "authSessionParentId": g.uuid(), "authSessionTabId": g.alnum(11, B62)}, err)
        else:
            event("LOGIN_ERROR", realm, client, user, "null", {"auth_method": "openid-connect", "auth_type": "code", "redirect_uri": f"https://{client}.example.com/callback",
                                                               "code_id": g.uuid(), "authSessionParentId": g.uuid(), "authSessionTabId": g.alnum(11, B62)}, "expired_code")

    def refresh():
        if not st["sessions"]:
            return login()
        sid = g.c(list(st["sessions"]))
        realm, client, user = st["sessions"][sid]
        if g.r.random() < 0.9:
            event("REFRESH_TOKEN", realm, client, user, users[user], {"sessionId": sid, "token_id": g.uuid(), "grant_type": "refresh_token", "refresh_token_type": "Refresh",
                                                                      "scope": "openid email profile", "refresh_token_id": g.uuid(), "updated_refresh_token_id": g.uuid(), "client_auth_method": "client-secret"})
        else:
            del st["sessions"][sid]
            event("REFRESH_TOKEN_ERROR", realm, client, user, "null", {"token_id": g.uuid(), "grant_type": "refresh_token", "reason": "Invalid refresh token", "client_auth_method": "client-secret"}, "invalid_token")

    def logout():
        if not st["sessions"]:
            return login()
        sid = g.c(list(st["sessions"]))
        realm, client, user = st["sessions"].pop(sid)
        event("LOGOUT", realm, client, user, users[user], {"sessionId": sid, "redirect_uri": f"https://{client}.example.com/"})

    def svc():
        event("CLIENT_LOGIN", "partners", "api-gateway", "service-account-api-gateway", g.uuid(), {"sessionId": g.uuid(), "grant_type": "client_credentials", "scope": "profile email",
                                                                                             "client_auth_method": "client-secret", "username": "service-account-api-gateway"})

    def admin_event():
        op = g.c(["CREATE", "UPDATE", "UPDATE", "DELETE", "ACTION"])
        rt, path = g.c([("USER", f"users/{g.uuid()}"), ("GROUP_MEMBERSHIP", f"users/{g.uuid()}/groups/{g.uuid()}"), ("CLIENT", f"clients/{g.uuid()}"), ("REALM_ROLE_MAPPING", f"users/{g.uuid()}/role-mappings/realm")])
        parts = [q("operationType", op), q("realmId", realms["acme"]), q("realmName", "acme"), q("clientId", realms["master"][:8] + g.hx(28)), q("userId", users["admin"]), q("ipAddress", f"10.0.7.{g.num(2, 50)}"),
                 q("resourceType", rt), q("resourcePath", path)]
        kc("INFO", "org.keycloak.events", ex(), ", ".join(parts), "kc_admin_event")

    def cookie():
        kc("WARN", "org.keycloak.cookie.DefaultCookieProvider", ex(), "Non-secure context detected; cookies are not secured, and will not be available in cross-origin POST requests", "non_secure_cookie")

    def missing_scope():
        kc("WARN", "org.keycloak.services", ex(), "KC-SERVICES0091: Request is missing scope 'openid' so no id_token will be returned. Check the scope parameter used for the authentication request.", "missing_openid_scope")

    def npe():
        kc("ERROR", "org.keycloak.services.error.KeycloakErrorHandler", ex(), "Uncaught server error: java.lang.NullPointerException: Cannot invoke \"org.keycloak.models.UserModel.getId()\" because \"user\" is null", "uncaught_error",
           [("\tat org.keycloak.protocol.oidc.endpoints.TokenEndpoint.createTokenResponse(TokenEndpoint.java:486)", "stack_frame"),
            ("\tat org.keycloak.protocol.oidc.grants.RefreshTokenGrantType.process(RefreshTokenGrantType.java:92)", "stack_frame"),
            ("\tat org.keycloak.protocol.oidc.endpoints.TokenEndpoint.processGrantRequest(TokenEndpoint.java:207)", "stack_frame"),
            ("\tat org.keycloak.protocol.oidc.endpoints.TokenEndpoint$quarkusrestinvoker$processGrantRequest_7a8c1f1c5f1e6f0d1e5c2b3a4d9e8f7a6b5c4d3e.invoke(Unknown Source)", "stack_frame"),
            ("\tat org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)", "stack_frame"),
            ("\tat io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)", "stack_frame"),
            ("\tat org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)", "stack_frame"),
            ("\tat io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:599)", "stack_frame"),
            ("\tat org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2516)", "stack_frame"),
            ("\tat org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1538)", "stack_frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame")])

    def blocked():
        kc("WARN", "io.vertx.core.impl.BlockedThreadChecker", "vertx-blocked-thread-checker", f"Thread Thread[vert.x-eventloop-thread-{g.num(0, 7)},5,main] has been blocked for {g.num(2001, 6000)} ms, time limit is 2000 ms", "blocked_thread")

    def cluster():
        if g.r.random() < 0.5:
            kc("INFO", "org.infinispan.CLUSTER", f"jgroups-{g.num(5, 40)},{NODE}", f"ISPN100001: Node {PEER} left the cluster", "ispn_node_left")
        else:
            kc("INFO", "org.infinispan.CLUSTER", f"jgroups-{g.num(5, 40)},{NODE}", f"ISPN000094: Received new cluster view for channel ISPN: [{NODE}|{g.num(3, 20)}] (2) [{NODE}, {PEER}]", "ispn_cluster_view")
            kc("INFO", "org.infinispan.CLUSTER", f"jgroups-{g.num(5, 40)},{NODE}", f"ISPN100000: Node {PEER} joined the cluster", "ispn_node_joined")
            kc("INFO", "org.infinispan.CLUSTER", f"jgroups-{g.num(5, 40)},{NODE}", f"ISPN100002: Starting rebalance with members [{NODE}, {PEER}], phase READ_OLD_WRITE_ALL, topology id {g.num(10, 90)}", "ispn_rebalance_start")
            kc("INFO", "org.infinispan.CLUSTER", f"jgroups-{g.num(5, 40)},{NODE}", f"ISPN100010: Finished rebalance with members [{NODE}, {PEER}], topology id {g.num(10, 90)}", "ispn_rebalance_done")

    def bf():
        user = g.c(list(users))
        kc("WARN", "org.keycloak.services", ex(), f"KC-SERVICES0097: Invalid request: java.lang.IllegalArgumentException: Invalid redirect_uri parameter", "invalid_request") if g.r.random() < 0.5 else \
            kc("INFO", "org.keycloak.services.managers.DefaultBruteForceProtector", f"Brute Force Protector", f"user {users[user]} locked temporarily", "bf_locked")

    startup()
    ev = [(30, login), (18, refresh), (8, logout), (10, svc), (30, static), (2, admin_event), (2, cookie), (1.5, missing_scope), (0.4, npe), (1, blocked), (0.5, cluster), (1.5, bf), (0.5, ldap)]
    return L.run(slowed(L, ev, 6), None)


# 15 --------------------------------------------------------------- Play Framework 3.0 (Scala 3, Pekko HTTP) web shop, logs/application.log with Play's default
#   file pattern "%date [%level] from %logger in %thread - %message%n%xException" (level and logger inside the message-like prose)
@checked
def log_play(seed):
    L = Log("play_application_log", seed, "full", True, True)
    g = L.g
    st = {"order": g.num(40000, 50000), "hikari": 1}

    def disp():
        return f"application-pekko.actor.default-dispatcher-{g.num(4, 40)}"

    def p(lv, logger, th, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{lv}] from {logger} in {th} - {msg}", ev, lv, logger)
        for text, e in cont:
            L.emit(text, e, lv, logger)

    def startup():
        p("INFO", "org.apache.pekko.event.slf4j.Slf4jLogger", "application-pekko.actor.default-dispatcher-5", "Slf4jLogger started", "slf4j_started")
        p("INFO", "com.zaxxer.hikari.HikariDataSource", "main", f"HikariPool-{st['hikari']} - Starting...", "hikari_starting")
        p("INFO", "com.zaxxer.hikari.pool.HikariPool", "main", f"HikariPool-{st['hikari']} - Added connection org.postgresql.jdbc.PgConnection@{g.hx(8)}", "hikari_added")
        p("INFO", "com.zaxxer.hikari.HikariDataSource", "main", f"HikariPool-{st['hikari']} - Start completed.", "hikari_completed")
        p("INFO", "play.api.db.DefaultDBApi", "main", "Database [default] initialized at jdbc:postgresql://db:5432/shop", "db_initialized")
        p("INFO", "play.api.db.HikariCPConnectionPool", "main", "Creating Pool for datasource 'default'", "creating_pool")
        p("INFO", "play.api.Play", "main", "Application started (Prod) (no global state)", "app_started")
        p("INFO", "play.core.server.PekkoHttpServer", "main", "Listening for HTTP on /0.0.0.0:9000", "listening")

    def access():
        meth, path, ctl = g.c([("GET", f"/api/products?page={g.num(1, 40)}&size=24", "ProductController"), ("GET", f"/api/products/{g.num(1000, 9999)}", "ProductController"),
                               ("GET", "/api/cart", "CartController"), ("POST", "/api/cart/items", "CartController"), ("GET", f"/api/orders/{g.num(40000, st['order'])}", "OrderController"),
                               ("GET", "/assets/javascripts/main-3f2a1b.js", None), ("GET", "/health", None), ("POST", "/api/checkout", "CheckoutController")])
        status = g.c([200] * 12 + [201, 204, 304, 400, 401, 404])
        if meth == "POST" and path == "/api/cart/items":
            status = g.c([201, 201, 400])
        p("INFO", "access", disp(), f"{meth} {path} took {int(g.r.expovariate(1 / 30)) + 1}ms and returned {status}", "access_line")

    def order():
        st["order"] += 1
        o = st["order"]
        th = disp()
        p("INFO", "controllers.CheckoutController", th, f"Checkout started for cart {g.uuid()} (customer {g.num(1000, 99999)}, {g.num(1, 9)} items)", "checkout_started")
        if g.r.random() < 0.1:
            p("WARN", "services.PaymentService", th, f"Payment declined for order {o}: {g.c(['insufficient_funds', 'card_declined', 'expired_card', 'do_not_honor'])} (psp=stripe, attempt {g.num(1, 3)})", "payment_declined")
            return
        p("INFO", "services.PaymentService", th, f"Payment authorized for order {o}: {g.num(5, 900)}.{g.num(0, 99):02d} EUR (psp=stripe, id=pi_{g.alnum(24, B62)})", "payment_authorized")
        p("INFO", "controllers.OrderController", th, f"Order {o} created for customer {g.num(1000, 99999)} ({g.num(1, 9)} items, total {g.num(5, 900)}.{g.num(0, 99):02d} EUR)", "order_created")

    def inventory():
        p("DEBUG", "services.InventoryClient", disp(), f"GET http://inventory:8080/stock?sku=SKU-{g.num(1000, 9999)} -> {g.c([200, 200, 200, 404])} in {g.num(2, 90)}ms", "inventory_call") if g.r.random() < 0.8 else \
            p("WARN", "services.InventoryClient", disp(), f"Inventory service slow: {g.num(1000, 5000)}ms for SKU-{g.num(1000, 9999)}, using cached stock level", "inventory_slow")

    def csrf():
        p("WARN", "play.filters.csrf.CSRF", disp(), f"[CSRF] Check failed because no token found in headers for /api/{g.c(['cart/items', 'checkout', 'account/address'])}", "csrf_failed")

    def host():
        p("WARN", "play.filters.hosts.AllowedHostsFilter", disp(), f"Host not allowed: {g.c([g.ip('pub') + ':9000', 'localhost:9000', 'shop-internal.local'])}", "host_not_allowed")

    def error():
        eid = g.alnum(9, string.ascii_lowercase + string.digits)
        meth, path = g.c([("GET", f"/api/orders/{g.num(1, 999)}"), ("POST", "/api/checkout"), ("GET", f"/api/products/{g.num(1000, 9999)}/reviews")])
        exc, cause, frames = g.c([
            ("play.api.UnexpectedException: Unexpected exception[NoSuchElementException: None.get]", "java.util.NoSuchElementException: None.get",
             ["\tat scala.None$.get(Option.scala:627)", "\tat scala.None$.get(Option.scala:626)", f"\tat controllers.OrderController.show$$anonfun$1(OrderController.scala:{g.num(30, 90)})"]),
            ("play.api.UnexpectedException: Unexpected exception[PSQLException: ERROR: deadlock detected\n  Detail: Process 4242 waits for ShareLock on transaction 991; blocked by process 4243.]".split("\n")[0],
             "org.postgresql.util.PSQLException: ERROR: deadlock detected",
             ["\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)", "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
              "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)", f"\tat repositories.OrderRepository.insert$$anonfun$1(OrderRepository.scala:{g.num(30, 90)})"]),
            ("play.api.UnexpectedException: Unexpected exception[TimeoutException: Request timeout to inventory/10.0.8.14:8080 after 5000 ms]", "java.util.concurrent.TimeoutException: Request timeout to inventory/10.0.8.14:8080 after 5000 ms",
             ["\tat play.shaded.ahc.org.asynchttpclient.netty.timeout.TimeoutTimerTask.expire(TimeoutTimerTask.java:43)", "\tat play.shaded.ahc.org.asynchttpclient.netty.timeout.RequestTimeoutTimerTask.run(RequestTimeoutTimerTask.java:50)"])])
        th = disp()
        cont = [("", "blank"), (f"! @{eid} - Internal server error, for ({meth}) [{path}] ->", "internal_server_error"), (" ", "space_line"), (exc, "exception_line")]
        cont += [(f, "stack_frame") for f in ["\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:381)",
                                               "\tat play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:271)",
                                               "\tat play.core.server.PekkoHttpServer$$anonfun$2.applyOrElse(PekkoHttpServer.scala:451)",
                                               "\tat play.core.server.PekkoHttpServer$$anonfun$2.applyOrElse(PekkoHttpServer.scala:449)",
                                               "\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:490)",
                                               "\tat org.apache.pekko.dispatch.TaskInvocation.run(AbstractDispatcher.scala:59)",
                                               "\tat java.base/java.util.concurrent.ForkJoinTask$RunnableExecuteAction.exec(ForkJoinTask.java:1423)"]]
        cont += [(f"Caused by: {cause}", "caused_by")] + [(f, "stack_frame") for f in frames] + [(f"\t... {g.num(20, 60)} common frames omitted", "frames_omitted")]
        p("ERROR", "play.api.http.DefaultHttpErrorHandler", th, "", "error_handler_header", cont)

    def starvation():
        p("WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 housekeeper", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={g.num(1, 3)}m{g.num(0, 59)}s{g.num(0, 999)}ms{g.num(0, 999)}µs{g.num(0, 999)}ns).", "thread_starvation")

    def conn_fail():
        p("WARN", "com.zaxxer.hikari.pool.PoolBase", disp(), f"HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{g.hx(8)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.", "validate_failed")

    def session():
        p("DEBUG", "controllers.AuthController", disp(), f"Session refreshed for user {g.num(1000, 99999)} (expires in {g.c([1800, 3600])}s)", "session_refreshed") if g.r.random() < 0.6 else \
            p("INFO", "controllers.AuthController", disp(), f"Login failed for {g.email()}: {g.c(['bad credentials', 'account locked', 'unknown user'])}", "login_failed")

    def shutdown():
        p("INFO", "play.core.server.PekkoHttpServer", "Thread-1", "Stopping Pekko HTTP server...", "stopping_server")
        p("INFO", "play.core.server.PekkoHttpServer", "application-pekko.actor.internal-dispatcher-3", "Terminating server binding for /0.0.0.0:9000", "terminating_binding")
        p("INFO", "play.core.server.PekkoHttpServer", "application-pekko.actor.default-dispatcher-9", "Running provided shutdown stop hooks", "shutdown_hooks")
        p("INFO", "play.api.db.HikariCPConnectionPool", "application-pekko.actor.default-dispatcher-9", "Shutting down connection pool.", "pool_shutdown")
        p("INFO", "com.zaxxer.hikari.HikariDataSource", "application-pekko.actor.default-dispatcher-9", f"HikariPool-{st['hikari']} - Shutdown initiated...", "hikari_shutdown_initiated")
        p("INFO", "com.zaxxer.hikari.HikariDataSource", "application-pekko.actor.default-dispatcher-9", f"HikariPool-{st['hikari']} - Shutdown completed.", "hikari_shutdown_completed")
        L.tick(20)
        startup()

    startup()
    ev = [(40, access), (8, order), (10, inventory), (2, csrf), (1.5, host), (0.7, error), (0.5, starvation), (0.8, conn_fail), (6, session), (0.05, shutdown)]
    return L.run(slowed(L, ev, 4), None)


# 16 --------------------------------------------------------------- Vapor 4 (Swift 5.10) todo/notes API in Docker, `docker logs api` (ConsoleKit's ConsoleLogger: "[ LEVEL ] message
#   [metadata]", no time; Fluent migrations, Queues jobs, a Swift runtime crash with its backtrace and a restart)
@checked
def log_vapor(seed):
    L = Log("vapor_docker_logs", seed, None, True, False)
    g = L.g
    st = {"todo": g.num(1000, 2000)}

    def v(lv, msg, ev, meta=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        m = ""
        if meta:
            m = " [" + ", ".join(f"{k}: {val}" for k, val in meta.items()) + "]"
        L.emit(f"[ {lv} ] {msg}{m}", ev, lv)

    def rid():
        return g.uuid().upper()

    def startup():
        v("INFO", "Migrate Command: Prepare", "migrate_prepare")
        if g.r.random() < 0.8:
            v("INFO", "No new migrations.", "no_new_migrations")
        else:
            for mname in ["App.CreateNoteTags", "App.AddDueDateToTodos"]:
                v("INFO", "[Migrator] Starting prepare", "migrator_starting", {"database-id": "psql", "migration": mname})
                v("INFO", "[Migrator] Finished prepare", "migrator_finished", {"database-id": "psql", "migration": mname})
            v("INFO", "Migration successful", "migration_successful")
        v("NOTICE", "Server started on http://0.0.0.0:8080", "server_started")

    def request():
        meth, path = g.c([("GET", "/api/todos"), ("GET", f"/api/todos/{g.num(1000, st['todo'])}"), ("POST", "/api/todos"), ("PATCH", f"/api/todos/{g.num(1000, st['todo'])}"),
                          ("DELETE", f"/api/todos/{g.num(1000, st['todo'])}"), ("GET", "/api/notes?tag=work"), ("POST", "/api/auth/login"), ("GET", "/health"), ("GET", "/api/me")])
        r = rid()
        v("INFO", f"{meth} {path}", "route_logging", {"request-id": r})
        x = g.r.random()
        if meth == "POST" and path == "/api/todos" and x < 0.8:
            st["todo"] += 1
            v("INFO", f"Created todo {st['todo']} for user {g.uuid().upper()}", "created_todo", {"request-id": r})
        elif path == "/api/auth/login" and x < 0.3:
            v("WARNING", "Abort.401: Unauthorized", "abort_401", {"request-id": r})
        elif x < 0.05:
            v("WARNING", "Abort.404: Not Found", "abort_404", {"request-id": r})
        elif x < 0.07:
            if meth in ("POST", "PATCH"):
                v("WARNING", "Abort.400: Value required for key 'title'.", "abort_400_value", {"request-id": r})
            else:
                v("WARNING", "Abort.403: Forbidden", "abort_403", {"request-id": r})
        elif x < 0.085:
            v("ERROR", f"PSQLError(code: server, serverInfo: [sqlState: 23505, detail: Key (user_id, title)=({g.uuid()}, {g.c(['Groceries', 'Call mom', 'Pay rent'])}) already exists., file: nbtinsert.c, line: 666, message: duplicate key value violates unique constraint \"uq:todos.user_id+todos.title\", routine: _bt_check_unique, localizedSeverity: ERROR, severity: ERROR], triggeredFromRequestInFile: PostgresKit/PostgresDatabase+SQL.swift, line: 52, query: PostgresQuery(sql: INSERT INTO \"todos\" (\"id\", \"title\", \"user_id\", \"created_at\") VALUES ($1, $2, $3, $4), binds: [(****; UUID; format: binary), (****; TEXT; format: binary), (****; UUID; format: binary), (****; TIMESTAMPTZ; format: binary)]))", "psql_error", {"request-id": r})

    def queue():
        jid = g.uuid().upper()
        name = g.c(["SendReminderEmailJob", "SendReminderEmailJob", "ExportNotesJob", "PurgeDeletedJob"])
        v("INFO", "Dispatched queue job", "dispatched_job", {"job-id": jid, "job-name": name, "queue": "default"})
        L.tick(2)
        if g.r.random() < 0.08:
            v("ERROR", f"Job failed: {g.c(['SMTP error: 421 4.7.0 Try again later, closing connection.', 'Connection reset by peer (errno: 104)', 'Timed out after 30s'])}", "job_failed", {"job-id": jid, "job-name": name, "queue": "default"})
        else:
            if name == "SendReminderEmailJob":
                v("INFO", f"Sent reminder to {g.email()} for todo {g.num(1000, st['todo'])}", "sent_reminder")
            else:
                v("INFO", f"{name} finished in {g.num(10, 9000)}ms", "job_finished")

    def scheduled():
        v("INFO", "Running scheduled job", "scheduled_job", {"name": g.c(["ReminderScanJob", "CleanupSessionsJob"])})

    def ws():
        r = rid()
        v("INFO", "GET /api/live", "route_logging", {"request-id": r})
        if g.r.random() < 0.3:
            v("WARNING", f"WebSocket closed with code {g.c([1001, 1006])}", "ws_closed", {"request-id": r})

    def nio():
        v("ERROR", f"NIOSSLError.uncleanShutdown", "nio_unclean_shutdown") if g.r.random() < 0.3 else \
            v("WARNING", f"HTTPParserError.invalidMethod", "http_parser_error")

    def crash():
        r = rid()
        v("INFO", f"GET /api/notes/{g.num(1, 999)}/export", "route_logging", {"request-id": r})
        L.emit("Swift/ContiguousArrayBuffer.swift:600: Fatal error: Index out of range", "fatal_error")
        L.emit("", "blank")
        L.emit(f"💣 Program crashed: System trap at 0x0000{g.hx(12)}", "program_crashed")
        L.emit("", "blank")
        L.emit(f"Thread {g.num(1, 7)} crashed:", "thread_crashed")
        L.emit("", "blank")
        frames = [("0", "specialized _assertionFailure(_:_:file:line:flags:)", "in libswiftCore.so"),
                  ("1", "specialized Array.subscript.getter", "in libswiftCore.so"),
                  ("2", "NotesController.export(req:)", "in App at /app/Sources/App/Controllers/NotesController.swift:88:31"),
                  ("3", "closure #1 in RoutesBuilder.get<A>(_:use:)", "in App at /app/.build/checkouts/vapor/Sources/Vapor/Routing/RoutesBuilder+Method.swift:39:20"),
                  ("4", "AsyncBasicResponder.respond(to:)", "in App at /app/.build/checkouts/vapor/Sources/Vapor/Responder/BasicResponder.swift:29:31"),
                  ("5", "DefaultResponder.respond(to:)", "in App at /app/.build/checkouts/vapor/Sources/Vapor/Responder/DefaultResponder.swift:84:45")]
        for n, fn, loc in frames:
            L.emit(f"{n} 0x0000{g.hx(12)} {fn} {loc}", "backtrace_frame")
        L.emit("...", "backtrace_ellipsis")
        L.emit("", "blank")
        L.emit(f"Backtrace took {g.f(0.5, 3, 2)}s", "backtrace_took")
        L.emit("", "blank")
        L.tick(3)
        startup()

    startup()
    ev = [(50, request), (8, queue), (3, scheduled), (4, ws), (1, nio), (0.08, crash)]
    return L.run(slowed(L, ev, 3), None)


# 17 --------------------------------------------------------------- 7 Days to Die V1.2 dedicated server (Linux), output_log_dedi__2026-12-01__10-00-00.txt: wall-clock time, then
#   seconds since start, then INF/WRN/ERR/EXC; Unity-style exception traces; players, chat, blood moon, telnet admin
@checked
def log_7dtd(seed):
    L = Log("sevendays_output_log", seed, "full", True, False)
    g = L.g
    st = {"start": L.t, "eid": 170, "players": {}, "day": 13, "zeds": 0}
    names = ["Bob", "xXNightOwlXx", "Mara", "Toasty", "KillerBee", "Rook", "Sable", "GrimJim", "PixelPete", "Juno", "Vex"]
    steam = {n: f"7656119{g.num(8000000000, 8999999999)}" for n in names}
    eos = {n: "0002" + g.hx(28) for n in names}
    zombies = ["zombieArlene", "zombieBoe", "zombieJoe", "zombieMarlene", "zombieFatCop", "zombieScreamer", "zombieDogFeral", "zombieSteve", "zombieBiker", "zombieNurse"]

    def d(lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 80))
        up = (L.t - st["start"]).total_seconds()
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S} {up:.3f} {lv} {msg}", ev, lv)
        for text, e in cont:
            L.emit(text, e, lv)

    def ids(n, p):
        return f"EntityID={p['eid']}, PltfmId='Steam_{steam[n]}', CrossId='EOS_{eos[n]}', OwnerID='Steam_{steam[n]}', PlayerName='{n}', ClientNumber='{p['cn']}'"

    def startup():
        st["start"] = L.t
        d("INF", "Version: V 1.2 (b27) Compatibility Version: V 1.2, Build: Linux 64 Bit", "version")
        d("INF", "System information:", "sysinfo", [("   OS: Linux 6.8 Ubuntu 24.04 LTS 64bit", "sysinfo_os"), ("   CPU: AMD Ryzen 9 7950X 16-Core Processor (cores: 32)", "sysinfo_cpu"),
                                                    ("   RAM: 64181 MB", "sysinfo_ram"), ("   GPU: Null Device (0 MB)", "sysinfo_gpu")])
        d("INF", "Command line arguments: ./7DaysToDieServer.x86_64 -logfile /home/steam/7dtd/logs/output_log_dedi.txt -quit -batchmode -nographics -configfile=serverconfig.xml -dedicated", "cmdline")
        d("INF", "[EOS] Initializing EOS", "eos_initializing")
        d("INF", "[EOS] Platform interface created", "eos_platform")
        d("INF", "Starting server ...", "starting_server")
        d("INF", "Loading world: Navezgane", "loading_world")
        d("INF", f"WorldStaticData.Init() done in {g.num(800, 3000)}ms", "static_data")
        d("INF", f"createWorld() done in {g.num(2000, 9000)}ms", "create_world")
        d("INF", "Started Telnet on 8081", "telnet_started")
        d("INF", "[NET] ServerRegistered: True", "server_registered")
        d("INF", "GameServer.LogOn successful, SteamID=" + str(g.num(90000000000000000, 90099999999999999)) + ", public IP=203.0.113.77", "gameserver_logon")
        d("INF", "[EOS] Server registered with EOS, session id: " + g.hx(32), "eos_registered")
        d("INF", "StartGame done", "startgame_done")

    def join():
        free = [n for n in names if n not in st["players"]]
        if not free:
            return leave()
        n = g.c(free)
        st["eid"] += g.num(1, 900)
        p = {"eid": -1, "cn": len(st["players"]) + 1, "t": L.t}
        d("INF", f"[NET] PlayerConnected {ids(n, p)}", "player_connected")
        d("INF", f"[Auth] {n} authorization successful: {ids(n, p)}", "auth_successful")
        d("INF", f"Allowing player with id EOS_{eos[n]}", "allowing_player")
        if g.r.random() < 0.04:
            d("WRN", f"[EOS] Auth ticket check for EOS_{eos[n]} failed: {g.c(['InvalidAuth', 'TimedOut'])}", "eos_auth_failed")
            d("INF", f"Kicking player ({ids(n, p)}): Platform auth failed: {g.c(['InvalidAuth', 'TimedOut'])}", "kicking_player")
            return
        L.tick(20)
        p["eid"] = st["eid"]
        st["players"][n] = p
        d("INF", f"Created player with id={p['eid']}", "created_player")
        d("INF", f"PlayerSpawnedInWorld (reason: {g.c(['JoinMultiplayer', 'JoinMultiplayer', 'EnterMultiplayer'])}, position: {g.num(-1500, 1500)}, {g.num(40, 120)}, {g.num(-1500, 1500)}): {ids(n, p)}", "spawned_in_world")
        d("INF", f"GMSG: Player '{n}' joined the game", "gmsg_joined")

    def leave():
        if not st["players"]:
            return join()
        n = g.c(list(st["players"]))
        p = st["players"].pop(n)
        d("INF", f"Player disconnected: {ids(n, p)}", "player_disconnected")
        d("INF", f"[NET] PlayerDisconnected {ids(n, p)}", "net_player_disconnected")
        d("INF", f"GMSG: Player '{n}' left the game", "gmsg_left")
        d("INF", f"Player {n} disconnected after {(L.t - p['t']).total_seconds() / 60:.1f} minutes", "disconnected_after")

    def chat():
        if not st["players"]:
            return join()
        n = g.c(list(st["players"]))
        msg = g.c(["anyone got a wrench?", "horde tonight, get to base", "lol", "brb", "where's the trader", "need ammo", "gg", "who stole my minibike??", "selling 300 brass"])
        d("INF", f"Chat (from 'Steam_{steam[n]}', entity id '{st['players'][n]['eid']}', to '{g.c(['Global', 'Global', 'Party'])}'): '{n}': {msg}", "chat")

    def died():
        if not st["players"]:
            return join()
        n = g.c(list(st["players"]))
        if g.r.random() < 0.8:
            d("INF", f"GMSG: Player '{n}' died", "gmsg_died")
        else:
            k = g.c([x for x in st["players"] if x != n] or [n])
            d("INF", f"GMSG: Player '{k}' killed '{n}'", "gmsg_killed")

    def spawn():
        z = g.c(zombies)
        st["zeds"] += 1
        eid = g.num(1000, 90000)
        if g.r.random() < 0.6:
            d("INF", f"BiomeSpawnManager spawned {z} pos=({g.num(-1500, 1500)}.5, {g.num(40, 120)}.0, {g.num(-1500, 1500)}.5) id={eid} CBD=BiomeId={g.num(1, 5)} XZ={g.num(-10, 10)}/{g.num(-10, 10)} {g.c(['burnt_forest', 'pine_forest', 'desert', 'wasteland', 'snow'])}: {g.c(['ZombiesAll', 'ZombiesNight', 'ZombiesWasteland'])} c{g.num(0, 4)}/r{g.num(1, 9)}", "biome_spawn")
        else:
            n = g.c(list(st["players"]) or names)
            d("INF", f"Spawned [type=EntityZombie, name={z}, id={eid}] at ({g.num(-1500, 1500)}.5, {g.num(40, 120)}.0, {g.num(-1500, 1500)}.5) Day={st['day']} TotalInWave={g.num(4, 16)} CurrentWave={g.num(1, 3)}", "wandering_spawn")

    def stats():
        up = (L.t - st["start"]).total_seconds() / 60
        d("INF", f"Time: {up:.2f}m FPS: {g.f(18, 40, 2)} Heap: {g.f(900, 2400, 1)}MB Max: {g.f(2400, 2800, 1)}MB Chunks: {g.num(200, 900)} CGO: {g.num(20, 90)} Ply: {len(st['players'])} Zom: {g.num(0, 60)} Ent: {g.num(10, 80)} ({g.num(80, 300)}) Items: {g.num(0, 60)} CO: {g.num(0, 12)} RSS: {g.f(5000, 9000, 2)}MB", "time_stats")

    def exc():
        e = g.c([("NullReferenceException: Object reference not set to an instance of an object", [
            "  at EntityAlive.updateTasks () [0x000a2] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 ",
            "  at EntityEnemy.updateTasks () [0x00012] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 ",
            "  at EntityAlive.OnUpdateLive () [0x00142] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 ",
            "  at World.TickEntity (Entity e, System.Single _partialTicks) [0x00079] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 "]),
                 ("ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection.", [
            "Parameter name: index",
            "  at System.Collections.Generic.List`1[T].get_Item (System.Int32 index) [0x00009] in <6ad5ce4a5f2e4a1b9a5c2b6b0e5a6c34>:0 ",
            "  at TileEntityLootContainer.read (PooledBinaryReader _br, TileEntity+StreamModeRead _eStreamMode) [0x0004f] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 ",
            "  at NetPackageTileEntity.ProcessPackage (World _world, GameManager _callbacks) [0x00064] in <8c3e0bd7f3ad4a2d9c8a8f4f4a9b1f2e>:0 "])])
        cont = [(f, "exc_frame" if f.startswith("  at ") else "exc_parameter") for f in e[1]]
        cont += [("UnityEngine.StackTraceUtility:ExtractStringFromException(Object)", "unity_frame"), ("Log:Exception(Exception)", "unity_frame"),
                 ("ConnectionManager:ProcessPackages(INetConnection, NetPackageDirection, ClientInfo)", "unity_frame") if "Tile" in e[1][-1] else ("GameManager:Update()", "unity_frame")]
        d("EXC", e[0], "exception", cont)

    def err():
        if g.r.random() < 0.2:
            d("ERR", f"[Steamworks.NET] GameServer.BeginAuthSession failed: {g.c(['k_EBeginAuthSessionResultInvalidTicket', 'k_EBeginAuthSessionResultDuplicateRequest'])}", "begin_auth_failed")
            return
        d("WRN", f"[NET] NetPackageManager: Package {g.c(['NetPackageEntityPosAndRot', 'NetPackagePlayerStats', 'NetPackageTileEntity'])} received for unknown entity {g.num(1000, 90000)}", "unknown_entity")

    def telnet():
        ip = g.c(["127.0.0.1", "10.0.9.4"])
        port = g.port()
        d("INF", f"Telnet connection from: {ip}:{port}", "telnet_from")
        cmd = g.c(["saveworld", "listplayers", "gettime", "say \"server restart in 10 minutes\"", "kick Vex", "lp", "mem"])
        d("INF", f"Executing command '{cmd}' by Telnet from {ip}:{port}", "executing_command")
        if cmd == "saveworld":
            d("INF", f"World saved in {g.num(400, 3000)} ms", "world_saved")
        L.tick(3)
        d("INF", f"Telnet connection closed: {ip}:{port}", "telnet_closed")

    def bloodmoon():
        st["day"] += 7
        d("INF", f"BloodMoon starting for day {st['day']}", "bloodmoon_starting")
        for _ in range(g.num(6, 14)):
            L.tick(2)
            n = g.c(list(st["players"]) or names)
            d("INF", f"BloodMoon SpawnZombie {g.c(zombies)} at ({g.num(-1500, 1500)}, {g.num(40, 120)}, {g.num(-1500, 1500)}), player {n}, {g.num(1, 30)} of {g.num(30, 64)}", "bloodmoon_spawn")
        d("INF", f"BloodMoon ended for day {st['day']}", "bloodmoon_ended")

    def airdrop():
        d("INF", f"AIDirector: Spawning supply crate @ (({g.num(-1500, 1500)}.0, 200.0, {g.num(-1500, 1500)}.0))", "supply_crate")

    def scouts():
        d("INF", f"AIDirector: Spawning scouts @ (({g.num(-1500, 1500)}.0, {g.num(40, 120)}.0, {g.num(-1500, 1500)}.0)) heading towards (({g.num(-1500, 1500)}.0, {g.num(40, 120)}.0, {g.num(-1500, 1500)}.0))", "spawning_scouts")
        d("INF", f"AIDirector: scout horde zombie '[type=EntityZombie, name=zombieScreamer, id={g.num(1000, 90000)}]' was spawned and is moving towards point of interest.", "scout_spawned")

    def restart():
        d("INF", "Shutting down game ...", "shutting_down")
        d("INF", "[EOS] Shutting down", "eos_shutdown")
        L.tick(60)
        st["players"].clear()
        startup()

    startup()
    ev = [(6, join), (5, leave), (6, chat), (3, died), (18, spawn), (10, stats), (0.8, exc), (2, err), (1.5, telnet), (0.3, bloodmoon), (1, airdrop), (1.2, scouts), (0.05, restart)]
    return L.run(slowed(L, ev, 12), None)


# 18 --------------------------------------------------------------- Orthanc 1.12.4 DICOM server (Docker, --verbose) of a small radiology practice: modalities storing
#   studies, a viewer querying over REST, a PACS forwarding job; glog-like "I1201 10:00:00.123456 THREAD File.cpp:123] (category) message"
@checked
def log_orthanc(seed):
    L = Log("orthanc_verbose", seed, "noyear", True, True)
    g = L.g
    modalities = {"CT_SCANNER1": "10.0.9.21", "MR_ROOM2": "10.0.9.22", "US_PORTABLE": "10.0.9.35", "DX_ROOM1": "10.0.9.23", "PACS_MAIN": "10.0.9.5"}
    st = {"jobs": {}}

    def o(lv, th, src, cat, msg, ev, cont=()):
        L.t += dt.timedelta(microseconds=g.num(50, 20000))
        t = L.t
        c = f"({cat}) " if cat else ""
        L.emit(f"{lv}{t:%m%d %H:%M:%S}.{us6(t)} {th:>16} {src}] {c}{msg}", ev, lv, f"{th}|{src.split(':')[0]}")
        for text, e in cont:
            L.emit(text, e, lv, f"{th}|{src.split(':')[0]}")

    def startup():
        o("W", "MAIN", "main.cpp:2067", None, "Orthanc version: 1.12.4", "orthanc_version")
        o("W", "MAIN", "OrthancInitialization.cpp:471", None, "Reading the configuration from: \"/etc/orthanc/\"", "reading_config")
        o("W", "MAIN", "OrthancInitialization.cpp:310", None, "Scanning folder \"/etc/orthanc/\" for configuration files", "scanning_folder")
        for f in ["credentials.json", "orthanc.json", "postgresql.json", "dicomweb.json"]:
            o("W", "MAIN", "OrthancInitialization.cpp:316", None, f"Reading the configuration from: \"/etc/orthanc/{f}\"", "reading_config")
        o("W", "MAIN", "main.cpp:944", None, "Loading plugin(s) from: /usr/share/orthanc/plugins", "loading_plugins")
        for pl, ver in [("dicom-web", "1.17"), ("postgresql-index", "6.2"), ("postgresql-storage", "6.2"), ("orthanc-explorer-2", "1.6.2")]:
            o("W", "MAIN", "PluginsManager.cpp:271", None, f"Registering plugin '{pl}' (version {ver})", "registering_plugin")
        o("W", "MAIN", "main.cpp:1366", None, "DICOM server listening with AET ORTHANC on port: 4242", "dicom_listening")
        o("W", "MAIN", "HttpServer.cpp:1917", None, "HTTP server listening on port: 8042 (HTTPS encryption is disabled, remote access is allowed)", "http_listening")
        o("W", "MAIN", "main.cpp:1107", None, "Orthanc has started", "orthanc_started")

    def store():
        aet = g.c(["CT_SCANNER1", "CT_SCANNER1", "MR_ROOM2", "US_PORTABLE", "DX_ROOM1"])
        ip = modalities[aet]
        th = f"DICOM-{g.num(1, 8)}"
        o("I", th, "CommandDispatcher.cpp:491", "dicom", f"Association Received from AET {aet} on IP {ip}", "assoc_received")
        o("I", th, "CommandDispatcher.cpp:689", "dicom", f"Association Acknowledged (Max Send PDV: {g.c([16372, 65524, 16372])})", "assoc_ack")
        for _ in range(g.c([1, 1, 2, 4, 8])):
            o("I", th, "main.cpp:397", "dicom", f"Incoming Store request from AET {aet} on IP {ip}, calling AET ORTHANC", "incoming_store")
            o("I", th, "ServerContext.cpp:640", None, "New instance stored", "new_instance")
        if g.r.random() < 0.05:
            o("I", th, "ServerContext.cpp:703", None, f"Instance already stored: {g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}", "already_stored")
        o("I", th, "CommandDispatcher.cpp:926", "dicom", "Association Release", "assoc_release")

    def rest():
        th = f"HTTP-{g.num(0, 49)}"
        r = g.r.random()
        study = f"{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}"
        meth, uri = g.c([("GET", f"/studies/{study}"), ("GET", f"/studies/{study}/series"), ("GET", f"/instances/{study}/frames/0/rendered"), ("POST", "/tools/find"),
                         ("GET", f"/dicom-web/studies/1.2.840.{g.num(10000, 99999)}.{g.num(1, 9)}.{g.num(10 ** 8, 10 ** 9)}/series"), ("GET", "/system"), ("GET", "/statistics"),
                         ("GET", f"/dicom-web/studies?PatientID={g.num(100000, 999999)}&limit=101&includefield=00081030")])
        o("I", th, "HttpServer.cpp:1260", "http", f"{meth} {uri}", "http_request")
        if r < 0.08:
            o("E", th, "HttpServer.cpp:1336", None, "Exception in the HTTP handler: Unknown resource", "exception_http_handler")
        elif r < 0.12:
            o("E", th, "HttpServer.cpp:1336", None, f"Exception in the HTTP handler: Bad file format", "exception_http_handler")

    def forward():
        jid = g.uuid()
        th = f"JOBS-WORKER-{g.num(0, 1)}"
        o("I", th, "JobsEngine.cpp:127", "jobs", f"Executing job with priority 0 in worker thread {th[-1]}: {jid}", "executing_job")
        if g.r.random() < 0.15:
            o("I", th, "DicomAssociation.cpp:263", "dicom", f"Opening a DICOM SCU connection from AET \"ORTHANC\" to AET \"PACS_MAIN\" on host 10.0.9.5:104 (manufacturer: Generic, timeout: 10s)", "opening_scu")
            o("E", th, "DicomAssociation.cpp:455", None, f"DicomAssociation - connecting to AET \"PACS_MAIN\": Failed to establish association (0006:0317 Peer aborted Association (or never connected); 0006:031c TCP Initialization Error: Connection refused)", "assoc_failed")
            o("I", th, "JobsRegistry.cpp:571", "jobs", f"Job has failed: {jid}", "job_failed")
            return
        o("I", th, "DicomAssociation.cpp:263", "dicom", f"Opening a DICOM SCU connection from AET \"ORTHANC\" to AET \"PACS_MAIN\" on host 10.0.9.5:104 (manufacturer: Generic, timeout: 10s)", "opening_scu")
        o("I", th, "DicomAssociation.cpp:428", "dicom", "Association Acknowledged (Max Send PDV: 16372)", "assoc_ack")
        for _ in range(g.num(1, 6)):
            o("I", th, "StoreScuOperation.cpp:117", None, f"Sending instance {g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)} to modality \"PACS_MAIN\"", "sending_instance")
        o("I", th, "JobsRegistry.cpp:564", "jobs", f"Job has completed with success: {jid}", "job_success")

    def reject():
        ip = f"10.0.9.{g.num(50, 99)}"
        aet = g.c(["STORESCU", "FINDSCU", "ANY-SCP", "WS_ADMIN"])
        th = f"DICOM-{g.num(1, 8)}"
        o("I", th, "CommandDispatcher.cpp:491", "dicom", f"Association Received from AET {aet} on IP {ip}", "assoc_received")
        o("W", th, "main.cpp:588", None, f"Unknown remote DICOM modality AET: \"{aet}\", remote IP: {ip}", "unknown_modality")
        o("I", th, "CommandDispatcher.cpp:574", "dicom", f"Rejected association for remote AET {aet} on IP {ip}", "assoc_rejected")

    def find():
        aet = g.c(["MR_ROOM2", "CT_SCANNER1", "US_PORTABLE"])
        th = f"DICOM-{g.num(1, 8)}"
        o("I", th, "CommandDispatcher.cpp:491", "dicom", f"Association Received from AET {aet} on IP {modalities[aet]}", "assoc_received")
        o("I", th, "CommandDispatcher.cpp:689", "dicom", "Association Acknowledged (Max Send PDV: 16372)", "assoc_ack")
        o("I", th, "main.cpp:361", "dicom", f"Incoming Worklist request from AET {aet} on IP {modalities[aet]}, calling AET ORTHANC", "incoming_worklist")
        o("I", th, "CommandDispatcher.cpp:926", "dicom", "Association Release", "assoc_release")

    def recycle():
        o("I", "HOUSEKEEPER", "OrthancPlugins.cpp:5829", "plugins", f"Housekeeper: processed {g.num(1, 200)} studies, {g.num(0, 9)} remaining", "housekeeper")

    def slow_db():
        o("W", f"HTTP-{g.num(0, 49)}", "PostgreSQLDatabase.cpp:258", None, f"PostgreSQL: retrying transaction after serialization failure ({g.num(1, 5)}/10)", "pg_retry")

    def abort():
        aet = g.c(["US_PORTABLE", "DX_ROOM1"])
        th = f"DICOM-{g.num(1, 8)}"
        o("I", th, "CommandDispatcher.cpp:491", "dicom", f"Association Received from AET {aet} on IP {modalities[aet]}", "assoc_received")
        o("I", th, "CommandDispatcher.cpp:689", "dicom", "Association Acknowledged (Max Send PDV: 16372)", "assoc_ack")
        o("I", th, "main.cpp:397", "dicom", f"Incoming Store request from AET {aet} on IP {modalities[aet]}, calling AET ORTHANC", "incoming_store")
        o("I", th, "CommandDispatcher.cpp:937", "dicom", "Association Aborted", "assoc_aborted")
        o("E", th, "CommandDispatcher.cpp:973", None, f"DIMSE failure (aborting association): {g.c(['DUL Peer Requested Release', 'DIMSE No valid Presentation Context ID', 'DUL network read timeout'])}", "dimse_failure")

    startup()
    ev = [(12, store), (20, rest), (2, forward), (1.5, reject), (3, find), (1, recycle), (0.5, slow_db), (0.8, abort)]
    return L.run(slowed(L, ev, 10), None)


# 19 --------------------------------------------------------------- TeamCity 2024.07 build logs as downloaded from the UI ("Download full build log"), several builds of a
#   .NET 8 web shop saved one after another by a nightly script: a preamble, then "[HH:MM:SS]X:" with X one of ' ', i, W, E, tabs for nesting and "[block]"
@checked
def log_teamcity(seed):
    L = Log("teamcity_build_logs", seed, "tod", True, False, start=dt.datetime(2026, 11, 30, 22, 5, 0, tzinfo=UTC))
    g = L.g
    LV = {" ": None, "i": "i|info", "W": "W|warn", "E": "E|error"}
    W = "/opt/buildagent/work/4f1a2b3c4d5e6f70"
    st = {"build": g.num(1200, 1300)}
    projects = ["Shop.Core", "Shop.Data", "Shop.Payments", "Shop.Web", "Shop.Worker"]
    tests = {"Shop.Tests.OrderServiceTests": ["CreatesOrder", "RejectsEmptyCart", "AppliesDiscount", "CalculatesTax(country: \"DE\")", "CalculatesTax(country: \"FR\")"],
             "Shop.Tests.CheckoutTests": ["HappyPath", "PaymentDeclined", "StockReservedOnce"], "Shop.Tests.CartTests": ["AddsItem", "MergesSameSku", "RemovesItem"],
             "Shop.Tests.Api.ProductsEndpointTests": ["ListReturns200", "PagingWorks", "UnknownIdReturns404"]}

    def tc(lv, depth, block, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        ind = "\t" * depth + " " if depth else " "
        b = f"[{block}] " if block else ""
        L.emit(f"[{L.t:%H:%M:%S}]{lv}:{ind}{b}{msg}" if depth else f"[{L.t:%H:%M:%S}]{lv}: {msg}", ev, LV[lv])

    def dur(s):
        return f"{s // 60}m:{s % 60:02d}s" if s >= 60 else f"{s}s"

    def build():
        st["build"] += 1
        n = st["build"]
        agent = f"linux-agent-{g.num(1, 6)}"
        rev = g.hx(40)
        fail_test = g.r.random() < 0.35
        fail_compile = not fail_test and g.r.random() < 0.12
        t0 = L.t
        status = "FAILURE 'Compilation error: Shop.Payments.csproj'" if fail_compile else ("FAILURE 'Tests failed: 1 (1 new), passed: 243, ignored: 2'" if fail_test else "NORMAL 'Tests passed: 245, ignored: 2'")
        L.emit(f"Build 'Shop / Build and Test' #{n}, branch 'main'", "pre_build")
        L.emit(f"Started {t0:%Y-%m-%d %H:%M:%S} on agent '{agent}'", "pre_started")
        n_fin = len(L.rows)
        L.emit("", "pre_finished")
        L.emit(f"VCS revisions: 'shop-main': {rev[:8]} (branch: refs/heads/main, v2)", "pre_vcs")
        L.emit(f"TeamCity URL https://ci.acme.io/buildConfiguration/Shop_BuildAndTest/{g.num(40000, 90000)}", "pre_url")
        L.emit("TeamCity server version is 2024.07.3 (build 160765), server timezone: UTC", "pre_server_version")
        L.emit("", "blank")
        tc(" ", 0, None, "The build is removed from the queue to be prepared for the start", "removed_from_queue")
        tc("i", 0, None, "Collecting changes in 1 VCS root", "collecting_changes")
        tc("i", 1, "Collecting changes in 1 VCS root", "VCS Root details", "vcs_root_details")
        tc("i", 2, "VCS Root details", "\"shop-main\" {instance id=12, parent internal id=3, parent id=Shop_ShopMain, description: \"https://github.com/acme/shop#refs/heads/main\"}", "vcs_root_row")
        tc("i", 1, "Collecting changes in 1 VCS root", f"Detecting changes in VCS root 'shop-main' (used in 'Build and Test')", "detecting_changes")
        tc("i", 1, "Collecting changes in 1 VCS root", f"Will collect changes for 'shop-main' starting from revision {g.hx(40)}", "will_collect")
        tc("i", 1, "Collecting changes in 1 VCS root", f"Compute revision for 'shop-main'", "compute_revision")
        tc("i", 2, "Compute revision for 'shop-main'", f"Upper limit revision: {rev}", "upper_limit")
        tc("i", 2, "Compute revision for 'shop-main'", f"Computed revision: {rev}", "computed_revision")
        tc(" ", 0, None, f"Starting the build on the agent \"{agent}\"", "starting_on_agent")
        tc("i", 0, None, "Agent time zone: Etc/UTC", "agent_tz")
        tc("i", 0, None, "Agent is running under JRE: 17.0.10+7-LTS", "agent_jre")
        tc(" ", 0, None, "Updating tools for build", "updating_tools")
        tc("i", 1, "Updating tools for build", "Tools are not required for the build", "tools_not_required")
        tc(" ", 0, None, f"Clearing temporary directory: /opt/buildagent/temp/buildTmp", "clearing_temp")
        tc(" ", 0, None, "Publishing internal artifacts", "publishing_internal")
        for pub in ["ArtifactsCachePublisher", "WebPublisher"]:
            tc("i", 1, "Publishing internal artifacts", f"Publishing 1 file using [{pub}]", "publishing_using")
        tc(" ", 0, None, f"Checkout directory: {W}", "checkout_dir")
        tc(" ", 0, None, f"Updating sources: auto checkout (on agent) ({g.num(1, 9)}s)", "updating_sources")
        tc("i", 1, "Updating sources", "Will use agent side checkout", "agent_side_checkout")
        tc(" ", 1, "Updating sources", f"Using vcs information from agent file: {W[-16:]}.xml", "vcs_info_file")
        tc(" ", 1, "Updating sources", f"VCS Root: shop-main ({g.num(1, 9)}s)", "vcs_root_block")
        tc(" ", 2, "VCS Root: shop-main", f"revision: {rev}", "vcs_revision")
        tc("i", 2, "VCS Root: shop-main", "Git version: 2.43.0.0", "git_version")
        tc(" ", 2, "VCS Root: shop-main", f"Update checkout directory ({W})", "update_checkout")
        tc(" ", 3, f"Update checkout directory ({W})", f"/usr/bin/git fetch --no-tags --recurse-submodules=no origin +refs/heads/main:refs/remotes/origin/main", "git_cmd")
        tc(" ", 3, f"Update checkout directory ({W})", f"/usr/bin/git checkout -q -f main", "git_cmd")
        tc(" ", 3, f"Update checkout directory ({W})", f"/usr/bin/git reset --hard {rev}", "git_cmd")
        # step 1
        s1 = "Step 1/3"
        d1 = g.num(30, 120)
        tc(" ", 0, None, f"{s1}: Restore & Build (.NET) ({dur(d1)})", "step_header")
        tc(" ", 1, s1, f"dotnet build Shop.sln --configuration Release ({dur(d1 - 1)})", "dotnet_block")
        B = "dotnet build"
        tc(" ", 2, B, f"Starting: /usr/bin/dotnet build {W}/Shop.sln --configuration Release \"-p:Version=1.4.{n}\" /nodeReuse:false \"/l:TeamCity.MSBuild.Logger.TeamCityMSBuildLogger,/opt/buildagent/plugins/dotnet/tools/msbuild15/TeamCity.MSBuild.Logger.dll;TeamCity;plain\"", "starting_cmd")
        tc(" ", 2, B, f"in directory: {W}", "in_directory")
        tc(" ", 2, B, "  Determining projects to restore...", "determining_restore")
        for pr in projects + ["Shop.Tests"]:
            if g.r.random() < 0.6:
                tc(" ", 2, B, f"  Restored {W}/src/{pr}/{pr}.csproj (in {g.f(0.1, 4, 2)} sec).", "restored_project")
            elif pr == "Shop.Tests":
                tc(" ", 2, B, "  All projects are up-to-date for restore.", "all_up_to_date")
        nw = 0
        for pr in projects:
            for _ in range(g.c([0, 0, 1, 2, 4])):
                nw += 1
                f, ln, col = g.c([("OrderService.cs", g.num(20, 300), g.num(5, 40)), ("CartController.cs", g.num(20, 300), g.num(5, 40)), ("PaymentGateway.cs", g.num(20, 300), g.num(5, 40))])
                code, txt = g.c([("CS8602", "Dereference of a possibly null reference."), ("CS8618", "Non-nullable property 'Name' must contain a non-null value when exiting constructor. Consider adding the 'required' modifier or declaring the property as nullable."),
                                 ("CS0618", "'HttpRequestMessage.Properties' is obsolete: 'Use Options instead.'"), ("CS1998", "This async method lacks 'await' operators and will run synchronously. Consider using the 'await' operator to await non-blocking API calls, or 'await Task.Run(...)' to do CPU-bound work on a background thread.")])
                tc("W", 2, B, f"{W}/src/{pr}/{f}({ln},{col}): warning {code}: {txt} [{W}/src/{pr}/{pr}.csproj]", "msbuild_warning")
            if fail_compile and pr == "Shop.Payments":
                tc("E", 2, B, f"{W}/src/{pr}/PaymentGateway.cs({g.num(20, 300)},{g.num(5, 40)}): error CS0103: The name '{g.c(['retryPolicy', 'options', 'logger'])}' does not exist in the current context [{W}/src/{pr}/{pr}.csproj]", "msbuild_error")
                break
            L.tick(d1 / 8)
            tc(" ", 2, B, f"  {pr} -> {W}/src/{pr}/bin/Release/net8.0/{pr}.dll", "project_output")
        if fail_compile:
            tc(" ", 2, B, "Build FAILED.", "build_failed")
            tc(" ", 2, B, f"    {nw} Warning(s)", "warnings_count")
            tc(" ", 2, B, "    1 Error(s)", "errors_count")
            tc(" ", 2, B, f"Time Elapsed 00:00:{g.num(10, 59)}.{g.num(10, 99)}", "time_elapsed")
            tc("E", 2, B, "Process exited with code 1", "process_exited")
            tc("E", 1, s1, "Process exited with code 1 (Step: Restore & Build (.NET))", "process_exited_step")
            tc("E", 1, s1, "Step Restore & Build (.NET) failed", "step_failed")
            skip_from = 2
        else:
            tc(" ", 2, B, "Build succeeded.", "build_succeeded")
            tc(" ", 2, B, f"    {nw} Warning(s)", "warnings_count")
            tc(" ", 2, B, "    0 Error(s)", "errors_count")
            tc(" ", 2, B, f"Time Elapsed 00:00:{g.num(10, 59)}.{g.num(10, 99)}", "time_elapsed")
            tc(" ", 2, B, "Process exited with code 0", "process_exited")
            skip_from = None
        # step 2
        s2 = "Step 2/3"
        if skip_from:
            tc(" ", 0, None, f"{s2}: Test (.NET)", "step_header")
            tc(" ", 1, s2, "Build step Test (.NET) is skipped because the previous step has failed", "step_skipped")
        else:
            d2 = g.num(20, 200)
            tc(" ", 0, None, f"{s2}: Test (.NET) ({dur(d2)})", "step_header")
            T = "dotnet test"
            tc(" ", 1, s2, f"dotnet test Shop.Tests/Shop.Tests.csproj --configuration Release --no-build ({dur(d2 - 1)})", "dotnet_block")
            tc(" ", 2, T, f"Starting: /usr/bin/dotnet test {W}/tests/Shop.Tests/Shop.Tests.csproj --configuration Release --no-build --logger:\"console;verbosity=normal\"", "starting_cmd")
            tc(" ", 2, T, f"in directory: {W}", "in_directory")
            tc(" ", 2, T, f"Test run for {W}/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (.NETCoreApp,Version=v8.0)", "test_run_for")
            tc(" ", 2, T, "VSTest version 17.11.1 (x64)", "vstest_version")
            tc(" ", 2, T, "Starting test execution, please wait...", "starting_test_execution")
            tc(" ", 2, T, "A total of 1 test files matched the specified pattern.", "test_files_matched")
            tc(" ", 2, T, "Shop.Tests (" + dur(g.num(5, 60)) + ")", "test_suite_block")
            failed = g.c([c + "." + m for c, ms in tests.items() for m in ms]) if fail_test else None
            for cls, ms in tests.items():
                for m in ms:
                    name = f"{cls}.{m}"
                    L.tick(d2 / 40)
                    if name == failed:
                        tc("E", 3, "Shop.Tests", name, "test_name")
                        tc("E", 4, name, "Assert.Equal() Failure: Values differ", "assert_failure")
                        tc("E", 4, name, f"Expected: {g.num(10, 99)}.{g.num(0, 99):02d}m", "assert_expected")
                        tc("E", 4, name, f"Actual:   {g.num(10, 99)}.{g.num(0, 99):02d}m", "assert_actual")
                        tc("E", 4, name, f"   at {cls}.{m.split('(')[0]}() in {W}/tests/Shop.Tests/{cls.split('.')[-1]}.cs:line {g.num(20, 200)}", "test_stack_frame")
                        tc("E", 4, name, "   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)", "test_stack_frame")
                    else:
                        tc(" ", 3, "Shop.Tests", name, "test_name")
                        if g.r.random() < 0.15:
                            tc(" ", 4, name, f"[{L.t:%H:%M:%S}.{ms3(L.t)}] info: Shop.Core.Services.{g.c(['OrderService', 'CartService'])}[0] {g.c(['Order created', 'Cart merged', 'Stock reserved'])}", "test_stdout")
            res = "Failed!" if fail_test else "Passed!"
            tc("E" if fail_test else " ", 2, T, f"{res}  - Failed:     {1 if fail_test else 0}, Passed:   {243 if fail_test else 245}, Skipped:     2, Total:   247, Duration: {g.num(3, 40)} s - Shop.Tests.dll (net8.0)", "test_summary")
            tc("E" if fail_test else " ", 2, T, f"Process exited with code {1 if fail_test else 0}", "process_exited")
            if fail_test:
                tc("E", 1, s2, "Process exited with code 1 (Step: Test (.NET))", "process_exited_step")
                tc("E", 1, s2, "Step Test (.NET) failed", "step_failed")
                skip_from = 3
        s3 = "Step 3/3"
        if skip_from:
            tc(" ", 0, None, f"{s3}: Docker build (Docker)", "step_header")
            tc(" ", 1, s3, "Build step Docker build (Docker) is skipped because the previous step has failed", "step_skipped")
        else:
            tc(" ", 0, None, f"{s3}: Docker build (Docker) ({dur(g.num(20, 200))})", "step_header")
            tc(" ", 1, s3, f"Starting: /usr/bin/docker build -t registry.acme.io/shop/web:1.4.{n} --pull -f src/Shop.Web/Dockerfile .", "starting_cmd")
            tc(" ", 1, s3, f"in directory: {W}", "in_directory")
            k = 1
            for desc in ["[internal] load build definition from Dockerfile", "[internal] load metadata for mcr.microsoft.com/dotnet/aspnet:8.0", "[internal] load .dockerignore",
                         "[base 1/2] FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:" + g.hx(64), "[build 2/6] COPY *.sln ./", "[build 3/6] RUN dotnet restore", "[build 4/6] COPY . .",
                         "[build 5/6] RUN dotnet publish src/Shop.Web -c Release -o /app/publish", "[final 2/2] COPY --from=build /app/publish .", "exporting to image"]:
                L.tick(4)
                tc(" ", 1, s3, f"#{k} {desc}", "buildkit_step")
                if g.r.random() < 0.5 or "RUN" in desc:
                    tc(" ", 1, s3, f"#{k} {g.c(['CACHED', 'DONE ' + g.f(0.1, 60, 1) + 's'])}", "buildkit_status")
                k += 1
            tc(" ", 1, s3, f"#{k} naming to registry.acme.io/shop/web:1.4.{n} done", "buildkit_naming")
            tc(" ", 1, s3, "Process exited with code 0", "process_exited")
        tc(" ", 0, None, f"Publishing artifacts ({g.num(1, 5)}s)", "publishing_artifacts")
        tc(" ", 1, "Publishing artifacts", "Collecting files to publish: [+:src/Shop.Web/bin/Release/**/*.nupkg, +:TestResults/**/*.trx]", "collecting_files")
        for pub in ["ArtifactsCachePublisher", "WebPublisher"]:
            tc("i", 1, "Publishing artifacts", f"Publishing {g.num(1, 4)} files using [{pub}]", "publishing_using")
        tc(" ", 0, None, "Build finished", "build_finished")
        L.rows[n_fin] = (f"Finished {L.t:%Y-%m-%d %H:%M:%S} with status {status}",) + L.rows[n_fin][1:]
        L.emit("", "blank")
        L.tick(3600 * g.num(2, 8))

    while len(L.rows) < N_LINES:
        build()
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- a Kotlin Ktor 2.3 service on Kubernetes, the node's CRI log file
#   /var/log/pods/shop_orders-api-7d9f8b6c5-x2k4p_<uid>/orders-api/0.log (containerd: "<RFC3339Nano> <stream> <P|F> <line>") wrapping Logback's
#   "%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n" from Ktor's project template: YYYY is the week year, so the last days of
#   December say 2027; multi-line messages and stack traces get a CRI prefix but no Logback header
@checked
def log_ktor_cri(seed):
    L = Log("ktor_k8s_cri", seed, "full", True, True, start=dt.datetime(2026, 12, 31, 22, 41, 7, 123456, tzinfo=UTC))
    g = L.g
    st = {"order": g.num(700000, 800000), "ns": g.num(0, 999)}
    PAY = "http://payments.payments.svc.cluster.local/api/v1/charges"

    def cri(stream, text, ev, lv=None, comp=None, partial=False):
        L.t += dt.timedelta(microseconds=g.num(3, 400))
        ns = f"{L.t.microsecond:06d}{g.num(0, 999):03d}"
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{ns}Z {stream} {'P' if partial else 'F'} {text}", ev, lv, comp)

    def week_year(t):
        # Logback's YYYY with the default (US) week rules: the week holding 1 January belongs to the new year
        jan1 = dt.date(t.year + 1, 1, 1)
        start = jan1 - dt.timedelta(days=(jan1.weekday() + 1) % 7)
        return t.year + 1 if t.date() >= start else t.year

    def lb(lv, th, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 30))
        t = L.t
        lines = msg.split("\n")
        cri("stdout", f"{week_year(t)}-{t:%m-%d %H:%M:%S}.{ms3(t)} [{th}] {lv:<5} {logger} - {lines[0]}", ev, lv, logger)
        for text, e in cont:
            cri("stdout", text, e, lv, logger)

    def ev_loop():
        return f"eventLoopGroupProxy-4-{g.num(1, 4)}"

    def worker():
        return f"DefaultDispatcher-worker-{g.num(1, 16)}"

    def startup():
        cri("stderr", "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError", "java_tool_options")
        lb("INFO", "main", "ktor.application", "Autoreload is disabled because the development mode is off.", "autoreload_disabled")
        lb("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...", "hikari_starting")
        lb("INFO", "main", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{g.hx(8)}", "hikari_added")
        lb("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", "hikari_completed")
        lb("INFO", "main", "Exposed", "Preparing create tables statements took 41ms", "exposed_prepare")
        lb("INFO", "main", "Exposed", "Executing create tables statements took 12ms", "exposed_execute")
        lb("INFO", "main", "ktor.application", f"Application started in {g.f(0.8, 3, 3)} seconds.", "app_started")
        lb("INFO", worker(), "ktor.application", "Responding at http://0.0.0.0:8080", "responding_at")

    def probe():
        lb("INFO", ev_loop(), "ktor.application", f"200 OK: GET - /health/{g.c(['live', 'ready'])} in {g.num(0, 3)}ms", "call_logging")

    def call():
        r = g.r.random()
        if r < 0.5:
            path = f"/api/orders/{g.num(700000, st['order'])}"
            th = ev_loop()
            if g.r.random() < 0.6:
                lb("DEBUG", th, "Exposed", f"SELECT orders.id, orders.customer_id, orders.status, orders.total_cents, orders.created_at FROM orders WHERE orders.id = {path.rsplit('/', 1)[1]}", "exposed_sql")
            lb("INFO", th, "ktor.application", f"{g.c(['200 OK'] * 8 + ['404 Not Found'])}: GET - {path} in {g.num(2, 90)}ms", "call_logging")
        elif r < 0.7:
            lb("INFO", ev_loop(), "ktor.application", f"200 OK: GET - /api/orders?customer={g.num(1000, 99999)}&page={g.num(0, 5)} in {g.num(5, 300)}ms", "call_logging")
        else:
            create()

    def create():
        th = worker()
        st["order"] += 1
        cents = g.num(500, 90000)
        lb("DEBUG", th, "Exposed", f"INSERT INTO orders (customer_id, status, total_cents, created_at) VALUES ({g.num(1000, 99999)}, 'NEW', {cents}, '{L.t:%Y-%m-%d %H:%M:%S}.{us6(L.t)}')", "exposed_sql")
        lb("INFO", th, "io.ktor.client.HttpClient", f"REQUEST: {PAY}\nMETHOD: HttpMethod(value=POST)", "client_request", [("METHOD: HttpMethod(value=POST)", "client_method")])
        L.tick(0.2)
        code = g.c(["201 Created"] * 9 + ["402 Payment Required", "503 Service Unavailable"])
        lb("INFO", th, "io.ktor.client.HttpClient", f"RESPONSE: {code}", "client_response", [("METHOD: HttpMethod(value=POST)", "client_method"), (f"FROM: {PAY}", "client_from")])
        if code.startswith("201"):
            lb("INFO", th, "com.acme.orders.OrderService", f"Order {st['order']} created, charge ch_{g.alnum(24, B62)} ({cents / 100:.2f} EUR)", "order_created")
            lb("INFO", ev_loop(), "ktor.application", f"201 Created: POST - /api/orders in {g.num(80, 900)}ms", "call_logging")
        elif code.startswith("402"):
            lb("WARN", th, "com.acme.orders.OrderService", f"Payment declined for order {st['order']}: {g.c(['card_declined', 'insufficient_funds'])}", "payment_declined")
            lb("INFO", ev_loop(), "ktor.application", f"402 Payment Required: POST - /api/orders in {g.num(80, 900)}ms", "call_logging")
        else:
            lb("ERROR", th, "com.acme.orders.OrderService", f"Payment service unavailable for order {st['order']}, will retry (attempt 1/3)", "payment_unavailable")
            lb("INFO", ev_loop(), "ktor.application", f"503 Service Unavailable: POST - /api/orders in {g.num(80, 900)}ms", "call_logging")

    def bad_id():
        th = ev_loop()
        bad = g.c(["abc", "undefined", "null", "42;DROP", "%20"])
        lb("ERROR", th, "ktor.application", f"Unhandled: GET - /api/orders/{bad}. Exception class java.lang.NumberFormatException: For input string: \"{bad}\"", "unhandled", [
            (f"java.lang.NumberFormatException: For input string: \"{bad}\"", "exception_line"),
            ("\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)", "stack_frame"),
            ("\tat java.base/java.lang.Long.parseLong(Long.java:709)", "stack_frame"),
            ("\tat java.base/java.lang.Long.parseLong(Long.java:832)", "stack_frame"),
            ("\tat com.acme.orders.routes.OrderRoutesKt$orderRoutes$1$2.invokeSuspend(OrderRoutes.kt:38)", "stack_frame"),
            ("\tat com.acme.orders.routes.OrderRoutesKt$orderRoutes$1$2.invoke(OrderRoutes.kt)", "stack_frame"),
            ("\tat io.ktor.server.routing.Route$buildPipeline$1$1.invokeSuspend(Route.kt:116)", "stack_frame"),
            ("\tat io.ktor.server.routing.Route$buildPipeline$1$1.invoke(Route.kt)", "stack_frame"),
            ("\tat io.ktor.util.pipeline.SuspendFunctionGun.loop(SuspendFunctionGun.kt:120)", "stack_frame"),
            ("\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)", "stack_frame"),
            ("\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)", "stack_frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:1583)", "stack_frame")])
        lb("INFO", th, "ktor.application", f"500 Internal Server Error: GET - /api/orders/{bad} in {g.num(1, 9)}ms", "call_logging")

    def pool():
        lb("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={g.num(1, 2)}m{g.num(0, 59)}s{g.num(0, 999)}ms{g.num(0, 999)}µs{g.num(0, 999)}ns).", "thread_starvation")

    def timeout():
        th = worker()
        lb("ERROR", th, "com.acme.orders.OrderService", f"Charge call failed for order {st['order']}", "charge_failed", [
            (f"io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has expired [url={PAY}, connect_timeout=unknown ms]", "exception_line"),
            ("\tat io.ktor.client.plugins.HttpTimeoutKt.ConnectTimeoutException(HttpTimeout.kt:212)", "stack_frame"),
            ("\tat io.ktor.client.engine.cio.Endpoint.getTimeoutException(Endpoint.kt:247)", "stack_frame"),
            ("\tat io.ktor.client.engine.cio.Endpoint.connect(Endpoint.kt:231)", "stack_frame"),
            ("\tat com.acme.orders.payments.PaymentsClient.charge(PaymentsClient.kt:54)", "stack_frame"),
            ("\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:704)", "stack_frame")])

    def outbox():
        n = g.num(0, 40)
        lb("INFO", "outbox-publisher", "com.acme.orders.outbox.OutboxPublisher", f"Published {n} outbox events to kafka topic orders.v1 in {g.num(2, 200)}ms", "outbox_published") if n else \
            lb("DEBUG", "outbox-publisher", "com.acme.orders.outbox.OutboxPublisher", "No outbox events to publish", "outbox_empty")

    startup()
    ev = [(25, probe), (30, call), (0.8, bad_id), (0.3, pool), (0.4, timeout), (10, outbox)]
    return L.run(slowed(L, ev, 4), None)


LOGS = [log_libvirt, log_mariadb_galera, log_influxdb, log_couchbase, log_solr, log_nsq, log_kamailio, log_steam_content, log_bird, log_unifi,
        log_tasmota, log_gromacs, log_ray_job, log_keycloak, log_play, log_vapor, log_7dtd, log_orthanc, log_teamcity, log_ktor_cri]


if __name__ == "__main__":
    main(LOGS, WORK)
