#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the thirty-second round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.685. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the "<tab>at" frames under CloudStack's ERROR and the exception line above them; the Python
traceback under Checkmk's "ERROR:" line and under Electrum's crash reporter line; the lines of a
Cromwell task's command, of its sbatch command, the stderr excerpt under a failed workflow and the
JSON block of final outputs under their Cromwell line; deCONZ's tab-indented "payload:" line
under its attribute report; the backtrace frames under Foreman's "Backtrace for" line; every line
of an iDRAC Lifecycle Log record (the keys, the message and its arguments, the FQDD, the dashed
rule and the empty line after it) carries that record's Timestamp. K3s' "Trace[...]" continuation
lines are full journal lines of their own (the journal's time) with no level or component. The
BEAST output and the Logwatch reports have no time, level or component on any line (time kind
None; Logwatch's "Processing Initiated" is text). The iDRAC records run newest first. The ETS2
server and FlightGear write the time since start (rel); the ETS2 "log created" line carries the
date as text. deCONZ, GnuCash and Hercules write the time of day only (tod; deCONZ a colon before
the milliseconds); MVS's "/10.00.00" in the Hercules log is the guest's time and the same as the
host's. The arpwatch syslog writes rsyslog's RFC 3339 stamps in Europe/Berlin (+01:00); K3s'
journal "Dec 01 10:00:00" without a year (noyear; its lines carry their own full stamps as well);
Electrum "20261201T100000.123456Z"; Gitolite "2026-12-01.10:00:00"; InspIRCd "01 Dec 2026
10:00:00"; Foreman ISO time without a zone; Drone RFC 3339 with Z; lnd, Cromwell, Checkmk and
CloudStack a comma or dot before the milliseconds. Where a log writes local time without an offset
(CloudStack, Checkmk, Cromwell, Foreman, Gitolite, GnuCash, Hercules, iDRAC, InspIRCd, Jeedom, lnd),
the host's clock is UTC.

Levels are as written: CloudStack's (DEBUG, INFO, WARN, ERROR); Checkmk's number in brackets (20,
30, 40; the number or its name INFO, WARNING, ERROR counts); Cromwell's (INFO, WARN); Drone's level
key (debug, info, warning, error); Electrum's right-aligned word (INFO, WARNING, ERROR); FlightGear's
bracketed four letters (INFO, WARN, ALRT, DBUG; ALRT is alert); Foreman's letter (I, W, E);
GnuCash's word (DEBUG, INFO, MESSG, WARN, CRIT, ERROR); Hercules' severity letter at the end of the
HHC message id (I, W, E; MVS's console lines have none); Jeedom's bracketed word (DEBUG, INFO,
WARNING, ERROR); K3s' logrus level, klog's letter (I, W, E) and etcd's level key; lnd's three
letters (INF, WRN, ERR). arpwatch's syslog, BEAST, deCONZ, the ETS2 server, Gitolite, iDRAC
(Severity is a value of the record), InspIRCd and Logwatch write none. The component is
CloudStack's abbreviated class in brackets ("c.c.a.ApiServlet", "o.a.c.f.j.i.AsyncJobManagerImpl";
not the thread or the logid); the syslog program of the arpwatch log ("arpwatch", "postfix/qmgr",
"CRON", "systemd"); Checkmk's logger in the second bracket ("cmk.base.notify"); the Cromwell actor
that opens the message ("WorkflowManagerActor", "DispatchedConfigAsyncJobExecutionActor"; the
workflow id after "WorkflowExecutionActor-" may come with it; lines opening with a "[UUID(...)]" tag
and the "new workflows fetched" and "Retrieved" lines have none; the Akka dispatcher thread is not
one); Electrum's logger name ("network", "interface.[host:port]", "synchronizer.[default_wallet]");
the ETS2 tag in brackets (MP, sys, fs, dlc, mod; "[Chat]" is part of the message); FlightGear's
category (general, terrain, nasal, network, ...); Foreman's three letters (app, aud, bac);
GnuCash's domain in angle brackets ("gnc.engine", "Gtk"); InspIRCd's type before the colon
(CONNECT, QUIT, XLINE, ...); the source file of K3s' klog lines (the line number may come with it;
its logrus and etcd lines have none); lnd's four-letter subsystem (HSWC, PEER, ...). BEAST, deCONZ,
Drone, Gitolite, Hercules, iDRAC, Jeedom and Logwatch have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (CloudStack's API command line whatever the command, its agent answers whatever the
answer class, its stats collector whatever the collector; arpwatch's report lines each one event
whatever the address; Checkmk's rule lines whatever the rule's name, "does not match:" whatever the
reason; Cromwell's status changes whatever the states, its "Starting" whatever the call; Drone's
HTTP request lines whatever the method and path; the ETS2 chat lines whatever is said; Gitolite's
ssh lines whatever the original command; InspIRCd's quits whatever the reason; lnd's "disconnecting"
whatever the reason; Jeedom's payload whatever the topic and JSON), while two format strings that
look alike are two events (CloudStack's ===START=== and ===END===, "Add job" and "Remove job";
arpwatch's "flip flop", "changed ethernet address" and "reused old ethernet address"; Checkmk's
"-> matches!" and "-> does not match"; Cromwell's "(CallCached)" results; Electrum's "received fx
quotes" and "failed fx quotes"; InspIRCd's local and remote connects and exits, its G-line added
and expired; lnd's invoice added and settled; Gitolite's ssh and http lines; Hercules' COMM
connected and disconnected). A structured line belongs to its message and its set of keys: a Drone
JSON line to its msg and keys (every HTTP request line one event), a K3s logrus line to its msg and
keys, an etcd JSON line to its msg and keys, a klog structured line to its message and keys. In a
dump, banner or table each kind of line is an event: BEAST's banner lines (each its own; the lines
of blanks one event), the alignment summary lines, the citations, the screen log head and rows
(one event, with "--" or the time per Msamples), the operator table head and rows (one event) and
legend lines (each its own); the iDRAC record's keys (each its own; "Message Arg n" one event
whatever n), its Message one event per message id; Hercules' build lines (each its own), its
register rows (one event); Logwatch's header lines (each its own), the section Begin and End
banners (one event each whatever the section), each kind of summary line (the Postfix percentage
rows one event, the byte rows one, the count rows one, the "=" and "-" rules each one; sshd's
address lines one, user lines one; fail2ban's jails, addresses and total; httpd's probes, codes and
paths; the df head and rows); Cromwell's sbatch lines (one event), command lines (one event), JSON
block braces and key lines; the K3s trace's head, step, sub-step and END lines. Python tracebacks:
the head, "File" lines, source lines and the exception line; Java's "<tab>at" frames one event;
Foreman's backtrace frames one event. Wrappers are not part of the event: the journal's prefix of
the K3s lines, rsyslog's stamp, host and tag in front of arpwatch's and Postfix's messages. Empty
lines are one event per log.

usage: unseen_logs_round32.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round32)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round32")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, checked, fill, syslog_ts, carry_time, ms_, epoch  # noqa: E402, F401


def py_tb(frames, last):
    """A Python traceback's lines as (text, event): frames are (file, line, function, source)."""
    out = [("Traceback (most recent call last):", "tb_head")]
    for f, n, fn, src in frames:
        out.append((f'  File "{f}", line {n}, in {fn}', "tb_file"))
        out.append((f"    {src}", "tb_source"))
    out.append(last)
    return out


def go_json(obj):
    """JSON as Go's encoding/json writes it: compact, with <, > and & escaped."""
    return json.dumps(obj, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# 1 ---------------------------------------------------------------- Apache CloudStack 4.18 management server (two KVM clusters, Ceph primary storage, a few hundred VMs of a
#   regional hosting provider), /var/log/cloudstack/management/management-server.log, log4j "%d{ISO8601} %-5p [%c{1.}] (%t:%x) (logid:%X{logcontextid}) %m%n":
#   the abbreviated class in brackets, the thread with its context stack, the log context id; API calls ===START=== / ===END===, async jobs, agent
#   commands and answers with their JSON, the stats collectors, capacity checks, alerts, a failed deployment with its Java stack trace
@checked
def log_cloudstack(seed):
    L = Log("apache_cloudstack_mgmt_log", seed, "full", True, True)
    g = L.g
    MSID = 90520739780
    st = {"job": 48211, "seq": {h: g.num(10 ** 17, 9 * 10 ** 17) for h in range(1, 13)}, "vm": 2210}
    CMDS = [("listVirtualMachines", "&listall=true&details=min&page=1&pagesize=20"), ("listZones", ""), ("listNetworks", "&listall=true"),
            ("listVolumes", "&virtualmachineid={u}&listall=true"), ("listTemplates", "&templatefilter=executable"), ("listCapabilities", ""),
            ("listEvents", "&listall=true&page=1&pagesize=20"), ("listPublicIpAddresses", "&listall=true&forvirtualnetwork=true"),
            ("queryAsyncJobResult", "&jobid={u}"), ("listServiceOfferings", "&issystem=false"), ("listSnapshots", "&listall=true&volumeid={u}")]
    ASYNC = [("startVirtualMachine", "org.apache.cloudstack.api.command.user.vm.StartVMCmd", "VM.START"),
             ("stopVirtualMachine", "org.apache.cloudstack.api.command.user.vm.StopVMCmd", "VM.STOP"),
             ("deployVirtualMachine", "org.apache.cloudstack.api.command.user.vm.DeployVMCmd", "VM.CREATE"),
             ("createSnapshot", "org.apache.cloudstack.api.command.user.snapshot.CreateSnapshotCmd", "SNAPSHOT.CREATE"),
             ("rebootVirtualMachine", "org.apache.cloudstack.api.command.user.vm.RebootVMCmd", "VM.REBOOT")]
    CLIENTS = ["10.20.0.15", "10.20.0.16", "172.16.40.8", "185.44.12.90", "91.203.8.17"]
    ANSWERS = ["GetVmStatsAnswer", "GetHostStatsAnswer", "GetStorageStatsAnswer", "CheckHealthAnswer", "NetworkUsageAnswer", "GetVolumeStatsAnswer"]

    def ctx():
        return f"ctx-{g.hx(8)}"

    def w(lv, cls, thread, lid, msg, ev):
        ms_(L, 0, 18)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv:<5} [{cls}] ({thread}) (logid:{lid}) {msg}", ev, lv, cls)

    def qtp():
        return f"qtp1863655430-{g.num(14, 480)}"

    def api():
        name, args = g.c(CMDS)
        ip = g.c(CLIENTS)
        q = f"command={name}{args.replace('{u}', g.uuid())}&response=json&sessionkey={g.alnum(27, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')}"
        t, c1, lid = qtp(), ctx(), g.hx(8)
        w("DEBUG", "c.c.a.ApiServlet", f"{t}:{c1}", lid, f"===START===  {ip} -- GET  {q}", "api_start")
        if g.r.random() < 0.5:
            acct = g.c(["admin", "hosting-ops", "cust-1042", "cust-2213", "cust-0871"])
            w("DEBUG", "c.c.a.ApiServer", f"{t}:{c1} {ctx()}", lid, f"CIDRs from which account 'Acct[{g.uuid()}-{acct}]' is allowed to perform API calls: 0.0.0.0/0,::/0",
              "api_cidrs")
        w("DEBUG", "c.c.a.ApiServlet", f"{t}:{c1} {ctx()}", lid, f"===END===  {ip} -- GET  {q}", "api_end")

    def job():
        name, cmd, evt = g.c(ASYNC)
        ip = g.c(CLIENTS)
        st["job"] += 1
        j = st["job"]
        st["vm"] += 1 if name == "deployVirtualMachine" else 0
        vm = g.num(1800, st["vm"])
        acct = g.num(2, 60)
        t, c1, c2, lid = qtp(), ctx(), ctx(), g.hx(8)
        q = f"command={name}&id={g.uuid()}&response=json"
        w("DEBUG", "c.c.a.ApiServlet", f"{t}:{c1}", lid, f"===START===  {ip} -- GET  {q}", "api_start")
        vo = (f"AsyncJobVO: {{id:{j}, userId: {acct}, accountId: {acct}, instanceType: VirtualMachine, instanceId: {vm}, cmd: {cmd}, cmdInfo: "
              f"{{\"response\":\"json\",\"ctxUserId\":\"{acct}\",\"httpmethod\":\"GET\",\"ctxStartEventId\":\"{g.num(100000, 999999)}\",\"id\":\"{g.uuid()}\","
              f"\"ctxDetails\":\"{{\\\"interface com.cloud.vm.VirtualMachine\\\":\\\"{g.uuid()}\\\"}}\",\"ctxAccountId\":\"{acct}\",\"uuid\":\"{g.uuid()}\","
              f"\"cmdEventType\":\"{evt}\"}}, cmdVersion: 0, status: IN_PROGRESS, processStatus: 0, resultCode: 0, result: null, initMsid: {MSID}, completeMsid: null, "
              f"lastUpdated: null, lastPolled: null, created: null, removed: null}}")
        w("DEBUG", "o.a.c.f.j.i.AsyncJobManagerImpl", f"{t}:{c1} {c2}", lid, f"submit async job-{j}, details: {vo}", "job_submit")
        w("DEBUG", "c.c.a.ApiServlet", f"{t}:{c1} {c2}", lid, f"===END===  {ip} -- GET  {q}", "api_end")
        ex = f"API-Job-Executor-{g.num(1, 50)}"
        c3, lid2 = ctx(), g.hx(8)
        w("INFO", "o.a.c.f.j.i.AsyncJobMonitor", f"{ex}:{c3} job-{j}", lid2, f"Add job-{j} into job monitoring", "job_monitor_add")
        w("DEBUG", "o.a.c.f.j.i.AsyncJobManagerImpl", f"{ex}:{c3} job-{j}", lid2, f"Executing {vo}", "job_executing")
        vmname = f"i-{acct}-{vm}-VM"
        if name == "deployVirtualMachine" and g.r.random() < 0.12:
            w("ERROR", "c.c.a.ApiAsyncJobDispatcher", f"{ex}:{c3} job-{j}", lid2, f"Unexpected exception while executing {cmd}", "job_unexpected")
            frames = ["com.cloud.vm.VirtualMachineManagerImpl.orchestrateStart(VirtualMachineManagerImpl.java:1221)",
                      "com.cloud.vm.VirtualMachineManagerImpl.orchestrateStart(VirtualMachineManagerImpl.java:5412)",
                      "jdk.internal.reflect.GeneratedMethodAccessor512.invoke(Unknown Source)",
                      "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
                      "java.base/java.lang.reflect.Method.invoke(Method.java:566)",
                      "com.cloud.vm.VmWorkJobHandlerProxy.handleVmWorkJob(VmWorkJobHandlerProxy.java:107)",
                      "com.cloud.vm.VirtualMachineManagerImpl.handleVmWorkJob(VirtualMachineManagerImpl.java:5536)",
                      "com.cloud.vm.VmWorkJobDispatcher.runJob(VmWorkJobDispatcher.java:102)",
                      "org.apache.cloudstack.framework.jobs.impl.AsyncJobManagerImpl$5.runInContext(AsyncJobManagerImpl.java:620)",
                      "org.apache.cloudstack.managed.context.ManagedContextRunnable$1.run(ManagedContextRunnable.java:48)",
                      "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
                      "java.base/java.lang.Thread.run(Thread.java:829)"]
            L.emit(f"com.cloud.exception.InsufficientServerCapacityException: Unable to create a deployment for VM instance {{id: \"{vm}\", name: \"{vmname}\", "
                   f"uuid: \"{g.uuid()}\", type=\"User\"}}Scope=interface com.cloud.dc.DataCenter; id=1", "java_exc", "ERROR", "c.c.a.ApiAsyncJobDispatcher")
            for f in frames[:g.num(6, len(frames))]:
                L.emit(f"\tat {f}", "java_at", "ERROR", "c.c.a.ApiAsyncJobDispatcher")
            w("DEBUG", "o.a.c.f.j.i.AsyncJobManagerImpl", f"{ex}:{c3} job-{j}", lid2,
              f"Complete async job-{j}, jobStatus: FAILED, resultCode: 530, result: org.apache.cloudstack.api.response.ExceptionResponse/null/"
              f"{{\"uuidList\":[],\"errorcode\":\"533\",\"errortext\":\"Unable to create a deployment for VM instance {{id: \\\"{vm}\\\", name: \\\"{vmname}\\\"}}\"}}",
              "job_complete")
        else:
            if name in ("startVirtualMachine", "deployVirtualMachine"):
                wk = f"Work-Job-Executor-{g.num(1, 80)}:{ctx()} job-{j}/job-{j + 1} {ctx()}"
                host = g.num(1, 12)
                w("DEBUG", "c.c.d.DeploymentPlanningManagerImpl", wk, lid2, f"Deploy avoids pods: [], clusters: [], hosts: []", "deploy_avoids")
                w("DEBUG", "c.c.d.DeploymentPlanningManagerImpl", wk, lid2, f"DeploymentPlanner allocation algorithm: com.cloud.deploy.FirstFitPlanner@{g.hx(7)}",
                  "deploy_planner")
                w("DEBUG", "c.c.v.VirtualMachineManagerImpl", wk, lid2, f"Start completed for VM VM instance {{id: \"{vm}\", name: \"{vmname}\", uuid: \"{g.uuid()}\", "
                  f"type=\"User\"}} on host {host}", "vm_start_completed")
            w("DEBUG", "o.a.c.f.j.i.AsyncJobManagerImpl", f"{ex}:{c3} job-{j}", lid2,
              f"Complete async job-{j}, jobStatus: SUCCEEDED, resultCode: 0, result: org.apache.cloudstack.api.response.UserVmResponse/virtualmachine/"
              f"{{\"id\":\"{g.uuid()}\",\"name\":\"{vmname}\",\"state\":\"{g.c(['Running', 'Stopped', 'Running'])}\"}}", "job_complete")
        w("INFO", "o.a.c.f.j.i.AsyncJobMonitor", f"{ex}:{c3} job-{j}", lid2, f"Remove job-{j} from job monitoring", "job_monitor_remove")

    def agent():
        h = g.num(1, 12)
        st["seq"][h] += 1
        s = f"{h}-{st['seq'][h]}"
        th = f"AgentManager-Handler-{g.num(1, 20)}:null"
        if g.r.random() < 0.5:
            cmd = g.c(["PingRoutingWithNwGroupsCommand", "PingRoutingWithOvsCommand"])
            w("DEBUG", "c.c.a.m.AgentManagerImpl", th, "", f"SeqA {s}: Processing Seq {s}:  {{ Cmd , MgmtId: -1, via: {h}, Ver: v1, Flags: 11, "
              f"[{{\"com.cloud.agent.api.{cmd}\":{{\"newGroupStates\":{{}},\"_hostVmStateReport\":{{}},\"_gatewayAccessible\":\"true\",\"_vnetAccessible\":\"true\","
              f"\"hostType\":\"Routing\",\"hostId\":\"{h}\",\"wait\":\"0\",\"bypassHostMaintenance\":\"false\"}}}}] }}", "seqa_processing")
            w("DEBUG", "c.c.a.m.AgentManagerImpl", th, "", f"SeqA {s}: Sending Seq {s}:  {{ Ans: , MgmtId: {MSID}, via: {h}, Ver: v1, Flags: 100010, "
              f"[{{\"com.cloud.agent.api.PingAnswer\":{{\"_command\":{{\"hostType\":\"Routing\",\"hostId\":\"{h}\",\"wait\":\"0\",\"bypassHostMaintenance\":\"false\"}},"
              f"\"result\":\"true\",\"wait\":\"0\",\"bypassHostMaintenance\":\"false\"}}}}] }}", "seqa_sending")
        else:
            a = g.c(ANSWERS)
            w("DEBUG", "c.c.a.t.Request", th, "", f"Seq {s}: Processing:  {{ Ans: , MgmtId: {MSID}, via: {h}({g.c(['kvm', 'kvm-'])}{h:02d}), Ver: v1, Flags: 10, "
              f"[{{\"com.cloud.agent.api.{a}\":{{\"result\":\"true\",\"details\":\"\",\"wait\":\"0\",\"bypassHostMaintenance\":\"false\"}}}}] }}", "seq_processing")
            w("DEBUG", "c.c.a.t.Request", f"StatsCollector-{g.num(1, 6)}:{ctx()}", g.hx(8), f"Seq {s}: Received:  {{ Ans: , MgmtId: {MSID}, via: {h}(kvm{h:02d}), "
              f"Ver: v1, Flags: 10, {{ {a} }} }}", "seq_received")

    def stats():
        c, lid = ctx(), g.hx(8)
        k = g.c(["HostStatsCollector", "VmStatsCollector", "StorageCollector", "VolumeStatsTask", "VmDiskStatsTask"])
        w("DEBUG", "c.c.s.StatsCollector", f"StatsCollector-{g.num(1, 6)}:{c}", lid, f"{k} is running...", "stats_running")
        if k == "StorageCollector" and g.r.random() < 0.5:
            w("DEBUG", "c.c.s.StatsCollector", f"StatsCollector-{g.num(1, 6)}:{c}", lid, f"There is no secondary storage VM for secondary storage host nfs://10.20.1.5/export/secondary",
              "stats_no_ssvm")

    def capacity():
        c, lid = ctx(), g.hx(8)
        w("DEBUG", "c.c.a.AlertManagerImpl", f"CapacityChecker:{c}", lid, "Running Capacity Checker ... ", "cap_running")
        if g.r.random() < 0.5:
            w("DEBUG", "c.c.c.CapacityManagerImpl", f"CapacityChecker:{c}", lid, f"Found {g.num(4, 12)} hosts for cluster: {g.c([1, 2])}", "cap_hosts")
        w("DEBUG", "c.c.a.AlertManagerImpl", f"CapacityChecker:{c}", lid, "Done running Capacity Checker ... ", "cap_done")
        if g.r.random() < 0.15:
            cap = g.c([("CPU", 0, "Cluster: kvm-gen2"), ("memory", 1, "Cluster: kvm-gen3"), ("Primary storage", 3, "Pool: ceph-ssd")])
            w("WARN", "o.a.c.alerts", f"CapacityChecker:{c}", lid, f"alertType:: {cap[1]} // dataCenterId:: 1 // podId:: 1 // clusterId:: {g.c([1, 2])} // "
              f"message:: System Alert: Low Available {cap[0]} in cluster {cap[2].split(': ')[1]} pod pod1 of availability zone zone-fra1", "alert_capacity")

    def housekeeping():
        c, lid = ctx(), g.hx(8)
        x = g.r.random()
        if x < 0.3:
            w("DEBUG", "c.c.h.d.HostDaoImpl", f"ClusteredAgentManager Timer:{c}", lid, "Resetting hosts suitable for reconnect", "hosts_reset")
            w("DEBUG", "c.c.h.d.HostDaoImpl", f"ClusteredAgentManager Timer:{c}", lid, "Completed resetting hosts suitable for reconnect", "hosts_reset_done")
            w("DEBUG", "c.c.h.d.HostDaoImpl", f"ClusteredAgentManager Timer:{c}", lid, f"Acquiring hosts for clusters already owned by this management server",
              "hosts_acquire")
            w("DEBUG", "c.c.h.d.HostDaoImpl", f"ClusteredAgentManager Timer:{c}", lid, "Completed acquiring hosts for clusters already owned by this management server",
              "hosts_acquire_done")
        elif x < 0.55:
            w("DEBUG", "c.c.s.StorageManagerImpl", f"StorageManager-Scavenger-{g.num(1, 2)}:{c}", lid,
              f"Storage pool garbage collector found {g.num(0, 3)} templates to clean up in storage pool: {g.c(['ceph-ssd', 'ceph-hdd', 'local-kvm07'])}", "storage_gc")
        elif x < 0.75:
            w("DEBUG", "c.c.n.r.VirtualNetworkApplianceManagerImpl", f"RouterStatusMonitor-1:{c}", lid, f"Found {g.num(20, 60)} routers to update status. ",
              "router_status")
            w("DEBUG", "c.c.n.r.VirtualNetworkApplianceManagerImpl", f"RouterStatusMonitor-1:{c}", lid, "Found 0 VPC's to update Redundant State. ", "router_vpc")
            w("DEBUG", "c.c.n.r.VirtualNetworkApplianceManagerImpl", f"RouterStatusMonitor-1:{c}", lid, "Found 0 networks to update RvR status. ", "router_rvr")
        elif x < 0.9:
            w("DEBUG", "c.c.u.s.SnapshotSchedulerImpl", f"SnapshotPollTask:{c}", lid, f"Snapshot scheduler.poll is being called at {L.t:%Y-%m-%d %H:%M:%S} GMT",
              "snap_poll")
            w("DEBUG", "c.c.u.s.SnapshotSchedulerImpl", f"SnapshotPollTask:{c}", lid, f"Got {g.num(0, 4)} snapshots to be executed at {L.t:%Y-%m-%d %H:%M:%S} GMT",
              "snap_got")
        else:
            h = g.num(1, 12)
            w("WARN", "c.c.a.m.AgentManagerImpl", f"AgentManager-Handler-{g.num(1, 20)}:null", "", f"Ping timeout for host {h}, do invstigation", "ping_timeout")
            w("DEBUG", "c.c.h.HighAvailabilityManagerImpl", f"AgentTaskPool-{g.num(1, 9)}:{c}", lid, f"KVMInvestigator was able to determine host {h} is in Up",
              "ha_investigator")

    fill(L, [(30, api), (9, job), (26, agent), (10, stats), (3, capacity), (7, housekeeping)], N_LINES, 1.5)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Debian 12 network watcher of a school's LAN (arpwatch 2.1a15 on the staff and the pupils' VLANs, its reports
#   mailed to the admin through Postfix), /var/log/syslog as rsyslog 8.2302 writes it by default (RFC 3339 stamps with microseconds in Europe/Berlin,
#   +01:00): arpwatch's new stations, flip flops, changed addresses, bogons, the Postfix lines of each report it mails, cron and systemd timers
@checked
def log_arpwatch(seed):
    L = Log("arpwatch_syslog", seed, "full", False, True)
    g = L.g
    st = {"qid": 0}
    CET = dt.timezone(dt.timedelta(hours=1))
    hosts = {}

    def emac():
        return ":".join(f"{g.num(0, 255):x}" for _ in range(6))

    def w(prog, pid, msg, ev):
        ms_(L, 0, 30)
        tag = f"{prog}[{pid}]" if pid else prog
        L.emit(f"{L.t.astimezone(CET).isoformat(timespec='microseconds')} netwatch {tag}: {msg}", ev, None, prog)

    def mail():
        q = g.HX(10)
        pk, cl, sm = g.num(20000, 90000), g.num(20000, 90000), g.num(20000, 90000)
        w("postfix/pickup", pk, f"{q}: uid=0 from=<root>", "pf_pickup")
        w("postfix/cleanup", cl, f"{q}: message-id=<{L.t:%Y%m%d%H%M%S}.{g.HX(10)}@netwatch.schule-am-see.lan>", "pf_cleanup")
        w("postfix/qmgr", 812, f"{q}: from=<root@netwatch.schule-am-see.lan>, size={g.num(600, 900)}, nrcpt=1 (queue active)", "pf_qmgr_from")
        L.t += dt.timedelta(milliseconds=g.num(200, 900))
        if g.r.random() < 0.04:
            w("postfix/smtp", sm, f"{q}: to=<it-admin@schule-am-see.de>, relay=mail.schule-am-see.de[195.34.12.8]:587, delay={g.f(30, 31, 1)}, "
              f"delays=0.02/0.01/30/0, dsn=4.4.1, status=deferred (connect to mail.schule-am-see.de[195.34.12.8]:587: Connection timed out)", "pf_deferred")
            return
        d = g.r.uniform(0.3, 1.5)
        w("postfix/smtp", sm, f"{q}: to=<it-admin@schule-am-see.de>, relay=mail.schule-am-see.de[195.34.12.8]:587, delay={d:.2g}, "
          f"delays=0.02/0.01/{d * 0.6:.2g}/{d * 0.3:.2g}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {g.alnum(12, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')})",
          "pf_sent")
        w("postfix/qmgr", 812, f"{q}: removed", "pf_removed")

    def station():
        ifc, net = g.c([("eth0.10", "10.10"), ("eth0.20", "10.20"), ("eth0.20", "10.20"), ("eth0.30", "10.30")])
        ip = f"{net}.{g.num(0, 3)}.{g.num(2, 254)}"
        x = g.r.random()
        if ip not in hosts or x < 0.35:
            hosts[ip] = emac()
            w("arpwatch", None, f"new station {ip} {hosts[ip]} {ifc}", "new_station")
        elif x < 0.55:
            w("arpwatch", None, f"new activity {ip} {hosts[ip]} {ifc}", "new_activity")
        elif x < 0.75:
            old = hosts[ip]
            hosts[ip] = emac()
            w("arpwatch", None, f"flip flop {ip} {hosts[ip]} ({old}) {ifc}", "flip_flop")
        elif x < 0.88:
            old = hosts[ip]
            hosts[ip] = emac()
            w("arpwatch", None, f"changed ethernet address {ip} {hosts[ip]} ({old}) {ifc}", "changed_ether")
        elif x < 0.94:
            w("arpwatch", None, f"bogon {g.c(['169.254.' + str(g.num(0, 255)) + '.' + str(g.num(1, 254)), '192.168.0.' + str(g.num(1, 254)), '0.0.0.0'])} {emac()} {ifc}",
              "bogon")
        else:
            w("arpwatch", None, f"reused old ethernet address {ip} {hosts[ip]} ({emac()}) {ifc}", "reused_old")
        if g.r.random() < 0.7:
            mail()

    def ether_mm():
        ifc = g.c(["eth0.10", "eth0.20", "eth0.30"])
        w("arpwatch", None, f"ethernet mismatch 10.{ifc[-2]}0.{g.num(0, 3)}.{g.num(2, 254)} {emac()} ({emac()}) {ifc}", "ether_mismatch")

    def cron():
        x = g.r.random()
        if x < 0.6:
            p = g.num(30000, 90000)
            w("CRON", p, "(root) CMD (cd / && run-parts --report /etc/cron.hourly)", "cron_hourly")
        elif x < 0.85:
            p = g.num(30000, 90000)
            w("CRON", p, "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)", "cron_sa1")
        else:
            w("systemd", 1, "Starting apt-daily.service - Daily apt download activities...", "sd_starting")
            w("systemd", 1, "apt-daily.service: Deactivated successfully.", "sd_deactivated")
            w("systemd", 1, "Finished apt-daily.service - Daily apt download activities.", "sd_finished")

    def restart():
        for ifc in ["eth0.10", "eth0.20", "eth0.30"]:
            w("systemd", 1, f"Stopping arpwatch@{ifc}.service - arpwatch service on {ifc}...", "sd_stopping")
            w("systemd", 1, f"arpwatch@{ifc}.service: Deactivated successfully.", "sd_deactivated")
        for ifc in ["eth0.10", "eth0.20", "eth0.30"]:
            w("systemd", 1, f"Started arpwatch@{ifc}.service - arpwatch service on {ifc}.", "sd_started")
            w("arpwatch", None, f"listening on {ifc}", "listening")

    fill(L, [(40, station), (2, ether_mm), (10, cron), (0.15, restart)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- BEAST 2.7.7 (the Linux tarball, BEAGLE off) run by an epidemiology student on a lab workstation, stdout
#   of `beast -threads 4 -seed ... h3n2_ha.xml` redirected to a file, several runs one after another (a relaxed-clock run of influenza HA
#   sequences, then two runs of a norovirus data set): the banner, the packages loaded, the alignment summary, the citations, the screen log (the
#   sample, posterior, ESS and the other columns every 50,000 states, the time per million samples once known), the operator analysis table at the end
@checked
def log_beast(seed):
    L = Log("beast2_mcmc_stdout", seed, None, False, False)
    g = L.g

    def e(text, ev):
        L.emit(text, ev)

    BANNER = ["", "                        BEAST v2.7.7, 2002-2024", "             Bayesian Evolutionary Analysis Sampling Trees",
              "                       Designed and developed by", " Remco Bouckaert, Alexei J. Drummond, Andrew Rambaut & Marc A. Suchard",
              "                                    ", "                   Centre for Computational Evolution", "                         University of Auckland",
              "                       r.bouckaert@auckland.ac.nz", "                        alexei@cs.auckland.ac.nz", "                                    ",
              "                   Institute of Evolutionary Biology", "                        University of Edinburgh", "                           a.rambaut@ed.ac.uk",
              "                                    ", "                    David Geffen School of Medicine", "                 University of California, Los Angeles",
              "                           msuchard@ucla.edu", "                                    ", "                      Downloads, Help & Resources:",
              "                           http://beast2.org/", "                                    ",
              "  Source code distributed under the GNU Lesser General Public License:", "                   http://github.com/CompEvol/beast2",
              "                                    ", "                           BEAST developers:",
              "   Alex Alekseyenko, Trevor Bedford, Erik Bloomquist, Joseph Heled, ", " Sebastian Hoehna, Denise Kuehnert, Philippe Lemey, Wai Lok Sibon Li, ",
              "Gerton Lunter, Sidney Markowitz, Vladimir Minin, Michael Defoin Platel, ", "          Oliver Pybus, Tim Vaughan, Chieh-Hsi Wu, Walter Xie",
              "                                    ", "                               Thanks to:", "          Roald Forsberg, Beth Shapiro and Korbinian Strimmer", ""]

    def run(xml, name, taxa, sites, clock, n_rows):
        for k, b in enumerate(BANNER):
            if not b:
                e("", "empty")
            elif not b.strip():
                e(b, "banner_spaces")
            else:
                e(b, f"banner_{k}")
        sd = g.num(10 ** 12, 2 * 10 ** 12)
        e(f"Random number seed: {sd}", "seed")
        e("", "empty")
        for p in ["BEAST.base v2.7.7", "BEAST.app v2.7.7", "ORC v1.1.2", "bModelTest v1.3.3", "CoupledMCMC v1.2.1"]:
            e(f"Loading package {p}", "loading_package")
        e(f"File: {xml} seed: {sd} threads: 4", "file_seed")
        e(f"Alignment({name})", "alignment")
        e(f"  {taxa} taxa", "taxa")
        e(f"  {sites} sites", "sites")
        pats = g.num(sites // 4, sites // 2)
        e(f"  {pats} patterns", "patterns")
        e("", "empty")
        e(f"TreeLikelihood(treeLikelihood.{name}) uses BeerLikelihoodCore4", "tl_core")
        e(f"  With {pats} unique site patterns.", "tl_patterns")
        e("  Using rescaling", "tl_rescaling")
        e("=" * 79, "rule_eq")
        e("Citations for this model:", "citations")
        e("", "empty")
        e("Bouckaert, Remco, Timothy G. Vaughan, Joëlle Barido-Sottani, Sebastián Duchêne, Mathieu Fourment, Alexandra Gavryushkina, et al. ", "cite_1a")
        e("\"BEAST 2.5: An advanced software platform for Bayesian evolutionary analysis.\" PLoS computational biology 15, no. 4 (2019): e1006650.", "cite_1b")
        e("", "empty")
        if clock == "ORC":
            e("Douglas J, Zhang R, Bouckaert R. Adaptive dating and fast proposals: Revisiting the phylogenetic relaxed clock model. PLoS Comput Biol. "
              "2021 Feb 2;17(2):e1008322.", "cite_orc")
            e("", "empty")
        e("Bouckaert RR, Drummond AJ. bModelTest: Bayesian phylogenetic site model averaging and model comparison. BMC Evol Biol. 2017 Feb 6;17(1):42.",
          "cite_bmt")
        e("", "empty")
        e("=" * 79, "rule_eq")
        post = -g.r.uniform(9000, 26000)
        e(f"Start likelihood: {post:.3f} after {g.num(1, 6)} initialisation attempts", "start_lik")
        e(f"Writing file {xml[:-4]}.log", "writing_file")
        e(f"Writing file {xml[:-4]}-{name}.trees", "writing_file")
        e("         Sample      posterior ESS(posterior)     likelihood          prior", "screen_head")
        target = post * 0.78
        prior0 = -g.r.uniform(900, 1500)
        lik = post
        spm = None
        for i in range(n_rows):
            smp = i * 50000
            lik = lik + (target - lik) * 0.08 + g.r.gauss(0, 6)
            pr = prior0 * 0.08 + g.r.gauss(0, 3) if i else prior0
            ess = "N" if i < 2 else f"{min(i * 0.35 + g.r.uniform(-1, 1), 999):.1f}" if i < 30 else f"{min(10 + i * 0.22 + g.r.uniform(-3, 3), 9999):.1f}"
            if i > 3:
                spm = spm or g.num(40, 190)
                s = spm + g.num(-3, 3)
                tm = f"{s // 60}m{s % 60}s/Msamples" if s >= 60 else f"{s}s/Msamples"
            else:
                tm = "--"
            e(f"{smp:>15} {lik + pr:>14.4f} {ess:>14} {lik:>14.4f} {pr:>14.4f} {tm}", "screen_row")
        e("", "empty")
        e("Operator                                                                              Tuning    #accept    #reject      Pr(m)  Pr(acc|m)", "op_head")
        ops = [f"bModelTest.BMT_ModelTestOperator(BMT_ModelTestOperator.s:{name})", f"beast.base.evolution.operator.kernel.BactrianScaleOperator(BMT_Rates.s:{name})",
               f"beast.base.evolution.operator.kernel.BactrianDeltaExchangeOperator(BMT_FreqsExchanger.s:{name})",
               f"beast.base.evolution.operator.kernel.BactrianScaleOperator(BMT_gammaShapeScaler.s:{name})",
               f"beast.base.evolution.operator.Exchange(CoalescentExponentialTreeWide.t:{name})",
               f"beast.base.evolution.operator.Exchange(CoalescentExponentialNarrow.t:{name})",
               f"beast.base.evolution.operator.WilsonBalding(CoalescentExponentialWilsonBalding.t:{name})",
               f"beast.base.evolution.operator.kernel.BactrianNodeOperator(CoalescentExponentialUniformOperator.t:{name})",
               f"beast.base.evolution.operator.kernel.BactrianSubtreeSlide(CoalescentExponentialSubtreeSlide.t:{name})",
               f"beast.base.evolution.operator.kernel.BactrianScaleOperator(ePopSizeScaler.t:{name})",
               f"beast.base.evolution.operator.kernel.BactrianRandomWalkOperator(GrowthRateRandomWalk.t:{name})"]
        if clock == "ORC":
            ops += [f"orc.operators.AdaptableOperatorSampler(ORCAdaptableOperatorSampler_rates_root.c:{name})",
                    f"orc.consoperators.InConstantDistanceOperator(ORCInternalnodesOperator.c:{name})",
                    f"beast.base.evolution.operator.kernel.BactrianScaleOperator(ORCucldStdevScaler.c:{name})"]
        for o in ops:
            acc, rej = g.num(1000, 900000), g.num(100000, 4000000)
            tun = g.c(["-", f"{g.r.uniform(0.05, 0.9):.5f}"])
            e(f"{o:<85}{tun:>7} {acc:>10} {rej:>10} {g.r.uniform(0.005, 0.2):>10.5f} {acc / (acc + rej):>10.5f}", "op_row")
        e("", "empty")
        for t, ev in [("     Tuning: The value of the operator's tuning parameter, or '-' if the operator can't be optimized.", "op_legend_tuning"),
                      ("    #accept: The total number of times a proposal by this operator has been accepted.", "op_legend_accept"),
                      ("    #reject: The total number of times a proposal by this operator has been rejected.", "op_legend_reject"),
                      ("      Pr(m): The probability this operator is chosen in a step of the MCMC (i.e. the normalized weight).", "op_legend_prm"),
                      ("  Pr(acc|m): The acceptance probability (#accept as a fraction of the total proposals for this operator).", "op_legend_pracc")]:
            e(t, ev)
        e("", "empty")
        e("", "empty")
        e(f"Total calculation time: {g.r.uniform(800, 20000):.3f} seconds", "total_time")
        e(f"End likelihood: {lik:.4f}", "end_lik")
        e("Done!", "done")

    runs = [("h3n2_ha_2018_2024.xml", "h3n2_ha", 412, 1701, "ORC", 801), ("norovirus_gii4_vp1.xml", "gii4_vp1", 186, 1623, "strict", 401),
            ("norovirus_gii4_vp1_rep2.xml", "gii4_vp1", 186, 1623, "strict", 601)]
    for r in runs:
        run(*r)
    del L.rows[N_LINES:]
    return L


# 4 ---------------------------------------------------------------- Checkmk 2.3 Raw Edition (site "prod" on Ubuntu 22.04) monitoring a web agency's servers, the rule-based
#   notifications written to ~/var/log/notify.log at the default level: "2026-12-01 10:00:00,123 [20] [cmk.base.notify] message" (Python's number of
#   the level in brackets, the logger after it); per notification the dashed rule, the raw context, the global and user rules matched or skipped,
#   the plugins executed (HTML mail, Slack, SMS through a gateway) with their output and exit codes, bulk notifications, and rare errors
@checked
def log_checkmk(seed):
    L = Log("checkmk_notify_log", seed, "full", True, True)
    g = L.g
    HOSTS = ["web-01", "web-02", "web-03", "db-main", "db-replica", "mail-gw", "lb-01", "backup-nas", "cms-stage", "git", "vpn-gw", "monitoring"]
    SVCS = ["CPU load", "Memory", "Filesystem /", "Filesystem /var/lib/mysql", "HTTPS shop.agentur-kunde.de", "HTTP cms.agentur-kunde.de", "MySQL replication",
            "Check_MK", "NTP Time", "Interface 2", "Mount options of /", "Postfix Queue", "Systemd Service Summary", "Certificate shop.agentur-kunde.de"]
    USERS = ["lena", "tobias", "cmkadmin", "oncall"]

    def w(lv, msg, ev, logger="cmk.base.notify"):
        ms_(L, 0, 3)
        name = {20: "INFO", 30: "WARNING", 40: "ERROR"}[lv]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{lv}] [{logger}] {msg}", ev, f"{name}|{lv}", logger)

    def notification():
        h = g.c(HOSTS)
        svc = g.c(SVCS) if g.r.random() < 0.8 else None
        what = f"{h};{svc}" if svc else h
        nvars = g.num(62, 81)
        w(20, "-" * 70, "rule")
        w(20, f"Got raw notification ({what}) context with {nvars} variables", "got_raw")
        w(20, f"Analysing notification ({what}) context with {nvars} variables", "analysing")
        state = g.c(["CRIT", "WARN", "OK", "UNKNOWN"]) if svc else g.c(["DOWN", "UP", "UNREACHABLE"])
        notifs = []
        w(20, "Global rule 'Notify all contacts of a host/service via HTML email'...", "global_rule")
        w(20, " -> matches!", "matches")
        for u in g.r.sample(USERS, g.num(1, 3)):
            w(20, f"   - adding notification of {u} via mail", "adding_notification")
            notifs.append((u, "mail"))
        w(20, "Global rule 'Slack: production hosts and services'...", "global_rule")
        if h in ("web-01", "web-02", "db-main", "lb-01", "mail-gw") and state != "WARN":
            w(20, " -> matches!", "matches")
            w(20, "   - adding notification of oncall via slack", "adding_notification")
            notifs.append(("oncall", "slack"))
        else:
            why = g.c([f"The host name '{h}' is not in the list of allowed hosts", f"The {'service' if svc else 'host'}'s state {state} is not allowed",
                       "The host does not have the tag 'criticality:prod'"])
            w(20, f" -> does not match: {why}", "does_not_match")
        if state in ("CRIT", "DOWN") and g.r.random() < 0.5:
            w(20, "User oncall's rule 'SMS for critical problems at night'...", "user_rule")
            if L.t.hour >= 22 or L.t.hour < 7:
                w(20, " -> matches!", "matches")
                w(20, "   - adding notification of oncall via sms", "adding_notification")
                notifs.append(("oncall", "sms"))
            else:
                w(20, " -> does not match: The notification period '24X7_night' is not active", "does_not_match")
        if g.r.random() < 0.1:
            w(20, f"   - suppressing notification of {notifs[0][0]} via mail: Bulk notification of same host in same period", "suppressing")
        w(20, f"Executing {len(notifs)} notifications:", "executing_n")
        for u, plug in notifs:
            params = {"mail": "from, host_subject, service_subject, elements, sort_order, bulk_sort_order, disable_multiplexing",
                      "slack": "webhook_url, url_prefix, proxy_url", "sms": "(no parameters)"}[plug]
            w(20, f"  * notifying {u} via {plug}, parameters: {params}, bulk: no", "notifying")
        for u, plug in notifs:
            w(20, f"     executing /omd/sites/prod/share/check_mk/notifications/{plug}", "executing_plugin")
            if plug == "mail":
                w(20, "     Output: Spooled mail to local mail transmission agent", "out_spooled")
                w(20, "     Plugin exited with code 0", "plugin_exit")
            elif plug == "slack":
                if g.r.random() < 0.1:
                    w(20, f"     Output: Failed to send notification. Status: {g.c([404, 429, 500])}, Response: {g.c(['no_service', 'rate_limited', 'internal_error'])}",
                      "out_slack_failed")
                    w(20, "     Plugin exited with code 2", "plugin_exit")
                else:
                    w(20, "     Output: Details for Status Code are not defined", "out_slack_ok")
                    w(20, "     Plugin exited with code 0", "plugin_exit")
            else:
                if g.r.random() < 0.2:
                    w(20, "     Output: Error sending SMS: timed out", "out_sms_err")
                    w(20, "     Plugin exited with code 1", "plugin_exit")
                else:
                    w(20, f"     Output: SMS queued with id {g.num(100000, 999999)}", "out_sms_ok")
                    w(20, "     Plugin exited with code 0", "plugin_exit")

    def keepalive_err():
        w(20, "-" * 70, "rule")
        w(40, "ERROR:", "error_colon")
        frames = [("/omd/sites/prod/lib/python3/cmk/base/notify.py", 356, "do_notify", "notify_notify(raw_context_from_env(os.environ), analyse=analyse)"),
                  ("/omd/sites/prod/lib/python3/cmk/base/notify.py", 512, "notify_notify", "return locally_deliver_raw_context(enriched_context, analyse=analyse)"),
                  ("/omd/sites/prod/lib/python3/cmk/base/notify.py", 601, "locally_deliver_raw_context", "return notify_rulebased(config_contacts, raw_context, analyse=analyse)"),
                  ("/omd/sites/prod/lib/python3/cmk/base/notify.py", 780, "notify_rulebased", "contacts = rbn_rule_contacts(rule, context, config_contacts)"),
                  ("/omd/sites/prod/lib/python3/cmk/base/notify.py", 1104, "rbn_rule_contacts", "contacts.update(rbn_groups_contacts(the_groups, config_contacts))")]
        for t, ev in py_tb(frames, ("KeyError: 'CONTACTGROUPNAMES'", "tb_exception")):
            L.emit(t, ev, "ERROR|40", "cmk.base.notify")

    def spool_warn():
        w(30, f"Skipping notification of {g.c(USERS)}: the contact has no email address configured", "no_email")

    def bulk():
        u = g.c(USERS)
        n = g.num(2, 9)
        w(20, f"Sending bulk notification of {n} notifications to {u} via mail", "bulk_send")
        w(20, f"     executing /omd/sites/prod/share/check_mk/notifications/mail", "executing_plugin")
        w(20, "     Output: Spooled mail to local mail transmission agent", "out_spooled")
        w(20, "     Plugin exited with code 0", "plugin_exit")
        w(20, f"Bulk notification successfully sent, removing /omd/sites/prod/var/check_mk/notify/bulk/{u}/mail/None/host,service/{g.uuid()}", "bulk_removed",
          "cmk.base.notify.bulk")

    fill(L, [(40, notification), (0.7, keepalive_err), (1.5, spool_warn), (3, bulk)], N_LINES, 180)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Cromwell 87 server (a genomics core facility, the SLURM backend, MySQL metadata, call caching on), the log
#   of `java -Dconfig.file=cromwell.conf -jar cromwell-87.jar server` kept by systemd in a file: "%date %X{sourceThread} %-5level - %msg" (comma
#   before the milliseconds, the Akka dispatcher's thread, the level, the actor's name opening the message); workflows fetched and started, their
#   descriptors, calls started and their sbatch command (several lines), job ids and status changes, cache hits, warnings about runtime
#   attributes, final outputs as a JSON block, failures with their stderr excerpt
@checked
def log_cromwell(seed):
    L = Log("cromwell_server_log", seed, "full", True, True)
    g = L.g
    WFS = {"GermlineSnpsIndels": ["BwaMem", "MarkDuplicates", "BaseRecalibrator", "ApplyBQSR", "HaplotypeCaller", "MergeVCFs"],
           "RnaSeqQuant": ["FastP", "SalmonQuant", "MultiQC"], "Mutect2Pair": ["SplitIntervals", "M2", "MergeStats", "Filter", "FuncotateMaf"]}
    CROMID = f"cromid-{g.hx(7)}"

    def w(lv, disp, msg, ev, comp):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} cromwell-system-akka.dispatchers.{disp}-{g.num(2, 90)} {lv:<5} - {msg}", ev, lv, comp)

    def more(text, ev, lv, comp):
        L.emit(text, ev, lv, comp)

    def workflow():
        wf = g.c(list(WFS))
        u = g.uuid()
        s = u[:8]
        sample = g.c(["NA12878", "HG002", "PT-0412-T", "PT-0412-N", "S-2291", "RNA-77-b", "PT-0733-T"])
        w("INFO", "engine-dispatcher", f"1 new workflows fetched by {CROMID}: {u}", "fetched", None)
        w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Starting workflow UUID({u})", "wf_starting", "WorkflowManagerActor")
        w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Successfully started WorkflowActor-{u}", "wf_started", "WorkflowManagerActor")
        w("INFO", "engine-dispatcher", "Retrieved 1 workflows from the WorkflowStoreActor", "retrieved", None)
        w("INFO", "engine-dispatcher", f"MaterializeWorkflowDescriptorActor [UUID({s})]: Parsing workflow as WDL 1.0", "parsing", "MaterializeWorkflowDescriptorActor")
        calls = WFS[wf]
        w("INFO", "engine-dispatcher", f"MaterializeWorkflowDescriptorActor [UUID({s})]: Call-to-Backend assignments: "
          + ", ".join(f"{wf}.{c} -> slurm" for c in calls), "call_to_backend", "MaterializeWorkflowDescriptorActor")
        failed = False
        for c in calls:
            L.tick(400)
            shards = g.c([1, 1, 8, 12, 24]) if c in ("BwaMem", "HaplotypeCaller", "M2", "BaseRecalibrator", "SalmonQuant") else 1
            w("INFO", "engine-dispatcher", f"WorkflowExecutionActor-{u} [UUID({s})]: Starting {wf}.{c}", "wea_starting", "WorkflowExecutionActor")
            for k in range(min(shards, 3)):
                idx = "NA" if shards == 1 else str(k)
                tag = f"[UUID({s}){wf}.{c}:{idx}:1]"
                if g.r.random() < 0.3:
                    w("INFO", "engine-dispatcher", f"{tag}: Call cache hit process had 0 total hit failures before completing successfully",
                      "cache_hit", None)
                    w("INFO", "engine-dispatcher", f"WorkflowExecutionActor-{u} [UUID({s})]: Job results retrieved (CallCached): '{wf}.{c}' "
                      f"(scatter index: {'None' if idx == 'NA' else 'Some(' + idx + ')'}, attempt 1)", "results_cached", "WorkflowExecutionActor")
                    continue
                comp = "DispatchedConfigAsyncJobExecutionActor"
                if g.r.random() < 0.5:
                    w("WARN", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: Unrecognized runtime attribute keys: "
                      f"{g.c(['disks, preemptible', 'disks', 'preemptible, bootDiskSizeGb'])}", "unrecognized_attrs", comp)
                cwd = f"/scratch/cromwell-executions/{wf}/{u}/call-{c}" + ("" if idx == "NA" else f"/shard-{idx}")
                w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: `set -euo pipefail`", "command_head", comp)
                body = {"BwaMem": [f"bwa mem -K 100000000 -v 3 -t 16 -Y /refs/Homo_sapiens_assembly38.fasta {sample}_R1.fastq.gz {sample}_R2.fastq.gz \\",
                                   f"  | samtools view -1 - > {sample}.unmerged.bam"],
                        "HaplotypeCaller": [f"gatk --java-options \"-Xmx6G -XX:GCTimeLimit=50\" HaplotypeCaller \\", "  -R /refs/Homo_sapiens_assembly38.fasta \\",
                                            f"  -I {sample}.bam -L scattered.interval_list -O {sample}.g.vcf.gz -ERC GVCF"],
                        "M2": ["gatk --java-options \"-Xmx8G\" Mutect2 -R /refs/Homo_sapiens_assembly38.fasta \\", f"  -I {sample}.bam -tumor {sample} \\",
                               "  --germline-resource /refs/af-only-gnomad.hg38.vcf.gz -O output.vcf"]}.get(c, [f"/opt/tools/{c.lower()}.sh --sample {sample} --threads 8"])
                for b in body:
                    more(b, "command_line", "INFO", comp)
                w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: executing: sbatch \\", "sbatch_head", comp)
                for b in [f"  -J cromwell_{s}_{c} \\", f"  -D {cwd} \\", f"  -o {cwd}/execution/stdout \\", f"  -e {cwd}/execution/stderr \\",
                          f"  -t {g.c([60, 240, 720])} \\", "  -p normal \\", f"  -n 1 --cpus-per-task={g.c([4, 8, 16])} --mem={g.c([8000, 16000, 32000])} \\",
                          f"  --wrap \"/bin/bash {cwd}/execution/script\""]:
                    more(b, "sbatch_line", "INFO", comp)
                jid = g.num(4400000, 4499999)
                w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: job id: {jid}", "job_id", comp)
                w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: Status change from - to WaitingForReturnCode", "status_change", comp)
                L.tick(300)
                if g.r.random() < 0.05:
                    w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: Status change from WaitingForReturnCode to Failed", "status_change", comp)
                    w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Workflow {u} failed (during ExecutingWorkflowState): Job {wf}.{c}:{idx}:1 exited with return "
                      "code 137 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.",
                      "wf_failed", "WorkflowManagerActor")
                    more(f"Check the content of stderr for potential additional information: {cwd}/execution/stderr.", "failed_check_stderr", "INFO", "WorkflowManagerActor")
                    more(" [First 3000 bytes]:/var/spool/slurmd/job%d/slurm_script: line 52: 31337 Killed                  /bin/bash %s/execution/script" % (jid, cwd),
                         "failed_first_bytes", "INFO", "WorkflowManagerActor")
                    more(f"slurmstepd: error: Detected 1 oom_kill event in StepId={jid}.batch. Some of the step tasks have been OOM Killed.", "failed_oom", "INFO",
                         "WorkflowManagerActor")
                    failed = True
                    break
                w("INFO", "backend-dispatcher", f"DispatchedConfigAsyncJobExecutionActor {tag}: Status change from WaitingForReturnCode to Done", "status_change", comp)
            if failed:
                break
        if failed:
            w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Workflow actor for {u} completed with status 'Failed'. The workflow will be removed from the workflow store.",
              "wf_completed", "WorkflowManagerActor")
            return
        w("INFO", "engine-dispatcher", f"WorkflowExecutionActor-{u} [UUID({s})]: Workflow {wf} complete. Final Outputs:", "final_outputs", "WorkflowExecutionActor")
        more("{", "json_open", "INFO", "WorkflowExecutionActor")
        outs = {"GermlineSnpsIndels": ["output_vcf", "output_vcf_index", "duplication_metrics", "bqsr_report"], "RnaSeqQuant": ["quant_sf", "multiqc_report"],
                "Mutect2Pair": ["filtered_vcf", "funcotated_maf", "mutect_stats"]}[wf]
        for k, o in enumerate(outs):
            more(f"  \"{wf}.{o}\": \"/scratch/cromwell-executions/{wf}/{u}/call-{g.c(calls)}/execution/{sample}.{o.replace('_', '.')}\"" + ("," if k < len(outs) - 1 else ""),
                 "json_kv", "INFO", "WorkflowExecutionActor")
        more("}", "json_close", "INFO", "WorkflowExecutionActor")
        w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Workflow actor for {u} completed with status 'Succeeded'. The workflow will be removed from the workflow store.",
          "wf_completed", "WorkflowManagerActor")

    def heartbeat():
        w("INFO", "engine-dispatcher", f"WorkflowStoreHeartbeatWriteActor: Wrote {g.num(1, 9)} heartbeats to the workflow store in {g.num(3, 90)} ms",
          "heartbeat", "WorkflowStoreHeartbeatWriteActor")

    def abort():
        u = g.uuid()
        w("INFO", "api-dispatcher", f"Abort requested for workflow {u}.", "abort_requested", None)
        w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Aborting workflow {u}", "wf_aborting", "WorkflowManagerActor")
        w("INFO", "engine-dispatcher", f"WorkflowManagerActor: Workflow actor for {u} completed with status 'Aborted'. The workflow will be removed from the workflow store.",
          "wf_completed", "WorkflowManagerActor")

    fill(L, [(10, workflow), (6, heartbeat), (0.4, abort)], N_LINES, 600)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- deCONZ 2.28 (Phoscon, a RaspBee II on a Raspberry Pi 4, some 40 Zigbee lights, sensors and plugs of a flat,
#   Home Assistant on the websocket), started with -dbg-info=1 -dbg-aps=1 -dbg-error=1 and its output saved to a file: "HH:MM:SS:mmm message" (the time
#   of day only, a colon before the milliseconds): APS data indications and requests, ZCL attribute reports with their payload on a tab-indented line,
#   websocket events, polling, the idle timer, database saves, firmware and channel checks, APS confirm errors
@checked
def log_deconz(seed):
    L = Log("deconz_log", seed, "tod", False, False)
    g = L.g
    DEV = [(g.HX(16), g.HX(4).lower(), k) for k in ["Wohnzimmer Decke", "Flur Bewegung", "Bad Temperatur", "Kueche Stecker", "Schlafzimmer Fenster",
                                                    "Balkon Temp", "Arbeitszimmer Lampe", "Kinderzimmer Stehlampe", "Steckdose Waschmaschine", "Haustuer"]]
    CL = [("0x0402", "0000290a09"), ("0x0405", "0000211c12"), ("0x0006", "00001001"), ("0x0008", "000020fe"), ("0x0406", "00001801"), ("0x0500", "0000210100"),
          ("0x0702", "00002534120000000000"), ("0x0001", "21002064")]
    seq = {"aps": g.num(1, 200)}

    def w(msg, ev):
        ms_(L, 0, 60)
        L.emit(f"{L.t:%H:%M:%S}:{ms3(L.t)} {msg}", ev)

    def report():
        ext, nwk, _ = g.c(DEV)
        cl, pl = g.c(CL)
        w(f"APS-DATA.indication srcAddr: 0x{nwk}, srcEp: 0x01 dstAddrMode: 2, profile: 0x0104, cluster: {cl}, lqi: {g.num(80, 255)}, rssi: {g.num(-88, -40)}",
          "aps_indication")
        w(f"ZCL attribute report 0x{ext} for cluster: {cl}, ep: 0x01, frame control: 0x{g.c(['18', '08', '1C'])}, mfcode: 0x{g.c(['0000', '0000', '115F'])} ",
          "zcl_report")
        L.emit(f"\tpayload: {pl[:-2]}{g.hx(2)}", "zcl_payload", t=L.t)
        if g.r.random() < 0.6:
            rid = g.num(2, 60)
            w(f"Websocket {g.c(['192.168.178.31:41562', '192.168.178.31:41562', '127.0.0.1:53122'])} send message: "
              f"{{\"e\":\"changed\",\"id\":\"{rid}\",\"r\":\"sensors\",\"state\":{{\"lastupdated\":\"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}\",\"temperature\":{g.num(1500, 2400)}}},"
              f"\"t\":\"event\",\"uniqueid\":\"{':'.join(ext[i:i + 2].lower() for i in range(0, 16, 2))}-01-{cl[2:].lower()}\"}} (ret = {g.num(150, 260)})", "ws_send")

    def request():
        ext, nwk, _ = g.c(DEV)
        seq["aps"] = (seq["aps"] + 1) % 256
        w(f"APS-DATA.request id: {seq['aps']}, addrmode: 0x03, addr: 0x{ext.lower()}, profile: 0x0104, cluster: {g.c(['0x0006', '0x0008', '0x0300'])}, ep: 0x01 -> "
          f"0x{g.c(['01', '0B'])} len: {g.num(3, 9)} tx.options 0x04 radius: 0", "aps_request")
        if g.r.random() < 0.07:
            w(f"0x{ext} error APSDE-DATA.confirm: 0x{g.c(['E9', 'A7', 'D0'])} on task", "aps_confirm_error")
        else:
            w(f"APS-DATA.confirm id: {seq['aps']}, status: 0x00 SUCCESS", "aps_confirm")

    def poll():
        ext, _, name = g.c(DEV)
        w(f"Poll APS request to 0x{ext} cluster: 0x{g.c(['0006', '0008', '0702', '0b04'])}", "poll_request")
        if g.r.random() < 0.4:
            w(f"\t0x{ext} force poll (2)", "force_poll")

    def idle():
        w("Idle timer triggered", "idle_timer")
        if g.r.random() < 0.3:
            w(f"Current channel {g.c([15, 15, 15, 25])}", "current_channel")
            w(f"Device TTL {g.num(600, 3600)} s flags: 0x7", "device_ttl")
        if g.r.random() < 0.2:
            w(f"DB save zll database items 0x{g.c(['00000020', '00000001', '00000400', '00000021'])}", "db_save")
            w(f"DB saved in {g.num(3, 80)} ms", "db_saved")

    def fw():
        w("GW firmware version: 0x26780700", "gw_fw")
        w("GW firmware version is up to date: 0x26780700", "gw_fw_ok")

    def http():
        path = g.c(["/api/{k}/lights", "/api/{k}/sensors", "/api/{k}/groups/3/action", "/api/{k}/lights/12/state", "/api/{k}/config"])
        m = "PUT" if "state" in path or "action" in path else "GET"
        w(f"HTTP API {m} {path.replace('{k}', g.HX(10))} - 192.168.178.31", "http_api")

    def lqi():
        ext, nwk, _ = g.c(DEV)
        w(f"ZDP Mgmt_Lqi_rsp zdpSeq: {g.num(0, 255)} from 0x{ext} total: {g.num(1, 12)}, startIndex: 0, listCount: {g.num(1, 3)}", "lqi_rsp")
        w(f"\tneighbor 0x{g.HX(16)} (0x{g.hx(4)}), LQI: {g.num(20, 255)}, relation: 0x0{g.num(0, 3)}", "lqi_neighbor")

    fill(L, [(30, report), (12, request), (10, poll), (6, idle), (0.3, fw), (5, http), (2, lqi)], N_LINES, 2.5)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- Drone 2.24 server (the drone/drone image, Gitea as the forge, two docker runners polling it) of a small
#   software house's CI, `docker logs drone` with DRONE_LOGS_DEBUG=true: logrus JSON lines (the keys in alphabetical order, Go's JSON escaping of <, >
#   and &): the HTTP requests with their latency, webhooks and triggers, the build manager's stage requests, acceptance, step updates and teardown,
#   the cron scheduler, failures to send the commit status back, rare errors
@checked
def log_drone(seed):
    L = Log("drone_server_json", seed, "full", True, False)
    g = L.g
    REPOS = [("acme", "shop-web", 3), ("acme", "shop-api", 4), ("acme", "infra", 7), ("tools", "release-bot", 11), ("acme", "mobile-app", 15), ("kunde-x", "portal", 21)]
    st = {"build": {r[2]: g.num(100, 900) for r in REPOS}, "stage": g.num(20000, 30000), "step": g.num(90000, 99000)}

    def w(d, ev):
        ms_(L, 0, 30)
        d["time"] = f"{L.t:%Y-%m-%dT%H:%M:%S}Z"
        L.emit(go_json(dict(sorted(d.items()))), ev, d["level"])

    def req(method, path, level="debug"):
        w({"latency": g.num(200000, 90000000), "level": level, "method": method, "msg": "", "remote": f"172.18.0.{g.num(2, 9)}:{g.port()}",
           "request": path, "request-id": g.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")}, "http_request")

    def ui():
        ns, name, rid = g.c(REPOS)
        path = g.c([f"/api/repos/{ns}/{name}/builds?page=1", f"/api/repos/{ns}/{name}", "/api/user", "/api/user/repos?latest=true",
                    f"/api/repos/{ns}/{name}/builds/{st['build'][rid]}", f"/api/repos/{ns}/{name}/builds/{st['build'][rid]}/logs/1/{g.num(1, 6)}",
                    "/api/user/builds/recent", f"/api/repos/{ns}/{name}/secrets", "/api/stream"])
        req("GET", path)

    def push():
        ns, name, rid = g.c(REPOS)
        sha = g.hx(40)
        ref = g.c(["refs/heads/main", "refs/heads/main", "refs/heads/develop", f"refs/heads/feature/{g.c(['login', 'cart-v2', 'i18n', 'ci'])}", "refs/tags/v1.4." + str(g.num(0, 20))])
        ev = "tag" if "tags" in ref else g.c(["push", "push", "push", "pull_request"])
        req("POST", f"/hook?secret={g.alnum(32)}")
        w({"commit": sha, "event": ev, "level": "debug", "msg": "webhook parsed", "name": name, "namespace": ns}, "webhook_parsed")
        w({"commit": sha, "event": ev, "level": "debug", "msg": "trigger: received", "ref": ref, "repo": f"{ns}/{name}"}, "trigger_received")
        if "[CI SKIP]" in ref or g.r.random() < 0.1:
            w({"commit": sha, "event": ev, "level": "info", "msg": "trigger: skipping build, no matching pipelines", "pipeline": "default", "ref": ref,
               "repo": f"{ns}/{name}"}, "trigger_skip")
            return
        st["build"][rid] += 1
        b = st["build"][rid]
        if g.r.random() < 0.06:
            w({"commit": sha, "error": f"Post \"https://git.acme.example/api/v1/repos/{ns}/{name}/statuses/{sha}\": dial tcp 10.8.0.4:443: i/o timeout",
               "event": ev, "level": "warning", "msg": "trigger: cannot create status", "ref": ref, "repo": f"{ns}/{name}"}, "status_failed")
        stages = g.c([1, 1, 2])
        sids = []
        for k in range(stages):
            st["stage"] += 1
            sids.append(st["stage"])
        w({"commit": sha, "event": ev, "level": "debug", "msg": "trigger: enqueued build", "ref": ref, "repo": f"{ns}/{name}", "build": b}, "trigger_enqueued")
        for k, sid in enumerate(sids):
            arch = g.c(["amd64", "amd64", "arm64"])
            w({"arch": arch, "kernel": "", "level": "debug", "msg": "manager: request queue item", "os": "linux", "variant": ""}, "request_queue")
            runner = g.c(["runner-amd64-1", "runner-amd64-2", "runner-arm64-1"])
            w({"level": "debug", "machine": runner, "msg": "manager: accept stage", "stage-id": sid}, "accept_stage")
            w({"build.id": rid * 10000 + b, "build.number": b, "level": "debug", "machine": runner, "msg": "manager: stage accepted", "repo.id": rid,
               "stage.id": sid, "stage.name": g.c(["default", "build", "test", "deploy"]), "stage.number": k + 1}, "stage_accepted")
            if g.r.random() < 0.05:
                w({"level": "debug", "machine": g.c(["runner-amd64-1", "runner-amd64-2"]), "msg": "manager: cannot ack stage", "stage-id": sid,
                   "error": "stage already accepted by another runner"}, "cannot_ack")
            for _ in range(g.num(2, 6)):
                st["step"] += 1
                w({"level": "debug", "msg": "manager: updating step status", "step.id": st["step"], "step.name": g.c(["clone", "install", "lint", "test", "build",
                                                                                                                     "docker", "publish", "notify"]),
                   "step.status": g.c(["running", "success", "success", "failure"])}, "step_update")
            L.tick(90)
            w({"build.id": rid * 10000 + b, "build.number": b, "level": "debug", "msg": "manager: stage is complete. teardown", "repo.id": rid, "stage.id": sid},
              "stage_complete")
        w({"build.id": rid * 10000 + b, "build.number": b, "level": "debug", "msg": "manager: build is finished, teardown", "repo.id": rid,
           "repo.name": f"{ns}/{name}"}, "build_finished")

    def runner_poll():
        req("POST", "/rpc/v2/stage")

    def cron():
        w({"level": "debug", "msg": "cron: begin process pending jobs"}, "cron_begin")
        n = g.c([0, 0, 0, 1])
        w({"count": n, "level": "debug", "msg": "cron: found pending jobs"}, "cron_found")
        if n:
            ns, name, rid = g.c(REPOS)
            w({"cron": "nightly", "level": "debug", "msg": "cron: trigger build", "repo": f"{ns}/{name}"}, "cron_trigger")
        w({"level": "debug", "msg": "cron: finished processing jobs"}, "cron_finished")

    def errors():
        x = g.r.random()
        if x < 0.4:
            ns, name, _ = g.c(REPOS)
            w({"error": "sql: no rows in result set", "level": "debug", "msg": "api: cannot find repository", "name": name + "-old", "namespace": ns}, "no_repo")
        elif x < 0.7:
            w({"error": "token expired", "level": "warning", "msg": "api: cannot refresh token", "user": g.c(["lkoch", "mbauer", "deploy-bot"])}, "token_refresh")
        else:
            w({"error": "context canceled", "level": "error", "msg": "manager: cannot stream logs", "step-id": st["step"]}, "stream_err")

    fill(L, [(25, ui), (6, push), (30, runner_poll), (4, cron), (1.5, errors)], N_LINES, 9)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Euro Truck Simulator 2 dedicated server 1.53 (Linux, SteamCMD, a German convoy community's public session
#   of eight slots with a few mods), ~/.local/share/Euro Truck Simulator 2/server.log.txt: the "log created" line with the date, then
#   "HH:MM:SS.mmm : [tag] message" with the time since the server started: build and file system lines, the DLCs and mods, the session's settings,
#   players connecting with their Steam id and leaving, the chat, kicks, timeouts
@checked
def log_ets2(seed):
    L = Log("ets2_dedicated_server_log", seed, "rel", False, True)
    g = L.g
    t0 = L.t
    PLAYERS = [("Trucker_Joe", g.num(10 ** 16, 9 * 10 ** 16)) for _ in range(1)] + [(n, 76561197960265728 + g.num(10 ** 7, 9 * 10 ** 8)) for n in
               ["Kuddel", "Brummi_Bernd", "NightRider_DE", "Anna_Lena", "SchwerlastSven", "Polski_Kierowca", "eurotrucker88", "Fahrlehrer_Klaus",
                "Dutch_Driver", "Kalle-Ost", "TruckingTom", "Ole_Nord"]]
    PLAYERS[0] = ("Trucker_Joe", 76561198031234567)
    online = {}
    st = {"cid": 0}

    def w(tag, msg, ev):
        ms_(L, 0, 40)
        d = L.t - t0
        s = int(d.total_seconds())
        L.emit(f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{d.microseconds // 1000:03d} : [{tag}] {msg}", ev, None, tag)

    L.emit(f"************ : log created : {t0:%Y.%m.%d %H:%M:%S} ************", "log_created", None, None)
    for tag, msg, ev in [("sys", "Build: 1.53.2.6s (public) [linux_x64] [Nov 14 2024 18:03:41]", "build"), ("sys", "Compiled with GCC 12.3.0", "compiler"),
                         ("sys", "Logical processors: 8, physical: 4", "cpus"), ("sys", "Physical memory: 15992 MB", "memory"),
                         ("fs", "Mounting archive: '/home/steam/ets2server/base.scs'", "mount"), ("fs", "Mounting archive: '/home/steam/ets2server/core.scs'", "mount"),
                         ("fs", "Mounting archive: '/home/steam/ets2server/def.scs'", "mount"), ("fs", "Mounting archive: '/home/steam/ets2server/locale.scs'", "mount"),
                         ("fs", "Mounting archive: '/home/steam/ets2server/dlc_east.scs'", "mount"), ("fs", "Mounting archive: '/home/steam/ets2server/dlc_north.scs'", "mount"),
                         ("fs", "Mounting archive: '/home/steam/ets2server/dlc_fr.scs'", "mount"), ("fs", "Mounting archive: '/home/steam/ets2server/dlc_it.scs'", "mount"),
                         ("fs", "Mounting archive: '/home/steam/ets2server/dlc_balt.scs'", "mount"), ("fs", "Mounting archive: '/home/steam/ets2server/dlc_iberia.scs'", "mount"),
                         ("dlc", "Loaded: dlc_east (Going East!)", "dlc_loaded"), ("dlc", "Loaded: dlc_north (Scandinavia)", "dlc_loaded"),
                         ("dlc", "Loaded: dlc_fr (Vive la France !)", "dlc_loaded"), ("dlc", "Loaded: dlc_it (Italia)", "dlc_loaded"),
                         ("dlc", "Loaded: dlc_balt (Beyond the Baltic Sea)", "dlc_loaded"), ("dlc", "Loaded: dlc_iberia (Iberia)", "dlc_loaded"),
                         ("mod", "Active mod: 'Realistic Truck Physics 9.0.6' (mod_workshop_package.0000000012A8E6F4)", "active_mod"),
                         ("mod", "Active mod: 'Sound Fixes Pack 24.45' (mod_workshop_package.00000000171C3D2A)", "active_mod"),
                         ("MP", "Dedicated server version: 1.53.2.6s", "mp_version"),
                         ("MP", "Loading server config from '/home/steam/.local/share/Euro Truck Simulator 2/server_config.sii'", "mp_config"),
                         ("MP", "Session name: 'NordKonvoi #2 | Public | Regeln: kein Rammen!'", "mp_session_name"),
                         ("MP", "Session description: 'Discord: nordkonvoi.example/discord - Admins: Kuddel, Anna_Lena'", "mp_session_desc"),
                         ("MP", "Max players: 8, max vehicles total: 100, max AI vehicles per player: 50", "mp_max"),
                         ("MP", "Connection virtual port: 100, query virtual port: 101", "mp_ports"), ("MP", "Server is password protected: no", "mp_password"),
                         ("MP", "Steam server: logged on anonymously", "mp_steam_logon"), ("MP", f"Session search id: {g.num(10 ** 16, 9 * 10 ** 16)}/0", "mp_search_id"),
                         ("MP", "Session running.", "mp_running")]:
        w(tag, msg, ev)

    def join():
        free = [p for p in PLAYERS if p[0] not in online]
        if not free or len(online) >= 8:
            return leave()
        n, sid = g.c(free)
        st["cid"] += 1
        online[n] = st["cid"]
        w("MP", f"[Chat] {n} connected, client_id = {st['cid']}", "chat_connected")
        w("MP", f"Player '{n}' with steam id {sid} joined the session.", "player_joined")
        if g.r.random() < 0.15:
            w("MP", f"Player '{n}' is missing DLC: dlc_iberia. Some cargo and cities will be unavailable.", "missing_dlc")

    def leave():
        if not online:
            return join()
        n = g.c(sorted(online))
        cid = online.pop(n)
        x = g.r.random()
        if x < 0.8:
            w("MP", f"[Chat] {n} disconnected.", "chat_disconnected")
        elif x < 0.95:
            w("MP", f"Connection to client {cid} lost (timeout).", "conn_timeout")
            w("MP", f"[Chat] {n} disconnected.", "chat_disconnected")
        else:
            w("MP", f"Player '{n}' kicked by admin: {g.c(['Rammen', 'ghost driving', 'AFK on the road'])}", "kicked")
            w("MP", f"[Chat] {n} disconnected.", "chat_disconnected")

    def chat():
        if not online:
            return join()
        n = g.c(sorted(online))
        msg = g.c(["moin", "Hallo zusammen", "bin kurz afk", "wo seid ihr?", "Tanken in Kassel", "Stau an der Grenze", "gn8 Leute", "wer faehrt mit nach Kiel?",
                   "hello from Poland", "lag?", "Parkplatz Hamburg West", "bitte nicht ueberholen auf der Bruecke", "ok", "danke!", ":)"])
        w("MP", f"[Chat] {n}: {msg}", "chat_msg")

    def job():
        if not online:
            return join()
        n = g.c(sorted(online))
        cargo = g.c(["Cheese", "Used Packaging", "Forklifts", "Frozen Vegetables", "Steel Coils", "Beverages", "Excavator", "Medical Equipment"])
        a, b = g.r.sample(["Hamburg", "Berlin", "Kiel", "Bremen", "Hannover", "Rostock", "Szczecin", "Calais", "Aarhus", "Groningen", "Leipzig", "Kassel"], 2)
        if g.r.random() < 0.5:
            w("MP", f"Player '{n}' started job: {cargo} from {a} to {b}.", "job_started")
        else:
            w("MP", f"Player '{n}' delivered {cargo} to {b}, income: {g.num(3000, 48000)} EUR, distance: {g.num(80, 1400)} km.", "job_delivered")

    def misc():
        x = g.r.random()
        if x < 0.5:
            w("MP", f"Server status: {len(online)}/8 players, {g.num(30, 240)} vehicles, uptime {int((L.t - t0).total_seconds()) // 60} min.", "status")
        elif x < 0.8:
            w("sys", f"Used memory: {g.num(1900, 3400)} MB", "used_memory")
        else:
            w("MP", "Steam server: connection to Steam lost, retrying...", "steam_lost")
            w("MP", "Steam server: logged on anonymously", "mp_steam_logon")

    fill(L, [(10, join), (9, leave), (18, chat), (8, job), (2, misc)], N_LINES, 35)
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Electrum 4.5.8 (the AppImage on a freelancer's Ubuntu laptop, one standard wallet, Lightning with a few
#   channels, fiat rates from CoinGecko), ~/.electrum/logs/electrum_log_<time>_<pid>.log with file logging on: "%(asctime)22s | %(levelname)8s |
#   %(name)s | %(message)s" (the time "20261201T100000.123456Z", the level right-aligned): the start-up, the server connections, headers and fee
#   estimates, the synchronizer and verifier, fiat quotes, Lightning peers, connection errors, an exception with its Python traceback
@checked
def log_electrum(seed):
    L = Log("electrum_wallet_log", seed, "full", True, True)
    g = L.g
    SERVERS = ["electrum.blockstream.info:50002", "fulcrum.sethforprivacy.com:50002", "electrum.emzy.de:50002", "bitcoin.lu.ke:50002", "electrum.bitaroo.net:50002",
               "e2.keff.org:50002", "electrum.jochen-hoenicke.de:50006"]
    st = {"height": 871230, "main": SERVERS[0]}
    W = "default_wallet"

    def w(lv, name, msg, ev):
        ms_(L, 0, 50)
        L.emit(f"{L.t:%Y%m%dT%H%M%S}.{us6(L.t)}Z | {lv:>8} | {name} | {msg}", ev, lv, name)

    def start():
        for lv, n, m, ev in [("INFO", "logging", "Electrum version: 4.5.8 - https://electrum.org - https://github.com/spesmilo/electrum", "version"),
                             ("INFO", "logging", "Python version: 3.11.9 (main, Apr  6 2024, 17:59:24) [GCC 11.4.0]. On platform: Linux-6.8.0-49-generic-x86_64-with-glibc2.35",
                              "python_version"),
                             ("INFO", "logging", f"Logging to file: /home/jana/.electrum/logs/electrum_log_{L.t:%Y%m%dT%H%M%S}Z_{g.num(2000, 90000)}.log", "logging_to"),
                             ("INFO", "logging", "Log filters: verbosity '*', verbosity_shortcuts ''", "log_filters"),
                             ("INFO", "simple_config.SimpleConfig", "electrum directory /home/jana/.electrum", "elec_dir"),
                             ("INFO", "daemon.CommandsServer", "now running and listening. socktype=unix, addr=/home/jana/.electrum/daemon_rpc_socket", "cmd_server"),
                             ("INFO", "network", "starting network", "starting_network"),
                             ("INFO", "plugin.Plugins", "registering hardware trezor: ('hardware', 'trezor', 'Trezor wallet')", "reg_hw"),
                             ("INFO", "plugin.Plugins", "registering hardware ledger: ('hardware', 'ledger', 'Ledger wallet')", "reg_hw"),
                             ("INFO", "plugin.Plugins", "registering hardware bitbox02: ('hardware', 'bitbox02', 'BitBox02 wallet')", "reg_hw"),
                             ("INFO", "exchange_rate.FxThread", "using exchange CoinGecko", "fx_using"),
                             ("INFO", "gui.qt.ElectrumGui", "Qt GUI starting up... Qt=5.15.2, PyQt=5.15.10", "qt_start"),
                             ("INFO", "storage.WalletStorage", f"wallet path /home/jana/.electrum/wallets/{W}", "wallet_path"),
                             ("INFO", f"wallet.Standard_Wallet.[{W}]", "set_up_to_date: False", "up_to_date"),
                             ("INFO", f"lnworker.LNWallet.[{W}]", "starting. lightning gossip: False", "ln_starting")]:
            w(lv, n, m, ev)
        for s in g.r.sample(SERVERS, 4):
            connect(s)

    def connect(s=None):
        s = s or g.c(SERVERS)
        w("INFO", "network", f"connecting to {s}:s as new interface", "connecting")
        if g.r.random() < 0.15:
            why = g.c(["ConnectError(TimeoutError())", "ConnectError(ConnectionRefusedError(111, 'Connect call failed'))",
                       "ErrorGettingSSLCertFromServer(ConnectError(TimeoutError()))"])
            w("INFO", f"interface.[{s}]", f"disconnecting due to: {why}", "disconnecting")
            w("INFO", "network", f"couldn't launch iface {s}:s -- CancelledError()", "couldnt_launch")
            return
        w("INFO", f"interface.[{s}]", f"connection established. version: ['{g.c(['ElectrumX 1.16.0', 'Fulcrum 1.11.1', 'ElectrumX 1.18.0'])}', '1.4']", "established")
        w("INFO", f"interface.[{s}]", f"set blockchain with height {st['height']}", "set_blockchain")

    def block():
        st["height"] += 1
        for s in g.r.sample(SERVERS, g.num(2, 5)):
            w("INFO", f"interface.[{s}]", f"new chain tip. height={st['height']}", "new_tip")
        w("INFO", "network", "fee_estimates " + str({144: g.num(1000, 3000), 25: g.num(3000, 6000), 10: g.num(6000, 9000), 5: g.num(9000, 12000), 2: g.num(12000, 20000)}),
          "fee_estimates")
        if g.r.random() < 0.2:
            w("INFO", f"lnworker.LNWallet.[{W}]", f"lnwatcher: height {st['height']}, {g.num(2, 6)} channels watched", "ln_watch")

    def tx():
        addr = "bc1q" + g.alnum(38, "023456789acdefghjklmnpqrstuvwxyz")
        txid = g.hx(64)
        w("INFO", f"synchronizer.[{W}]", f"receiving history {addr} {g.num(1, 3)}", "receiving_history")
        w("INFO", f"synchronizer.[{W}]", f"received tx {txid} height: {g.c([0, st['height']])} bytes: {g.num(190, 900)}", "received_tx")
        w("INFO", f"wallet.Standard_Wallet.[{W}]", f"adding tx to history: {txid}", "add_tx")
        if g.r.random() < 0.7:
            w("INFO", f"verifier.[{W}]", f"verified {txid}", "verified")
        w("INFO", f"wallet.Standard_Wallet.[{W}]", "set_up_to_date: True", "up_to_date")

    def fx():
        w("INFO", "exchange_rate.CoinGecko", "getting fx quotes for EUR", "fx_getting")
        if g.r.random() < 0.08:
            w("ERROR", "exchange_rate.CoinGecko", "failed fx quotes: ClientResponseError(RequestInfo(url=URL('https://api.coingecko.com/api/v3/exchange_rates'), "
              "method='GET'), (), status=429, message='Too Many Requests')", "fx_failed")
        else:
            w("INFO", "exchange_rate.CoinGecko", "received fx quotes", "fx_received")

    def ln():
        node = "0" + g.c("23") + g.hx(64)
        ip = g.ip("pub")
        peer = f"lnpeer.Peer.[LNWallet.[{W}], {node[:10]}...@{ip}:9735]"
        x = g.r.random()
        if x < 0.5:
            w("INFO", f"lnworker.LNWallet.[{W}]", f"adding peer {node}@{ip}:9735", "ln_add_peer")
            w("INFO", peer, "Sending INIT", "ln_send_init")
            w("INFO", peer, "Received INIT", "ln_recv_init")
            w("INFO", peer, f"channel_reestablish ({g.hx(8)}...): received", "ln_reestablish")
        elif x < 0.8:
            w("INFO", peer, f"Disconnecting: GracefulDisconnect('{g.c(['socket closed', 'timed out waiting for INIT'])}')", "ln_disconnect")
        else:
            w("WARNING", peer, f"received 'error' from peer: {g.c(['internal error', 'sync error', 'channel not found'])}", "ln_peer_error")

    def exc():
        w("ERROR", "gui.qt.exception_window.Exception_Hook", "exception caught by crash reporter", "crash_caught")
        frames = [("/tmp/.mount_electrXXXX/usr/lib/python3/dist-packages/electrum/gui/qt/main_window.py", 1423, "do_pay_invoice", "self.pay_onchain_dialog(invoice.outputs)"),
                  ("/tmp/.mount_electrXXXX/usr/lib/python3/dist-packages/electrum/gui/qt/send_tab.py", 312, "pay_onchain_dialog", "tx = make_tx(None)"),
                  ("/tmp/.mount_electrXXXX/usr/lib/python3/dist-packages/electrum/wallet.py", 1822, "make_unsigned_transaction", "raise NotEnoughFunds()")]
        for t, ev in py_tb(frames, ("electrum.util.NotEnoughFunds: Insufficient funds", "tb_exception")):
            L.emit(t, ev, "ERROR", "gui.qt.exception_window.Exception_Hook")

    def warn():
        s = g.c(SERVERS)
        x = g.r.random()
        if x < 0.5:
            w("WARNING", f"interface.[{s}]", "session.send_request timed out after 30 s. method: blockchain.scripthash.subscribe", "req_timeout")
        else:
            w("INFO", "network", f"switching to {s}:s", "switching")

    start()
    fill(L, [(6, block), (5, tx), (6, fx), (4, ln), (3, connect), (0.3, exc), (2, warn)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- FlightGear 2024.1.1 (the Ubuntu PPA, a hobby pilot's desktop, the c172p and the Q400, TerraSync on,
#   multiplayer on mpserver01), ~/.fgfs/fgfs.log of one long session: "%8.2f [%4s]:%-10s %s" (seconds since the start, the level, the log category):
#   the initialisation, navaid and airport loading, aircraft and Nasal modules, TerraSync downloads, multiplayer pilots, AI traffic, sound and
#   GUI warnings, Nasal runtime errors with their "at" and "called from" lines, a second flight after a reset
@checked
def log_flightgear(seed):
    L = Log("flightgear_fgfs_log", seed, "rel", True, True)
    g = L.g
    t0 = L.t

    def w(lv, cat, msg, ev):
        ms_(L, 0, 80)
        L.emit(f"{(L.t - t0).total_seconds():8.2f} [{lv}]:{cat:<10} {msg}", ev, {"ALRT": "ALRT|alert"}.get(lv, lv), cat)

    def init(ac, apt):
        for lv, cat, msg, ev in [("INFO", "general", "FlightGear:  Version 2024.1.1", "version"), ("INFO", "general", "FlightGear:  Build Type Release", "build_type"),
                                 ("INFO", "general", "Jenkins number/ID 0:none", "jenkins"), ("INFO", "general", "Initialization Start", "init_start"),
                                 ("INFO", "general", "Reading user settings from /home/pilot/.fgfs/autosave_2024_1.xml", "user_settings"),
                                 ("INFO", "general", "FG_ROOT = \"/usr/share/games/flightgear\"", "fg_root"),
                                 ("INFO", "general", "FG_HOME = \"/home/pilot/.fgfs\"", "fg_home"),
                                 ("INFO", "general", f"aircraft-dir = \"/usr/share/games/flightgear/Aircraft/{ac}\"", "aircraft_dir"),
                                 ("INFO", "general", "Using TerraSync dir: \"/home/pilot/.fgfs/TerraSync\"", "terrasync_dir"),
                                 ("INFO", "navaid", "Loading Navaid Databases", "navaid_loading"),
                                 ("INFO", "navaid", f"NavCache: rebuilding ... done in {g.num(800, 4000)}ms", "navcache"),
                                 ("INFO", "general", f"Loading aircraft -set file from:/usr/share/games/flightgear/Aircraft/{ac}/{ac}-set.xml", "aircraft_set"),
                                 ("INFO", "general", f"Setting starting airport: {apt}, runway {g.c(['05', '23', '26R', '08L'])}", "start_apt"),
                                 ("INFO", "terrain", "TerraSync: scenery download enabled", "ts_enabled"),
                                 ("INFO", "sound", "OpenAL version: 1.1 ALSOFT 1.23.1", "openal"),
                                 ("INFO", "nasal", "Nasal: Initializing Nasal Electrical System", "nasal_elec"),
                                 ("INFO", "nasal", f"{ac}: Loading aircraft systems", "nasal_ac_loading"),
                                 ("WARN", "gui", "Failed to find dialog file: gui/dialogs/location-in-air.xml", "dialog_missing"),
                                 ("INFO", "general", "Initialization complete", "init_complete"),
                                 ("INFO", "general", f"Startup complete: {g.f(20, 70, 2)} seconds", "startup_complete")]:
            w(lv, cat, msg, ev)

    def tile():
        ts = f"{g.c(['e000n50', 'e010n50', 'e000n40', 'w010n50'])}/{g.c(['e006n51', 'e007n50', 'e008n52', 'w004n51', 'e009n53'])}/{g.num(2900000, 3100000)}"
        x = g.r.random()
        if x < 0.6:
            w("INFO", "terrain", f"TerraSync: Will download tile: Terrain/{ts}", "ts_will_download")
            w("INFO", "terrain", f"TerraSync: Updated tile: Terrain/{ts} ({g.num(40, 9000)} kB)", "ts_updated")
        elif x < 0.85:
            w("INFO", "terrain", f"Loading tile {ts.split('/')[-1]}.stg", "tile_loading")
        else:
            w("WARN", "terrain", f"TerraSync: failed to download Objects/{ts}: HTTP 404 Not Found", "ts_failed")

    def mp():
        cs = g.c(["D-EBCD", "N172SP", "G-FGFS", "F-GKLM", "PH-KLM", "LH1234", "OK-FGX", "SE-TOR", "EC-XYZ", "Tom", "KLM1712"])
        if g.r.random() < 0.55:
            w("INFO", "network", f"FGMultiplayMgr::ProcessPosMsg - Add new pilot:{cs} model:Aircraft/{g.c(['c172p', 'A320', '737-800', 'ec135', 'Citation-II', 'Dash8-Q400'])}"
              f"/Models/{g.c(['c172p', 'a320', '737-800', 'ec135', 'citation', 'dash8-q400'])}.xml", "mp_add_pilot")
        else:
            w("INFO", "network", f"FGMultiplayMgr - Remove pilot:{cs} (timeout)", "mp_remove_pilot")

    def ai():
        x = g.r.random()
        if x < 0.5:
            w("INFO", "ai", f"AIManager: loaded model {g.c(['A320', 'B738', 'ATR72', 'E190'])} for {g.c(['DLH', 'EZY', 'KLM', 'RYR'])}{g.num(100, 9999)}", "ai_loaded")
        elif x < 0.8:
            w("WARN", "ai", f"AIAircraft: unable to find parking for {g.c(['DLH', 'EZY', 'KLM'])}{g.num(100, 9999)} at {g.c(['EDDF', 'EHAM', 'EDDM'])}", "ai_parking")
        else:
            w("DBUG", "atc", f"ATC: frequency {g.f(118, 136, 3)} MHz assigned to {g.c(['EDDF_TWR', 'EDDF_GND', 'EHAM_APP'])}", "atc_freq")

    def nasal_err():
        path = g.c(["Aircraft/c172p/Nasal/doors.nas", "Aircraft/Dash8-Q400/Nasal/fmc.nas", "Nasal/canvas/api.nas", "Aircraft/Instruments-3d/garmin196/garmin196.nas"])
        w("ALRT", "nasal", f"Nasal runtime error: {g.c(['nil used in numeric context', 'undefined symbol: dlg', 'non-objects have no members', 'No such member: getValue'])}",
          "nasal_error")
        w("ALRT", "nasal", f"  at /usr/share/games/flightgear/{path}, line {g.num(20, 900)}", "nasal_at")
        for _ in range(g.num(1, 3)):
            w("ALRT", "nasal", f"  called from: /usr/share/games/flightgear/{g.c(['Nasal/globals.nas', 'Nasal/props.nas', path])}, line {g.num(20, 900)}", "nasal_called_from")

    def misc():
        x = g.r.random()
        if x < 0.3:
            w("WARN", "sound", f"Failed to load sound buffer: /usr/share/games/flightgear/Aircraft/Generic/Sounds/{g.c(['flaps.wav', 'gear-lag.wav', 'squeal.wav'])}",
              "sound_fail")
        elif x < 0.5:
            w("INFO", "io", f"Saving flight plan to /home/pilot/.fgfs/Export/{g.c(['EDDF-EHAM', 'EDDH-EKCH', 'LFPG-EGLL'])}.fgfp", "save_fp")
        elif x < 0.7:
            w("WARN", "general", f"Frame rate dropped below {g.c([15, 20])} fps", "fps_drop")
        elif x < 0.85:
            w("INFO", "view", f"Switched view to: {g.c(['Cockpit View', 'Helicopter View', 'Chase View', 'Tower View', 'Model View'])}", "view_switch")
        else:
            w("INFO", "instrumentation", f"GPS: waypoint {g.c(['DF123', 'SPI', 'RID', 'NOR', 'LNO'])} reached, next leg {g.num(1, 359):03d}°", "gps_wp")

    def reset():
        w("INFO", "general", "Reset requested", "reset_requested")
        init(g.c(["c172p", "Dash8-Q400"]), g.c(["EDDF", "EHAM", "EDDH"]))

    init("c172p", "EDDF")
    fill(L, [(14, tile), (10, mp), (8, ai), (2.5, nasal_err), (6, misc), (0.1, reset)], N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Foreman 3.12 with the Puppet and Remote Execution plugins (RHEL 9, about 250 managed hosts of a university
#   computing centre), /var/log/foreman/production.log at the default level: "2026-12-01T10:00:00 [I|app|4ba5b1f3] message" (level letter, the
#   logger's three letters, the request id); Rails requests (Started, Processing by, Parameters, Rendered, Completed) of the web UI, the API,
#   Puppet reports and facts uploaded by the Smart Proxy, node classification, audits, Dynflow task state changes, a failed proxy call with its backtrace
@checked
def log_foreman(seed):
    L = Log("foreman_production_log", seed, "full", True, True)
    g = L.g
    HOSTS = [f"{p}{k:02d}.rz.uni-example.de" for p in ["web", "hpc-node", "db", "mail", "ldap", "build"] for k in range(1, 9)]
    USERS = [("admin", "Admin User"), ("mkrause", "Martin Krause"), ("foreman_api_admin", "API Admin"), ("sbeck", "Sabine Beck")]

    def w(lv, comp, rid, msg, ev):
        ms_(L, 0, 20)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S} [{lv}|{comp}|{rid}] {msg}", ev, lv, comp)

    def request(method, path, ip, ctrl, fmt, params, renders, code, views=True):
        rid = g.hx(8)
        w("I", "app", rid, f"Started {method} \"{path}\" for {ip} at {L.t:%Y-%m-%d %H:%M:%S} +0000", "started")
        w("I", "app", rid, f"Processing by {ctrl} as {fmt}", "processing")
        if params:
            w("I", "app", rid, f"  Parameters: {params}", "parameters")
        return rid

    def done(rid, code, renders):
        for r in renders:
            w("I", "app", rid, f"  Rendered {r} (Duration: {g.f(0.1, 300, 1)}ms | Allocations: {g.num(50, 90000)})", "rendered")
        ms = g.num(5, 2500)
        txt = {200: "OK", 201: "Created", 302: "Found", 404: "Not Found", 422: "Unprocessable Entity"}[code]
        w("I", "app", rid, f"Completed {code} {txt} in {ms}ms (Views: {g.f(0, ms * 0.6, 1)}ms | ActiveRecord: {g.f(0.5, ms * 0.4, 1)}ms | Allocations: {g.num(500, 900000)})",
          "completed")

    def report():
        h = g.c(HOSTS)
        rid = request("POST", "/api/config_reports", "10.70.0.5", "Api::V2::ConfigReportsController#create", "JSON",
                      f"{{\"config_report\"=>{{\"host\"=>\"{h}\", \"reported_at\"=>\"{L.t:%Y-%m-%d %H:%M:%S} UTC\", \"status\"=>{{\"applied\"=>{g.c([0, 0, 0, 1, 3])}, "
                      f"\"restarted\"=>0, \"failed\"=>{g.c([0, 0, 0, 0, 1])}, \"failed_restarts\"=>0, \"skipped\"=>0, \"pending\"=>0}}, \"metrics\"=>\"[FILTERED]\", "
                      f"\"reporter\"=>\"{h}\", \"logs\"=>[...]}}, \"apiv\"=>\"v2\"}}", [], 201)
        w("I", "app", rid, f"Current user set to foreman_api_admin (admin)", "current_user")
        w("I", "app", rid, f"Scanning report with: Foreman::PuppetReportScanner", "scanning")
        w("I", "app", rid, f"Imported report for {h} in {g.f(5, 80, 1)} ms, status refreshed in {g.f(2, 30, 1)} ms", "imported_report")
        done(rid, 201, ["api/v2/config_reports/create.json.rabl"])

    def facts():
        h = g.c(HOSTS)
        rid = request("POST", "/api/hosts/facts", "10.70.0.5", "Api::V2::HostsController#facts", "JSON",
                      f"{{\"facts\"=>\"[FILTERED]\", \"name\"=>\"{h}\", \"certname\"=>\"{h}\", \"apiv\"=>\"v2\", \"host\"=>{{\"certname\"=>\"{h}\", \"name\"=>\"{h}\"}}}}",
                      [], 201)
        w("I", "app", rid, "Current user set to foreman_api_admin (admin)", "current_user")
        w("I", "app", rid, f"Import facts for '{h}' completed. Added: {g.c([0, 0, 0, 2])}, Updated: {g.num(0, 12)}, Deleted {g.c([0, 0, 1])} facts", "import_facts")
        if g.r.random() < 0.3:
            w("I", "aud", rid, f"Host::Base ({g.num(1, 260)}) update event on last_compile {L.t - dt.timedelta(minutes=30):%Y-%m-%d %H:%M:%S} UTC, "
              f"{L.t:%Y-%m-%d %H:%M:%S} UTC", "audit_update")
        done(rid, 201, ["api/v2/hosts/facts.json.rabl"])

    def enc():
        h = g.c(HOSTS)
        rid = request("GET", f"/node/{h}?format=yml", "10.70.0.5", "HostsController#externalNodes", "YML", f"{{\"name\"=>\"{h}\"}}", [], 200)
        w("I", "app", rid, "Current user set to foreman_api_admin (admin)", "current_user")
        done(rid, 200, ["text template"])

    def ui():
        u, full = g.c(USERS[:2] + USERS[3:])
        ip = g.c(["10.70.12.31", "10.70.12.44", "172.20.4.9"])
        page = g.c([("/hosts", "HostsController#index", "HTML", "{\"search\"=>\"\"}", ["hosts/_list.html.erb", "hosts/index.html.erb within layouts/application",
                                                                                       "layout layouts/application.html.erb"]),
                    ("/hosts/{h}", "HostsController#show", "HTML", "{\"id\"=>\"{h}\"}", ["hosts/show.html.erb within layouts/application",
                                                                                    "layout layouts/application.html.erb"]),
                    ("/config_reports?search=eventful+%3D+true", "ConfigReportsController#index", "HTML", "{\"search\"=>\"eventful = true\"}",
                     ["config_reports/_list.html.erb", "config_reports/index.html.erb within layouts/application", "layout layouts/application.html.erb"]),
                    ("/api/v2/dashboard", "Api::V2::DashboardController#index", "JSON", "{\"apiv\"=>\"v2\"}", ["api/v2/dashboard/index.json.rabl"]),
                    ("/job_invocations/new", "JobInvocationsController#new", "HTML", "", ["job_invocations/new.html.erb within layouts/application",
                                                                                          "layout layouts/application.html.erb"]),
                    ("/notification_recipients", "NotificationRecipientsController#index", "JSON", "", [])])
        h = g.c(HOSTS)
        rid = request("GET", page[0].replace("{h}", h), ip, page[1], page[2], page[3].replace("{h}", h), [], 200)
        w("I", "app", rid, f"Current user set to {u} ({'admin' if u == 'admin' else 'Viewer'})", "current_user")
        done(rid, g.c([200] * 20 + [404]), page[4])

    def rex():
        u = g.uuid()
        plan = g.uuid()
        w("I", "bac", "", f"Task {{label: Actions::RemoteExecution::RunHostsJob, id: {u}, execution_plan_id: {plan}}} state changed: planning ", "task_state")
        w("I", "bac", "", f"Task {{label: Actions::RemoteExecution::RunHostsJob, id: {u}, execution_plan_id: {plan}}} state changed: planned ", "task_state")
        w("I", "bac", "", f"Task {{label: Actions::RemoteExecution::RunHostsJob, id: {u}, execution_plan_id: {plan}}} state changed: running ", "task_state")
        L.tick(20)
        res = g.c(["success", "success", "warning", "error"])
        w("I", "bac", "", f"Task {{label: Actions::RemoteExecution::RunHostsJob, id: {u}, execution_plan_id: {plan}}} state changed: stopped  result: {res}",
          "task_stopped")

    def proxy_fail():
        rid = request("GET", "/environments/import_environments?proxy=1", "10.70.12.31", "EnvironmentsController#import_environments", "HTML",
                      "{\"proxy\"=>\"1\"}", [], 302)
        w("I", "app", rid, "Current user set to admin (admin)", "current_user")
        w("W", "app", rid, "Action failed", "action_failed")
        w("I", "app", rid, "Backtrace for 'Action failed' error (ProxyAPI::ProxyException): ERF12-2530 [ProxyAPI::ProxyException]: Unable to get environments from "
          "Puppet ([RestClient::ServiceUnavailable]: 503 Service Unavailable) for proxy https://puppet.rz.uni-example.de:8443/puppet", "backtrace_head")
        for f in ["/usr/share/foreman/lib/proxy_api/puppet.rb:12:in `rescue in environments'", "/usr/share/foreman/lib/proxy_api/puppet.rb:9:in `environments'",
                  "/usr/share/gems/gems/foreman_puppet-7.0.0/app/services/foreman_puppet/puppet_class_importer.rb:166:in `proxy_environments'",
                  "/usr/share/gems/gems/foreman_puppet-7.0.0/app/controllers/concerns/foreman_puppet/parameters/environment.rb:31:in `import_environments'",
                  "/usr/share/gems/gems/actionpack-6.1.7.8/lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'",
                  "/usr/share/foreman/app/controllers/concerns/application_shared.rb:15:in `set_timezone'"]:
            L.emit(f" {f}", "backtrace_frame", "I", "app")
        w("I", "app", rid, "Redirected to https://foreman.rz.uni-example.de/foreman_puppet/environments", "redirected")
        done(rid, 302, [])

    fill(L, [(14, report), (6, facts), (6, enc), (8, ui), (1.5, rex), (0.2, proxy_fail)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Gitolite 3.6.13 (Debian 12, the git user's ~/.gitolite, some 60 repositories of a research institute's
#   groups, wild repos under users/, smart HTTP through Apache beside SSH), ~/.gitolite/logs/gitolite-2026-12.log: tab-separated fields, the time
#   "2026-12-01.10:00:00" first and the pid second: the ssh or http line of each access, the pre_git access check, updates with the old and new
#   commit, END, denied accesses ("die" with Gitolite's <<newline>>), info and perms commands, compiles after a push to gitolite-admin
@checked
def log_gitolite(seed):
    L = Log("gitolite_log", seed, "full", False, False)
    g = L.g
    REPOS = ["ag-meyer/simulation", "ag-meyer/paper-2026", "ag-schulz/pipeline", "ag-schulz/data-tools", "infra/ansible", "infra/dns-zones", "web/institut-site",
             "teaching/python-kurs", "teaching/ml-praktikum", "users/jwolf/scratch", "users/tkraus/thesis", "ag-meyer/fortran-legacy", "infra/secrets"]
    USERS = ["jwolf", "tkraus", "ameyer", "lschulz", "ci-runner", "mhoffmann", "admin", "pweber", "sbraun"]
    IPS = {u: f"10.41.{g.num(0, 15)}.{g.num(2, 250)}" for u in USERS}
    st = {"pid": g.num(100000, 200000)}

    def w(fields, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d.%H:%M:%S}\t{st['pid']}\t" + "\t".join(fields), ev)

    def access():
        st["pid"] += g.num(1, 400)
        u = g.c(USERS)
        r = g.c(REPOS[:-1]) if u != "ci-runner" else g.c(REPOS[:5])
        write = g.r.random() < 0.25 and u != "ci-runner"
        via = "http" if g.r.random() < 0.2 else "ssh"
        soc = f"git-{'receive' if write else 'upload'}-pack '{r}.git'" if via == "ssh" else f"git-{'receive' if write else 'upload'}-pack '{r}'"
        w([via, f"ARGV={u}", f"SOC={soc}", f"FROM={IPS[u]}"], via)
        if r == "infra/dns-zones" and u not in ("admin", "mhoffmann") and write:
            w(["", "die", f"W any {r} {u} DENIED by fallthru<<newline>>(or you mis-spelled the reponame)"], "die_denied")
            return
        w(["pre_git", r, u, "W" if write else "R", "any", "refs/.*"], "pre_git")
        if write:
            for _ in range(g.c([1, 1, 1, 2])):
                ref = g.c(["refs/heads/main", "refs/heads/main", f"refs/heads/{g.c(['dev', 'fix-io', 'feature/gpu', 'review-2'])}", f"refs/tags/v{g.num(0, 3)}.{g.num(0, 9)}"])
                perm = "+" if g.r.random() < 0.05 else "W"
                w(["update", f"/srv/gitolite/repositories/{r}.git", u, perm, ref, g.hx(40), g.hx(40), "refs/.*"], "update")
        w(["END"], "end")

    def info():
        st["pid"] += g.num(1, 400)
        u = g.c(USERS)
        cmd = g.c(["info", "info", "perms -l users/" + u + "/scratch", "writable @all on", "desc users/" + u + "/scratch"])
        if cmd.startswith("writable"):
            u = "admin"
        w(["ssh", f"ARGV={u}", f"SOC={cmd}", f"FROM={IPS[u]}"], "ssh")
        if cmd.startswith("perms") or cmd.startswith("desc"):
            w(["", "cli", "gitolite", *cmd.split(" ", 1)], "cli_cmd")
        w(["END"], "end")

    def admin_push():
        st["pid"] += g.num(1, 400)
        u = "admin"
        w(["ssh", f"ARGV={u}", "SOC=git-receive-pack 'gitolite-admin'", f"FROM={IPS[u]}"], "ssh")
        w(["pre_git", "gitolite-admin", u, "W", "any", "refs/.*"], "pre_git")
        w(["update", "/srv/gitolite/repositories/gitolite-admin.git", u, "W", "refs/heads/master", g.hx(40), g.hx(40), "refs/.*"], "update")
        p = st["pid"] + g.num(1, 9)
        L.emit(f"{L.t:%Y-%m-%d.%H:%M:%S}\t{p}\t\tcli\tgitolite\tcompile", "cli_cmd")
        L.emit(f"{L.t:%Y-%m-%d.%H:%M:%S}\t{p + 1}\t\tcli\tgitolite\ttrigger\tPOST_COMPILE", "cli_cmd")
        L.emit(f"{L.t:%Y-%m-%d.%H:%M:%S}\t{p + 2}\t\tsystem,ssh-keygen,-lf,/tmp/{g.alnum(10)}", "system")
        w(["END"], "end")

    def create():
        st["pid"] += g.num(1, 400)
        u = g.c(USERS[:4])
        r = f"users/{u}/{g.c(['test', 'notes', 'scratch2', 'hackathon'])}"
        w(["ssh", f"ARGV={u}", f"SOC=git-receive-pack '{r}.git'", f"FROM={IPS[u]}"], "ssh")
        w(["create", r, u, "perms-c"], "create")
        w(["pre_git", r, u, "W", "any", "refs/.*"], "pre_git")
        w(["update", f"/srv/gitolite/repositories/{r}.git", u, "W", "refs/heads/main", "0" * 40, g.hx(40), "refs/.*"], "update")
        w(["END"], "end")

    def denied_read():
        st["pid"] += g.num(1, 400)
        u = g.c(USERS)
        w(["ssh", f"ARGV={u}", "SOC=git-upload-pack 'infra/secrets.git'", f"FROM={IPS[u]}"], "ssh")
        w(["", "die", f"R any infra/secrets {u} DENIED by fallthru<<newline>>(or you mis-spelled the reponame)"], "die_denied")

    fill(L, [(40, access), (5, info), (0.7, admin_push), (0.8, create), (1.5, denied_read)], N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 13 --------------------------------------------------------------- GnuCash 5.9 (Flatpak, a self-employed translator's books in SQLite, Finance::Quote for a few funds,
#   OFX and CSV imports from two banks) on a Linux desktop, the trace file /tmp/gnucash.trace of a long working session: "* HH:MM:SS  LEVEL <domain>
#   message" (the time of day only, the level right-aligned to five characters, the GLib log domain in angle brackets, often the function in square
#   brackets): start-up, the backend, GTK and GLib warnings, price quotes, the import matcher, the scheduled transactions, autosaves, scrubbing
@checked
def log_gnucash(seed):
    L = Log("gnucash_trace", seed, "tod", True, True)
    g = L.g
    ACCTS = ["Aktiva:Girokonto Sparkasse", "Aktiva:Tagesgeld DKB", "Aufwand:Buero:Software", "Aufwand:Reisekosten", "Ertrag:Uebersetzungen", "Aufwand:Telefon",
             "Passiva:Umsatzsteuer 19%", "Aufwand:Fachliteratur", "Aktiva:Depot:VWRL"]

    def w(lv, dom, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"* {L.t:%H:%M:%S} {lv:>5} <{dom}> {msg}", ev, lv, dom)

    for lv, dom, msg, ev in [("INFO", "gnc.bin", "main: binreloc relocation support was disabled at configure time.", "binreloc"),
                             ("MESSG", "gnc.bin", "GnuCash 5.9 development version", "version"),
                             ("WARN", "gnc.app-utils.gsettings", "[gnc_gsettings_get_settings_obj()] Schema 'org.gnucash.GnuCash.dialogs.import.generic.match-picker' "
                              "does not exist", "schema_missing"),
                             ("INFO", "gnc.backend.dbi", "[gnc_dbi_session_begin()] Connect to sqlite3:///home/ulla/Finanzen/buecher-2026.gnucash", "dbi_connect"),
                             ("INFO", "gnc.backend.dbi", "[GncDbiSqlConnection::table_operation()] backing up tables", "dbi_backup"),
                             ("INFO", "gnc.engine", "[qof_session_load()] Session load took 1412 ms", "session_load"),
                             ("WARN", "Gtk", "Theme parsing error: gtk.css:73:46: The style property GtkButton:child-displacement-x is deprecated and shouldn't be used "
                              "anymore. It will be removed in a future version", "theme_parse"),
                             ("INFO", "gnc.price-quotes", "[GncQuotesImpl::GncQuotesImpl()] Finance::Quote version 1.59 found", "fq_version")]:
        w(lv, dom, msg, ev)

    def gtk():
        x = g.r.random()
        if x < 0.35:
            w("WARN", "Gtk", "gtk_widget_get_scale_factor: assertion 'GTK_IS_WIDGET (widget)' failed", "gtk_assert")
        elif x < 0.6:
            w("CRIT", "GLib-GObject", "g_object_unref: assertion 'G_IS_OBJECT (object)' failed", "gobject_assert")
        elif x < 0.8:
            w("WARN", "Gtk", f"Allocating size to GtkWindow {g.hx(12)} without calling gtk_widget_get_preferred_width/height(). How does the code know the size "
              "to allocate?", "gtk_alloc")
        else:
            w("CRIT", "gnc.engine", "xaccTransGetImbalanceValue: assertion 'trans' failed", "imbalance_assert")

    def quotes():
        w("INFO", "gnc.price-quotes", f"[GncQuotesImpl::fetch()] Fetching quotes for {g.num(3, 5)} commodities", "fq_fetching")
        for sym in g.r.sample(["VWRL", "A1JX52", "LU0392494562", "EUNL", "DE000A0F5UF5"], 3):
            if g.r.random() < 0.2:
                w("WARN", "gnc.price-quotes", f"[GncQuotesImpl::report()] Failed quote retrieval for {sym}: {g.c(['Invalid symbol', 'Source failed', 'timed out'])}",
                  "fq_failed")
            else:
                w("INFO", "gnc.price-quotes", f"[GncQuotesImpl::create_quotes()] Quote for {sym}: {g.f(20, 140, 2)} EUR on {L.t:%Y-%m-%d}", "fq_quote")

    def imp():
        n = g.num(5, 40)
        w("INFO", "gnc.import", f"[gnc_file_ofx_import()] Importing {n} transactions from {g.c(['Umsaetze_Sparkasse_', 'DKB_'])}{L.t:%Y%m%d}.{g.c(['ofx', 'csv'])}",
          "import_start")
        for _ in range(g.num(2, 8)):
            desc = g.c(["LASTSCHRIFT Telekom Deutschland", "GUTSCHRIFT Agentur Lingua GmbH RE 2026-", "KARTENZAHLUNG Deutsche Bahn", "DAUERAUFTRAG Miete Buero",
                        "LASTSCHRIFT Adobe Systems", "GUTSCHRIFT Uebersetzungsbuero Mueller", "ENTGELT Kontofuehrung"])
            x = g.r.random()
            if x < 0.5:
                w("DEBUG", "gnc.import.main-matcher", f"[split_find_match()] Found match for '{desc}' with score {g.num(3, 9)} in account '{g.c(ACCTS)}'", "matcher_match")
            elif x < 0.8:
                w("INFO", "gnc.import.main-matcher", f"[gnc_gen_trans_list_add_trans_internal()] No match for '{desc}', action set to IMPORT", "matcher_nomatch")
            else:
                w("WARN", "gnc.import", f"[gnc_import_process_trans_item()] Transaction '{desc}' has no destination account", "no_dest")
        w("INFO", "gnc.import", f"[gnc_gen_trans_list_run()] Imported {n} transactions, {g.num(0, 5)} duplicates skipped", "import_done")

    def save():
        w("INFO", "gnc.gui", "[autosave_timeout_cb()] autosave_timeout_cb", "autosave_cb")
        w("INFO", "gnc.backend.dbi", f"[GncDbiBackend::sync()] Sync took {g.num(4, 400)} ms", "dbi_sync")

    def sx():
        w("INFO", "gnc.app-utils.sx", f"[gnc_sx_instance_model_update()] {g.num(0, 3)} scheduled transactions to create since {L.t - dt.timedelta(days=1):%Y-%m-%d}",
          "sx_update")

    def scrub():
        a = g.c(ACCTS)
        w("INFO", "gnc.engine.scrub", f"[xaccAccountScrubImbalance()] Looking for imbalances in account {a}", "scrub_imbalance")
        w("INFO", "gnc.engine.scrub", f"[xaccAccountScrubOrphans()] Looking for orphans in account {a}", "scrub_orphans")
        if g.r.random() < 0.2:
            w("WARN", "gnc.engine", f"[xaccAccountScrubKvp()] Account {a} has an unknown kvp slot: 'old-currency'", "scrub_kvp")

    def report():
        r = g.c(["Profit & Loss", "Balance Sheet", "Income Statement", "Tax Report & TXF Export", "Transaction Report"])
        w("INFO", "gnc.report.core", f"[gnc_run_report_with_error_handling()] Running report '{r}'", "report_run")
        if g.r.random() < 0.15:
            w("ERROR", "gnc.report.core", f"[gnc_run_report_with_error_handling()] Report '{r}' failed: In procedure car: Wrong type argument in position 1 "
              "(expecting pair): ()", "report_failed")

    fill(L, [(10, gtk), (3, quotes), (4, imp), (5, save), (2, sx), (5, scrub), (3, report)], N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 14 --------------------------------------------------------------- Hercules 4.7 (SDL Hyperion, built from source on Debian 12) running the TK4- MVS 3.8j system of a retro-
#   computing club, its hardcopy log (-o log/hercules.log): "HH:MM:SS HHCnnnnnX message" (the time of day, the message id ending in its severity
#   letter I, W, E or S), and MVS's console messages echoed with a slash and MVS's own time ("/10.00.00 JOB  123  $HASP373 ..."): start-up, DASD and
#   device attaching, 3270 terminals connecting and leaving, jobs of the club members starting and ending, printer output, TSO logons, program checks
#   with their PSW and register dump
@checked
def log_hercules(seed):
    L = Log("hercules_hyperion_log", seed, "tod", True, False)
    g = L.g
    st = {"job": g.num(100, 400)}
    USERS = ["HERC01", "HERC02", "HERC03", "IBMUSER", "KLAUS", "RETRO1", "PETRA"]
    TERMS = [f"{0xC0 + k:04X}" for k in range(8)]

    def hh(mid, msg, ev):
        ms_(L, 0, 300)
        lv = {"I": "I|info", "W": "W|warn", "E": "E|error", "S": "S|crit"}[mid[-1]]
        L.emit(f"{L.t:%H:%M:%S} {mid} {msg}", ev, lv)

    def mvs(kind, num, msg, ev):
        ms_(L, 0, 300)
        pre = f"{kind:<4} {num:>4}  " if kind else " " * 11
        L.emit(f"{L.t:%H:%M:%S} /{L.t:%H.%M.%S} {pre}{msg}", ev)

    def ipl():
        for mid, msg, ev in [("HHC01413I", "Hercules version 4.7.0.11220-SDL-g5b6f1c8a", "version"),
                             ("HHC01414I", "(C) Copyright 1999-2024 by Roger Bowler, Jan Jaeger, and others", "copyright"),
                             ("HHC01417I", "** The SDL 4.x Hyperion version of Hercules **", "sdl_banner"), ("HHC01415I", "Build date: Nov 18 2024 at 21:40:11", "build_date"),
                             ("HHC01417I", "Built with: GCC 12.2.0", "built_with"), ("HHC01417I", "Build type: GNU/Linux x86_64 host architecture build", "build_type"),
                             ("HHC01417I", "Modes: S/370 ESA/390 z/Arch", "modes"), ("HHC01417I", "Max CPU Engines: 64", "max_cpu"),
                             ("HHC01417I", "Using   shared libraries", "using_shared"), ("HHC01417I", "Using   POSIX threads Threading Model", "using_threads"),
                             ("HHC00100I", f"Thread id {g.hx(16)}, tid {g.num(3000, 9000)}, name impl_thread started", "thread_started"),
                             ("HHC00100I", f"Thread id {g.hx(16)}, tid {g.num(3000, 9000)}, name logger_thread started", "thread_started"),
                             ("HHC02260I", "Script 1: begin processing file conf/tk4-.cnf", "script_begin"),
                             ("HHC00811I", "Processor CP00: architecture mode S/370", "arch_mode"),
                             ("HHC00811I", "Processor CP01: architecture mode S/370", "arch_mode")]:
            hh(mid, msg, ev)
        for dev, f in [("0148", "tk4res.148"), ("0149", "mvsdlb.149"), ("014A", "work01.14a"), ("0190", "mvscat.190"), ("0240", "pub000.240"), ("0248", "pub001.248")]:
            hh("HHC00414I", f"0:{dev} CKD file dasd/{f}: cyls 560 heads 30 tracks 16800 trklen 19456", "ckd_file")
        hh("HHC01042I", "0:00C0 COMM: device attached to port 3270, model 3278-2", "comm_attached")
        hh("HHC02264I", "Script 1: file conf/tk4-.cnf processing ended", "script_end")
        hh("HHC01603I", "ipl 148", "cmd_echo")
        hh("HHC00811I", "Processor CP00: architecture mode S/370", "arch_mode")
        mvs("", 0, "IEA101A SPECIFY SYSTEM PARAMETERS FOR RELEASE 03.8 .VS2", "iea101a")
        mvs("", 0, "$HASP426 SPECIFY OPTIONS - HASP-II, VERSION JES2 4.1", "hasp426")
        mvs("", 0, "$HASP160 PRINTER1 INACTIVE - CLASS=A", "hasp160")
        mvs("", 0, "$HASP099 ALL AVAILABLE FUNCTIONS COMPLETE", "hasp099")

    def job():
        st["job"] += 1
        j = st["job"]
        u = g.c(USERS)
        name = u + g.c("ABCDEFG")
        mvs("JOB", j, f"$HASP373 {name:<8} STARTED - INIT  {g.num(1, 6)} - CLASS {g.c('AAB')} - SYS TK4-", "hasp373")
        mvs("JOB", j, f"IEF403I {name} - STARTED - TIME={L.t:%H.%M.%S}", "ief403i")
        L.tick(20)
        if g.r.random() < 0.1:
            mvs("JOB", j, f"IEC030I B37-04,IFG0554A,{name},{g.c(['COMPILE', 'LKED', 'GO'])},SYSUT1,14A,WORK01", "iec030i")
            mvs("JOB", j, f"IEF450I {name} {g.c(['COMPILE', 'LKED', 'GO'])} - ABEND S{g.c(['B37', '0C7', '0C4', '806'])} U0000 - TIME={L.t:%H.%M.%S}", "ief450i")
        mvs("JOB", j, f"IEF404I {name} - ENDED - TIME={L.t:%H.%M.%S}", "ief404i")
        mvs("JOB", j, f"$HASP395 {name:<8} ENDED", "hasp395")
        mvs("", 0, f"$HASP150 {name:<8} ON PRINTER1        {g.num(40, 4000):>5} LINES", "hasp150")
        mvs("", 0, "$HASP160 PRINTER1 INACTIVE - CLASS=A", "hasp160")

    def tso():
        st["job"] += 1
        j = st["job"]
        u = g.c(USERS)
        term = g.c(TERMS)
        ip = g.c(["192.168.40.12", "192.168.40.31", "10.8.0.6", "10.8.0.14"])
        hh("HHC01018I", f"0:{term} COMM: client {ip} devtype 3278: connected", "comm_connected")
        mvs("TSU", j, f"$HASP373 {u:<8} STARTED", "hasp373_tsu")
        L.tick(600)
        mvs("TSU", j, f"$HASP395 {u:<8} ENDED", "hasp395")
        hh("HHC01022I", f"0:{term} COMM: client {ip} devtype 3278: disconnected", "comm_disconnected")

    def pgm():
        cpu = g.c(["CP00", "CP01"])
        kind, code, ilc = g.c([("Operation", "0001", 2), ("Protection", "0004", 4), ("Addressing", "0005", 4), ("Data", "0007", 6), ("Segment-translation", "0010", 4)])
        hh("HHC00801I", f"Processor {cpu}: {kind} exception code {code} ilc {ilc}", "pgm_check")
        ins = g.c(["ST    1,28(0,12)", "L     15,16(0,1)", "MVC   0(8,2),0(3)", "ZAP   8(5,13),0(3,2)"])
        hh("HHC02324I", f"Processor {cpu}: PSW=070C{g.HX(4)} 00{g.HX(6)} INST={g.HX(8 if ilc == 4 else 4 if ilc == 2 else 12)}     {ins}", "psw_inst")
        for r in range(0, 16, 4):
            hh("HHC02269I", f"Processor {cpu}: " + " ".join(f"R{k:X}={g.HX(8)}" for k in range(r, r + 4)), "regs")

    def warn():
        x = g.r.random()
        if x < 0.4:
            hh("HHC00005W", f"Free space in log file is low: {g.num(1, 9)}%", "log_low")
        elif x < 0.7:
            hh("HHC01041E", f"0:{g.c(TERMS)} COMM: error in function recv(): Connection reset by peer", "comm_recv_error")
        else:
            hh("HHC00133W", "Setting thread priority is not supported; use shared priority", "thread_prio")

    def cmd():
        c = g.c(["devlist 0148", "qd 0148", "maxrates", "msg herc01 backup beginnt um 22 uhr", "script scripts/mount_tapes.rc"])
        hh("HHC01603I", c, "cmd_echo")
        if c == "maxrates":
            hh("HHC02272I", f"Highest observed MIPS and IO/s rates:", "maxrates_head")
            hh("HHC02273I", f"  From {L.t - dt.timedelta(hours=1):%a %b %d %H:%M:%S %Y} to {L.t:%a %b %d %H:%M:%S %Y}", "maxrates_from")
            hh("HHC02274I", f"  MIPS: {g.f(20, 400, 2)}", "maxrates_mips")
            hh("HHC02275I", f"  IO/s: {g.num(100, 9000)}", "maxrates_ios")

    ipl()
    fill(L, [(12, job), (5, tso), (1.2, pgm), (1.5, warn), (2, cmd)], N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Dell iDRAC9 7.00 (a PowerEdge R750 file server of an architecture office, a monitoring tool polling it over
#   Redfish, a firmware update, a failed power supply, a fan and a disk warning) `racadm lclog view` saved to a file: the Lifecycle Log records
#   newest first, each a block of "Key = value" lines (SeqNumber, Message ID, Category, AgentID, Severity, Timestamp, Message, the numbered Message
#   Arg lines, FQDD) closed by a dashed rule
@checked
def log_idrac(seed):
    L = Log("idrac9_racadm_lclog", seed, "full", False, False)
    g = L.g
    recs = []
    st = {"seq": g.num(20000, 30000)}
    MONIP = "10.60.0.21"

    def rec(mid, cat, agent, sev, msg, args, fqdd, ev):
        st["seq"] += 1
        recs.append((L.t, st["seq"], mid, cat, agent, sev, msg, args, fqdd, ev))

    def session():
        u, ip, via = g.c([("monitor", MONIP, "REDFISH"), ("monitor", MONIP, "REDFISH"), ("monitor", MONIP, "REDFISH"), ("root", "10.60.4.18", "GUI"),
                          ("root", "10.60.4.18", "SSH"), ("ops", "10.60.4.33", "GUI")])
        if g.r.random() < 0.06:
            rec("USR0031", "Audit", "RACLOG", "Warning", f"Unable to log in for {u} from {ip} using {via}.", [u, ip, via], "iDRAC.Embedded.1", "usr0031")
            return
        rec("USR0030", "Audit", "RACLOG", "Information", f"Successfully logged in using {u}, from {ip} and {via}.", [u, ip, via], "iDRAC.Embedded.1", "usr0030")
        L.tick(60)
        rec("USR0032", "Audit", "RACLOG", "Information", f"The session for {u} from {ip} using {via} is logged off.", [u, ip, via], "iDRAC.Embedded.1", "usr0032")

    def config():
        grp = g.c(["iDRAC.NTPConfigGroup", "iDRAC.Users.3", "iDRAC.IPv4", "BIOS.SysProfileSettings", "iDRAC.SNMP.Alert.1"])
        rec("RAC1195", "Audit", "RACLOG", "Information", f"User root via IP 10.60.4.18 requested state / configuration change to {grp} using RACADM.",
            ["root", "10.60.4.18", grp, "RACADM"], "iDRAC.Embedded.1", "rac1195")

    def hw():
        x = g.r.random()
        if x < 0.3:
            n = g.c([1, 2])
            rec("PSU0003", "System Health", "iDRAC", "Critical", f"The power input for power supply {n} is lost.", [str(n)], f"PSU.Slot.{n}", "psu0003")
            L.tick(900)
            rec("PSU0022", "System Health", "iDRAC", "Information", f"The power input for power supply {n} has been restored.", [str(n)], f"PSU.Slot.{n}", "psu0022")
        elif x < 0.55:
            n = g.num(1, 6)
            rec("FAN0001", "System Health", "iDRAC", "Warning", f"Fan {n} RPM is less than the lower warning threshold.", [str(n)], f"Fan.Embedded.{n}", "fan0001")
            L.tick(300)
            rec("FAN0000", "System Health", "iDRAC", "Information", f"Fan {n} RPM is within range.", [str(n)], f"Fan.Embedded.{n}", "fan0000")
        elif x < 0.75:
            rec("TMP0120", "System Health", "iDRAC", "Warning", "The system inlet temperature is greater than the upper warning threshold.", ["System Board Inlet"],
                "iDRAC.Embedded.1", "tmp0120")
            L.tick(900)
            rec("TMP0121", "System Health", "iDRAC", "Information", "The system inlet temperature is within range.", ["System Board Inlet"], "iDRAC.Embedded.1", "tmp0121")
        elif x < 0.9:
            d = g.num(0, 11)
            rec("PDR54", "Storage", "iDRAC", "Warning", f"A disk media error on Disk {d} in Backplane 1 of Integrated RAID Controller 1 was corrected during recovery.",
                [f"Disk {d} in Backplane 1 of Integrated RAID Controller 1"], f"Disk.Bay.{d}:Enclosure.Internal.0-1:RAID.Integrated.1-1", "pdr54")
        else:
            rec("NIC100", "System Health", "iDRAC", "Warning", "The NIC.Integrated.1-2-1 network link is down.", ["NIC.Integrated.1-2-1"], "NIC.Integrated.1-2-1", "nic100")
            L.tick(120)
            rec("NIC101", "System Health", "iDRAC", "Information", "The NIC.Integrated.1-2-1 network link is started.", ["NIC.Integrated.1-2-1"], "NIC.Integrated.1-2-1",
                "nic101")

    def update():
        jid = f"JID_{g.num(100000000000, 999999999999)}"
        comp, ver = g.c([("BIOS", "1.15.2"), ("iDRAC", "7.00.60.00"), ("Integrated RAID Controller 1", "52.26.0-5179"), ("Broadcom Adv. Dual 25Gb Ethernet", "22.91.5")])
        rec("SUP0516", "Updates", "LC", "Information", f"Updating firmware for {comp} to version {ver}.", [comp, ver], "iDRAC.Embedded.1", "sup0516")
        L.tick(200)
        rec("SUP0518", "Updates", "LC", "Information", f"Successfully updated the {comp} firmware to version {ver}.", [comp, ver], "iDRAC.Embedded.1", "sup0518")
        rec("JCP037", "Configuration", "LC", "Information", f"The (installation or configuration) job {jid} is successfully completed.", [jid], "iDRAC.Embedded.1",
            "jcp037")

    def repeat():
        rec("LOG007", "Audit", "RACLOG", "Information", f"The previous log entry was repeated {g.num(2, 60)} times.", [], "iDRAC.Embedded.1", "log007")

    n = 0
    while n < N_LINES + 20:
        L.tick(600)
        before = len(recs)
        L.r.choices([session, config, hw, update, repeat], [60, 4, 3, 0.6, 4])[0]()
        for r in recs[before:]:
            n += 10 + len(r[7])
    recs.sort(key=lambda r: r[1], reverse=True)
    for t, seq, mid, cat, agent, sev, msg, args, fqdd, ev in recs:
        lines = [(f"SeqNumber       = {seq}", "k_seq"), (f"Message ID      = {mid}", "k_msgid"), (f"Category        = {cat}", "k_category"),
                 (f"AgentID         = {agent}", "k_agent"), (f"Severity        = {sev}", "k_severity"), (f"Timestamp       = {t:%Y-%m-%d %H:%M:%S}", "k_timestamp"),
                 (f"Message         = {msg}", f"msg_{ev}")]
        lines += [(f"Message Arg   {k + 1} = {a}", "k_arg") for k, a in enumerate(args)]
        lines += [(f"FQDD            = {fqdd}", "k_fqdd"), ("-" * 80, "rule"), ("", "empty")]
        for text, e in lines:
            L.emit(text, e, t=t)
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- InspIRCd 3.17 (the hub of a small regional IRC network with two leaves, built from source on Debian 12),
#   logs/ircd.log with <log method="file" type="* -USERINPUT -USEROUTPUT" level="default">: "01 Dec 2026 10:00:00 TYPE: message" (the time in
#   InspIRCd's TimeString format, the log type or server notice mask name before the colon): local and remote client connects and exits, nick
#   changes, channel creations, opers, G-lines and their expiry, DNSBL hits, kills, links and netbursts, rehashes
@checked
def log_inspircd(seed):
    L = Log("inspircd_log", seed, "full", False, True)
    g = L.g
    NICKS = ["kai", "mona_", "Sternchen", "dj_oli", "hannes", "LaraCroft", "nico|away", "Tobi", "pixelfee", "Gast8812", "bernd_", "schorsch", "Aylin", "fynn", "Xela"]
    CHANS = ["#ruhrpott", "#linux-de", "#smalltalk", "#retro", "#help", "#gaming", "#music", "#ops"]
    LEAVES = ["leaf1.ruhrirc.example", "leaf2.ruhrirc.example"]
    on = {}

    def w(typ, msg, ev):
        ms_(L, 0, 800)
        L.emit(f"{L.t:%d %b %Y %H:%M:%S} {typ}: {msg}", ev, None, typ)

    def mask(n):
        return f"{n}!~{n.strip('_|').split('|')[0].lower()[:9]}@{g.c(['ruhr-', 'dsl-', 'mobil-'])}{g.HX(8)}.dip.example.net"

    def connect():
        n = g.c(NICKS)
        if n in on:
            return quit_()
        ip = g.ip("pub")
        on[n] = (mask(n), ip)
        if g.r.random() < 0.65:
            w("CONNECT", f"Client connecting on port {g.c([6697, 6697, 6667])} (class main): {on[n][0]} ({ip}) [{g.c(['realname', n, 'Kai Bremer', 'https://kiwiirc.com/', 'weechat'])}]",
              "connect")
        else:
            w("REMOTECONNECT", f"Client connecting at {g.c(LEAVES)}: {on[n][0]} ({ip}) [{g.c(['...', n, 'Mona', 'Textual IRC Client: www.textualapp.com'])}]",
              "remote_connect")
        if g.r.random() < 0.2:
            w("CHANCREATE", f"Channel {g.c(CHANS)} created by {on[n][0]}", "chancreate")

    def quit_():
        if not on:
            return connect()
        n = g.c(sorted(on))
        m, ip = on.pop(n)
        reason = g.c(["Quit: Leaving", "Ping timeout: 240 seconds", "Quit: WeeChat 4.4.3", "Read error: Connection reset by peer", "Quit: gn8",
                      "Client exited", "Excess flood", "Quit: Konversation terminated!"])
        if g.r.random() < 0.65:
            w("QUIT", f"Client exiting: {m} ({ip}) [{reason}]", "quit")
        else:
            w("REMOTEQUIT", f"Client exiting on server {g.c(LEAVES)}: {m} ({ip}) [{reason}]", "remote_quit")

    def nick():
        if not on:
            return connect()
        n = g.c(sorted(on))
        new = n.rstrip("_") + g.c(["_", "|afk", "|work", "2"])
        if new in on:
            return
        on[new] = on.pop(n)
        w("NICK", f"User {n} changed their nickname to {new}", "nick")

    def oper():
        w("OPER", f"schorsch (~schorsch@staff.ruhrirc.example) [{g.ip('pub')}] is now a server operator of type NetAdmin (using oper schorsch)", "oper")

    def gline():
        ip = g.ip("pub")
        reason = g.c(["Spam is not welcome here", "Drone/proxy detected", "Ban evasion", "Botnet"])
        dur, dtxt = g.c([(86400, "1 day"), (604800, "1 week"), (3600, "1 hour")])
        w("XLINE", f"schorsch added timed G-line for *@{ip}, expires in {dtxt} (on {L.t + dt.timedelta(seconds=dur):%d %b %Y %H:%M:%S}): {reason}", "gline_added")
        if g.r.random() < 0.5:
            w("XLINE", f"Removing expired G-line *@{g.ip('pub')} (set by schorsch {g.c(['1 day', '1 week', '1 hour'])} ago): {g.c(['Spam is not welcome here', 'Botnet'])}",
              "gline_expired")

    def dnsbl():
        n = f"Gast{g.num(1000, 9999)}"
        ip = g.ip("pub")
        w("DNSBL", f"Connecting user {n}!~{n.lower()}@{ip} ({ip}) detected as being on the '{g.c(['dronebl.org', 'efnetrbl.org', 'torexit.dan.me.uk'])}' DNSBL "
          f"with result {g.c([3, 6, 17, 100])}", "dnsbl_hit")
        w("XLINE", f"DNSBL added timed Z-line on {ip}, expires in 1 day (on {L.t + dt.timedelta(days=1):%d %b %Y %H:%M:%S}): Your IP has been listed on a DNS blacklist",
          "zline_added")

    def kill():
        if not on:
            return connect()
        n = g.c(sorted(on))
        m, ip = on.pop(n)
        w("KILL", f"Local kill by schorsch: {m} ({g.c(['Flooding', 'Stop spamming #help', 'Clones are not allowed'])})", "kill")

    def link():
        leaf = g.c(LEAVES)
        x = g.r.random()
        if x < 0.5:
            w("LINK", f"Server {leaf} split: Ping timeout", "split")
            w("LINK", f"Connecting to {leaf} ({g.ip('pub')}:7001)", "connecting")
            w("LINK", f"Connection to {leaf}[{g.ip('pub')}] started.", "conn_started")
            w("LINK", f"Bursting to {leaf} (Authentication: SSL client certificate fingerprint).", "bursting")
            w("LINK", f"Received end of netburst from {leaf} (burst time: {g.num(8, 900)} msecs)", "netburst_end")
        else:
            w("ANNOUNCEMENT", f"schorsch is rehashing config file inspircd.conf on hub.ruhrirc.example", "rehash")
            w("ANNOUNCEMENT", f"Rehashing SSL/TLS profiles", "rehash_tls")

    fill(L, [(25, connect), (23, quit_), (8, nick), (0.5, oper), (2, gline), (1.5, dnsbl), (0.8, kill), (0.6, link)], N_LINES, 50)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- Jeedom 4.4 (a Debian 11 mini PC of a family house in Alsace, Zigbee2MQTT and a Shelly pool over the
#   jMQTT plugin, Mosquitto local), the plugin's log /var/www/html/log/jMQTT at the debug level: "[2026-12-01 10:00:00][LEVEL] : message" in
#   French: payloads received on topics, commands updated, orders sent, the daemon's heartbeats, connections and disconnections of the broker,
#   auto-discovered equipment, the dependency check, warnings and errors
@checked
def log_jeedom(seed):
    L = Log("jeedom_jmqtt_log", seed, "full", True, False)
    g = L.g
    EQ = [("zigbee2mqtt/salon_temperature", "Salon Température", ["temperature", "humidity", "battery", "linkquality"]),
          ("zigbee2mqtt/cuisine_prise", "Prise Cuisine", ["state", "power", "energy", "linkquality"]),
          ("zigbee2mqtt/entree_mouvement", "Détecteur Entrée", ["occupancy", "illuminance", "battery"]),
          ("zigbee2mqtt/chambre_volet", "Volet Chambre", ["position", "state"]),
          ("shellies/shellyplus1pm-piscine/status/switch:0", "Pompe Piscine", ["output", "apower", "voltage", "temperature"]),
          ("shellies/shellyht-garage/status/temperature:0", "Garage T/H", ["tC", "tF"]),
          ("zigbee2mqtt/bridge/state", "Zigbee2MQTT Bridge", ["state"])]
    BROKER = "Mosquitto local"

    def w(lv, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}][{lv}] : {msg}", ev, lv)

    def payload():
        topic, name, keys = g.c(EQ[:-1])
        vals = {}
        for k in keys:
            vals[k] = {"temperature": round(g.r.uniform(15, 24), 1), "humidity": g.num(35, 70), "battery": g.num(40, 100), "linkquality": g.num(20, 255),
                       "state": g.c(["ON", "OFF"]), "power": g.num(0, 2200), "energy": round(g.r.uniform(10, 900), 2), "occupancy": g.c([True, False]),
                       "illuminance": g.num(0, 900), "position": g.num(0, 100), "output": g.c([True, False]), "apower": round(g.r.uniform(0, 1400), 1),
                       "voltage": round(g.r.uniform(225, 239), 1), "tC": round(g.r.uniform(2, 18), 1), "tF": round(g.r.uniform(35, 64), 1)}[k]
        w("DEBUG", f"Payload '{json.dumps(vals, separators=(',', ':'))}' pour le Topic '{topic}'", "payload")
        for k, v in vals.items():
            if g.r.random() < 0.6:
                w("DEBUG", f"# Commande info '{name}|{k}' mise à jour : '{json.dumps(v) if not isinstance(v, str) else v}'", "cmd_updated")
        if g.r.random() < 0.1:
            w("INFO", f"-> {name}|{g.c(keys)} : valeur inchangée, pas de répétition", "unchanged")

    def order():
        topic, name, keys = g.c(EQ[1:5])
        val = g.c(["ON", "OFF", "TOGGLE", str(g.num(0, 100))])
        w("INFO", f"Envoi de l'ordre '{val}' sur le Topic '{topic}/set' (qos={g.c([0, 1])}, retain=false)", "order_sent")
        w("DEBUG", f"Commande action '{name}|{g.c(['on', 'off', 'position'])}' exécutée par le scénario #{g.num(1, 40)}#", "action_exec")

    def heartbeat():
        w("DEBUG", f"[Daemon] Heartbeat du démon reçu (pid {g.num(1000, 30000)}, {g.num(1, 3)} broker(s) actif(s))", "heartbeat")

    def disconnect():
        w("WARNING", f"Client MQTT du Broker '{BROKER}' déconnecté (code {g.c([7, 16, 5])}) : {g.c(['The connection was lost.', 'Connection refused: not authorised', 'Keepalive timeout'])}",
          "disconnected")
        w("INFO", f"Reconnexion au Broker '{BROKER}' (192.168.1.10:1883) dans {g.c([5, 10, 30])}s...", "reconnecting")
        L.tick(15)
        w("INFO", f"Client MQTT connecté au Broker '{BROKER}'", "connected")
        w("DEBUG", f"Abonnement au Topic '{g.c(['zigbee2mqtt/#', 'shellies/#'])}' sur le Broker '{BROKER}'", "subscribed")

    def discovery():
        topic = f"zigbee2mqtt/{g.c(['bureau', 'sdb', 'grenier', 'jardin'])}_{g.c(['temperature', 'prise', 'porte'])}"
        w("INFO", f"Création automatique de l'équipement '{topic}' (Broker '{BROKER}')", "eq_created")
        w("DEBUG", f"Création de la commande info '{topic.split('/')[1]}|json' (topic '{topic}')", "cmd_created")

    def error():
        x = g.r.random()
        if x < 0.5:
            w("ERROR", f"Erreur lors du décodage du JSON sur le Topic '{g.c(EQ)[0]}' : Syntax error", "json_error")
        else:
            w("ERROR", "Le démon jMQTT ne répond plus (dernier heartbeat il y a 300s), redémarrage...", "daemon_dead")
            w("INFO", "Démarrage du démon jMQTT (python3 /var/www/html/plugins/jMQTT/resources/jmqttd/jmqttd.py --plugin jMQTT)", "daemon_start")
            w("INFO", f"Démon démarré (pid {g.num(1000, 30000)}), port de callback {g.num(40000, 60000)}", "daemon_started")

    def deps():
        w("DEBUG", "Vérification des dépendances : paho-mqtt 1.6.1, websocket-client 1.8.0, requests 2.31.0 : OK", "deps_ok")

    fill(L, [(40, payload), (5, order), (12, heartbeat), (0.6, disconnect), (0.8, discovery), (0.6, error), (0.8, deps)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- K3s v1.31.3+k3s1 server (embedded etcd, three Raspberry Pi 5 servers of a maker space's edge cluster, Traefik,
#   Longhorn), `journalctl -u k3s` on the first server: the journal's "Dec 01 10:00:00 edge-01 k3s[812]: " in front of three kinds of lines, k3s' own
#   logrus lines (time="..." level=info msg="..."), the embedded Kubernetes components' klog lines ("I1201 10:00:00.123456     812 file.go:123] ...")
#   and etcd's zap JSON; traces of slow requests (their continuation lines without a klog header), kubelet's pod events, controller events, etcd
#   compactions and snapshots, the tunnel to the agents, unavailable metrics APIs, CrashLoopBackOff
@checked
def log_k3s(seed):
    L = Log("k3s_journal", seed, "noyear", True, True)
    g = L.g
    PID = 812
    PODS = [("default", "homepage-7d9f8c6b5-"), ("longhorn-system", "longhorn-manager-"), ("kube-system", "traefik-5d45fc8cc9-"), ("makerspace", "octoprint-"),
            ("makerspace", "inventree-web-"), ("makerspace", "mqtt-bridge-"), ("monitoring", "prometheus-k8s-"), ("kube-system", "coredns-7b98449c4-")]

    def j(inner, ev, lv, comp):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%b %d %H:%M:%S} edge-01 k3s[{PID}]: {inner}", ev, lv, comp)

    def klog(lv, f, msg, ev):
        ms_(L, 0, 5)
        j(f"{lv}{L.t:%m%d %H:%M:%S}.{us6(L.t)}    {PID} {f}] {msg}", ev, lv, f.split(":")[0])

    def logrus(lv, msg, ev, extra=""):
        j(f"time=\"{L.t:%Y-%m-%dT%H:%M:%S}Z\" level={lv} msg=\"{msg}\"{extra}", ev, lv, None)

    def etcd(lv, caller, msg, ev, **kw):
        d = {"level": lv, "ts": f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z", "caller": caller, "msg": msg}
        d.update(kw)
        j(json.dumps(d, separators=(",", ":")), ev, lv, None)

    def pod():
        ns, pre = g.c(PODS)
        p = f"{pre}{g.alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"
        x = g.r.random()
        if x < 0.4:
            klog("I", "kubelet.go:2490", f"\"SyncLoop (PLEG): event for pod\" pod=\"{ns}/{p}\" event={{\"ID\":\"{g.uuid()}\",\"Type\":\"{g.c(['ContainerStarted', 'ContainerDied'])}\","
                 f"\"Data\":\"{g.hx(64)}\"}}", "pleg_event")
        elif x < 0.6:
            klog("I", "pod_startup_latency_tracker.go:104", f"\"Observed pod startup duration\" pod=\"{ns}/{p}\" podStartSLOduration={g.f(1, 30, 9)} "
                 f"podStartE2EDuration=\"{g.f(1, 60, 9)}s\" podCreationTimestamp=\"{L.t:%Y-%m-%d %H:%M:%S} +0000 UTC\"", "startup_duration")
        elif x < 0.8:
            klog("E", "pod_workers.go:1301", f"\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"{pre.split('-')[0]}\\\" with CrashLoopBackOff: "
                 f"\\\"back-off 5m0s restarting failed container={pre.split('-')[0]} pod={p}_{ns}({g.uuid()})\\\"\" pod=\"{ns}/{p}\" podUID=\"{g.uuid()}\"", "crashloop")
        else:
            klog("I", "scope.go:117", f"\"RemoveContainer\" containerID=\"{g.hx(64)}\"", "remove_container")

    def trace():
        tid = g.num(10 ** 8, 4 * 10 ** 9)
        tot = g.num(500, 4000)
        res = g.c([("leases", "coordination.k8s.io", "k3s", "kube-system", "PUT", "Update"), ("leases", "coordination.k8s.io", "edge-02", "kube-node-lease", "PUT", "Update"),
                   ("configmaps", "", "longhorn-manager-lock", "longhorn-system", "GET", "Get")])
        r, grp, name, ns, verb, op = res
        api = f"/apis/{grp}/v1" if grp else "/api/v1"
        klog("I", "trace.go:236", f"Trace[{tid}]: \"{op}\" accept:application/vnd.kubernetes.protobuf,application/json,audit-id:{g.uuid()},client:127.0.0.1,"
             f"api-group:{grp},api-version:v1,name:{name},subresource:,namespace:{ns},protocol:HTTP/2.0,resource:{r},scope:resource,url:{api}/namespaces/{ns}/{r}/{name},"
             f"user-agent:k3s/v1.31.3+k3s1 (linux/arm64) kubernetes/6e6af98,verb:{verb} ({L.t:%d-%b-%Y %H:%M:%S}.{ms3(L.t)}) (total time: {tot}ms):", "trace_head")
        j(f"Trace[{tid}]: [\"GuaranteedUpdate etcd3\" audit-id:{g.uuid()},key:/{r}/{ns}/{name},type:*coordination.Lease,resource:{r}.{grp or 'core'} {tot - 1}ms "
          f"({L.t:%H:%M:%S}.{ms3(L.t)})", "trace_step", None, None)
        j(f"Trace[{tid}]:  ---\"Txn call completed\" {tot - 2}ms ({L.t:%H:%M:%S}.{ms3(L.t)})]", "trace_sub", None, None)
        j(f"Trace[{tid}]: [{tot}.{g.num(0, 999)}ms] [{tot}.{g.num(0, 999)}ms] END", "trace_end", None, None)

    def ctrl():
        x = g.r.random()
        if x < 0.4:
            klog("I", "event.go:389", f"\"Event occurred\" object=\"makerspace/{g.c(['inventree-web', 'octoprint', 'mqtt-bridge'])}\" fieldPath=\"\" kind=\"Deployment\" "
                 f"apiVersion=\"apps/v1\" type=\"Normal\" reason=\"ScalingReplicaSet\" message=\"Scaled {g.c(['up', 'down'])} replica set to {g.num(0, 3)}\"", "event_occurred")
        elif x < 0.7:
            klog("I", "controller.go:615", f"quota admission added evaluator for: {g.c(['leases.coordination.k8s.io', 'endpoints', 'replicasets.apps', 'jobs.batch'])}",
                 "quota_evaluator")
        else:
            klog("E", "remote_available_controller.go:448", "\"Unhandled Error\" err=\"v1beta1.metrics.k8s.io failed with: failing or missing response from "
                 f"https://10.42.{g.num(0, 2)}.{g.num(2, 40)}:10250/apis/metrics.k8s.io/v1beta1: Get \\\"https://10.42.0.7:10250/apis/metrics.k8s.io/v1beta1\\\": "
                 "context deadline exceeded\" logger=\"UnhandledError\"", "metrics_unavailable")

    def k3s():
        x = g.r.random()
        if x < 0.3:
            logrus("info", f"Handling backend connection request [{g.c(['edge-02', 'edge-03', 'agent-printer', 'agent-lasercutter'])}]", "backend_conn")
        elif x < 0.5:
            logrus("error", "Remotedialer proxy error; reconnecting...", "proxy_error",
                   f" error=\"websocket: close 1006 (abnormal closure): unexpected EOF\" url=\"wss://10.7.0.{g.num(11, 13)}:6443/v1-k3s/connect\"")
        elif x < 0.7:
            logrus("info", f"Updating TLS secret for kube-system/k3s-serving (count: {g.num(10, 14)}): map[listener.cattle.io/cn-10.43.0.1:10.43.0.1 "
                   f"listener.cattle.io/cn-10.7.0.11:10.7.0.11 listener.cattle.io/cn-edge-01:edge-01 listener.cattle.io/cn-kubernetes:kubernetes "
                   f"listener.cattle.io/cn-localhost:localhost listener.cattle.io/fingerprint:SHA1={g.HX(40)}]", "tls_update")
        elif x < 0.85:
            logrus("warning", "Proxy error: write failed: io: read/write on closed pipe", "proxy_write")
        else:
            logrus("info", "Tunnel authorizer set Kubelet Port 0.0.0.0:10250", "tunnel_port")

    def etcd_ev():
        x = g.r.random()
        rev = g.num(10 ** 6, 9 * 10 ** 6)
        if x < 0.45:
            etcd("info", "mvcc/index.go:214", "compact tree index", "compact_index", revision=rev)
            etcd("info", "mvcc/kvstore_compaction.go:69", "finished scheduled compaction", "compaction_done", **{"compact-revision": rev, "took": f"{g.f(10, 300, 6)}ms",
                 "hash": g.num(10 ** 8, 4 * 10 ** 9), "current-db-size-bytes": g.num(40, 90) * 10 ** 6, "current-db-size": f"{g.num(40, 90)} MB",
                 "current-db-size-in-use-bytes": g.num(10, 39) * 10 ** 6, "current-db-size-in-use": f"{g.num(10, 39)} MB"})
            etcd("info", "mvcc/hash.go:137", "storing new hash", "storing_hash", hash=g.num(10 ** 8, 4 * 10 ** 9), revision=rev, **{"compact-revision": rev - g.num(900, 2000)})
        elif x < 0.8:
            etcd("warn", "etcdserver/util.go:170", "apply request took too long", "apply_slow", took=f"{g.f(100, 900, 6)}ms", **{"expected-duration": "100ms",
                 "prefix": "read-only range ", "request": f"key:\"/registry/leases/kube-node-lease/{g.c(['edge-02', 'edge-03'])}\" ", "response": "range_response_count:1 size:512"})
        else:
            logrus("info", f"Saving etcd snapshot to /var/lib/rancher/k3s/server/db/snapshots/etcd-snapshot-edge-01-{int(epoch(L.t))}", "snapshot_saving")
            etcd("info", "snapshot/v3_snapshot.go:65", "created temporary db file", "snap_tmp", path=f"/var/lib/rancher/k3s/server/db/snapshots/etcd-snapshot-edge-01-{int(epoch(L.t))}.part")
            etcd("info", "snapshot/v3_snapshot.go:97", "saved", "snap_saved", path=f"/var/lib/rancher/k3s/server/db/snapshots/etcd-snapshot-edge-01-{int(epoch(L.t))}")
            logrus("info", "Reconciling ETCDSnapshotFile resources", "snap_reconcile")

    fill(L, [(14, pod), (5, trace), (10, ctrl), (10, k3s), (6, etcd_ev)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- lnd 0.18.3-beta (a routing node on a home server with bitcoind, about 30 channels, Tor and clearnet),
#   ~/.lnd/logs/bitcoin/mainnet/lnd.log at debuglevel=info: "2026-12-01 10:00:00.123 [INF] SUBS: message" (the level's three letters, the
#   subsystem's four letters): the start-up, new blocks and the nursery, the channel router's and gossiper's summaries, peers connecting and
#   disconnecting, forwarded amounts every ten seconds, channel backups, invoices settled, watchtower client stats, routing failures and link errors
@checked
def log_lnd(seed):
    L = Log("lnd_log", seed, "full", True, True)
    g = L.g
    st = {"height": 871230}
    PEERS = ["0" + g.c("23") + g.hx(64) for _ in range(30)]
    CHANS = [f"{g.hx(64)}:{g.num(0, 3)}" for _ in range(30)]

    def w(lv, sub, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv}] {sub}: {msg}", ev, lv, sub)

    def start():
        for lv, sub, msg, ev in [("INF", "LTND", "Version: 0.18.3-beta commit=v0.18.3-beta, build=production, logging=default, debuglevel=info", "version"),
                                 ("INF", "LTND", "Active chain: Bitcoin (network=mainnet)", "active_chain"),
                                 ("INF", "RPCS", "RPC server listening on 127.0.0.1:10009", "rpc_listen"),
                                 ("INF", "RPCS", "gRPC proxy started at 127.0.0.1:8080", "grpc_proxy"),
                                 ("INF", "LTND", "Waiting for wallet encryption password. Use `lncli create` to create a wallet, `lncli unlock` to unlock an existing wallet, "
                                  "or `lncli changepassword` to change the password of an existing wallet and unlock it.", "waiting_pw"),
                                 ("INF", "LNWL", "Opened wallet", "opened_wallet"),
                                 ("INF", "CHRE", "Primary chain is set to: bitcoin", "primary_chain"),
                                 ("INF", "LNWL", "Started listening for bitcoind block notifications via ZMQ on 127.0.0.1:28332", "zmq_blocks"),
                                 ("INF", "LNWL", "Started listening for bitcoind transaction notifications via ZMQ on 127.0.0.1:28333", "zmq_tx"),
                                 ("INF", "HSWC", "Starting HTLC Switch", "starting_switch"),
                                 ("INF", "TORC", f"Automatically set up v3 onion service: {g.alnum(56, 'abcdefghijklmnopqrstuvwxyz234567')}.onion:9735", "onion"),
                                 ("INF", "LTND", "Chain backend is fully synced (end_height=%d)!" % st["height"], "synced")]:
            w(lv, sub, msg, ev)

    def block():
        st["height"] += 1
        h = st["height"]
        w("INF", "NTFN", f"New block: height={h}, sha=00000000000000000001{g.hx(44)}", "new_block")
        w("INF", "UTXN", f"Attempting to graduate height={h}: num_kids=0, num_babies=0", "graduate")
        if g.r.random() < 0.5:
            w("INF", "HSWC", f"Garbage collected {g.num(0, 40)} shared secret hashes at height={h - 1}", "gc_secrets")
        if g.r.random() < 0.3:
            w("INF", "SWPR", f"Sweeper: fee rate estimate for conf target {g.c([6, 144, 1008])} is {g.num(253, 12000)} sat/kw", "sweeper_fee")

    def forward():
        sent = g.num(0, 900000)
        w("INF", "HSWC", f"Sent {sent} satoshis and received {sent + g.num(0, 80)} satoshis in the last 10 seconds ({g.r.uniform(0.1, 2):.6f} tx/sec)", "forwarded")

    def router():
        w("INF", "CRTR", f"Processed channels={g.num(0, 9)} updates={g.num(20, 400)} nodes={g.num(0, 40)} in last {g.f(59.9, 60.1, 9)}s", "processed")
        if g.r.random() < 0.6:
            w("INF", "DISC", f"Broadcasting {g.num(20, 600)} new announcements in {g.num(2, 60)} sub batches", "broadcasting")

    def peer():
        p = g.c(PEERS)
        ip = g.c([g.ip("pub") + ":9735", f"{g.alnum(56, 'abcdefghijklmnopqrstuvwxyz234567')}.onion:9735"])
        x = g.r.random()
        if x < 0.5:
            w("INF", "PEER", f"Peer({p}): disconnecting {p}@{ip}, reason: {g.c(['read handler closed', 'unable to read message from peer: EOF', 'ping timeout'])}",
              "disconnecting")
            w("INF", "SRVR", f"Finalizing connection to {p}@{ip}, inbound={g.c(['true', 'false'])}", "finalizing")
            w("INF", "PEER", f"Peer({p}): Loading ChannelPoint({g.c(CHANS)}), isPending=false", "loading_chan")
            w("INF", "HSWC", f"ChannelLink({g.c(CHANS)}): received re-establishment message from remote side", "reestablish")
        elif x < 0.8:
            w("INF", "DISC", f"GossipSyncer({p}): applying gossipFilter(start={L.t:%Y-%m-%d %H:%M:%S} +0000 UTC, end=2162-01-08 16:28:15 +0000 UTC)", "gossip_filter")
        else:
            w("INF", "SRVR", f"Established connection to: {p}@{ip}", "established")

    def backup():
        w("INF", "CHBU", "Updating backup file at /home/lnd/.lnd/data/chain/bitcoin/mainnet/channel.backup", "backup_updating")
        w("INF", "CHBU", "Swapped old chan backup for new one", "backup_swapped")

    def invoice():
        w("INF", "INVC", f"Invoice(pay_hash={g.hx(64)}, pay_addr={g.hx(64)}): added with terms amt={g.num(1, 500000) * 1000} mSAT, final_cltv_delta=80", "inv_added")
        if g.r.random() < 0.7:
            w("INF", "INVC", f"Invoice(pay_hash={g.hx(64)}, pay_addr={g.hx(64)}): settled with preimage", "inv_settled")

    def wtcl():
        w("INF", "WTCL", f"(anchor) Client stats: tasks(received={g.num(0, 300)} accepted={g.num(0, 300)} ineligible=0) sessions(acquired=0 exhausted=0)", "wtcl_stats")

    def errs():
        x = g.r.random()
        c = g.c(CHANS)
        if x < 0.4:
            w("WRN", "HSWC", f"ChannelLink({c}): insufficient bandwidth to route htlc: {g.num(100000, 9000000)} mSAT is larger than {g.num(1000, 99999)} mSAT", "no_bandwidth")
        elif x < 0.6:
            w("ERR", "HSWC", f"ChannelLink({c}): failing link: unable to synchronize channel states: possible remote commitment state data loss with error: sync error",
              "failing_link")
        elif x < 0.8:
            w("ERR", "RPCS", f"[/routerrpc.Router/SendPaymentV2]: {g.c(['FAILURE_REASON_NO_ROUTE', 'FAILURE_REASON_TIMEOUT', 'FAILURE_REASON_INSUFFICIENT_BALANCE'])}",
              "rpc_payment_failed")
        else:
            w("WRN", "PEER", f"Peer({g.c(PEERS)}): ping timeout", "ping_timeout")

    start()
    fill(L, [(3, block), (30, forward), (6, router), (12, peer), (2, backup), (4, invoice), (3, wtcl), (3, errs)], N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- Logwatch 7.7 on a Debian 12 web and mail server of a small agency (nginx, Postfix with Dovecot, sshd open to the
#   internet, fail2ban), the daily reports at detail level Low as mailed to root, saved one after another to a file: the report header and
#   "Processing Initiated" (no time on any other line), the section banners, the kernel, pam_unix, Postfix, SSHD, sudo, fail2ban, httpd and disk
#   space summaries with their counts, the totals tables and the closing banner
@checked
def log_logwatch(seed):
    L = Log("logwatch_daily_reports", seed, None, False, False)
    g = L.g

    def e(text, ev):
        L.emit(text, ev)

    def blank():
        e("", "empty")

    def section(name, body):
        e(f" --------------------- {name} Begin ------------------------ ", "section_begin")
        blank()
        body()
        blank()
        e(f" ---------------------- {name} End ------------------------- ", "section_end")
        blank()
        blank()

    def kernel():
        if g.r.random() < 0.4:
            e(" WARNING:  Kernel Errors Present", "kernel_warning")
            e(f"    EXT4-fs error (device sdb1): ext4_find_entry:1678: inode #{g.num(100000, 999999)}: comm nginx: reading directory lblock 0 ...:  {g.num(1, 9)} Time(s)",
              "kernel_err_line")
            blank()
        if g.r.random() < 0.3:
            e(f"    nf_conntrack: nf_conntrack: table full, dropping packet ...:  {g.num(1, 90)} Time(s)", "kernel_err_line")
        if g.r.random() < 0.5:
            e(f" {g.num(1, 40)} Time(s): UFW BLOCK ...", "kernel_count_line")
        else:
            e(" No kernel errors", "kernel_none")

    def pam():
        e(" sshd:", "pam_service")
        e("    Authentication Failures:", "pam_heading")
        for _ in range(g.num(2, 6)):
            e(f"       {g.c(['unknown', 'root', 'admin', 'ubuntu'])} ({g.ip('pub')}): {g.num(1, 400)} Time(s)", "pam_fail_line")
        e("    Invalid Users:", "pam_heading")
        e(f"       Unknown Account: {g.num(20, 900)} Time(s)", "pam_unknown")
        e(" sudo:", "pam_service")
        e("    Sessions Opened:", "pam_heading")
        e(f"       deploy -> root: {g.num(1, 30)} Time(s)", "pam_sess_line")

    def postfix():
        acc = g.num(200, 3000)
        rej = g.num(50, 900)
        tot = acc + rej
        e(f"    {acc * 14.1 / 1024:.3f}M  Bytes accepted                           {int(acc * 14100):>13,}", "pf_bytes_row")
        e(f"    {acc * 14.3 / 1024:.3f}M  Bytes delivered                          {int(acc * 14300):>13,}", "pf_bytes_row")
        e(" ========   ==================================================", "pf_eq_rule")
        blank()
        e(f"    {acc:>5}   Accepted                                   {acc * 100 / tot:6.2f}%", "pf_pct_row")
        e(f"    {rej:>5}   Rejected                                   {rej * 100 / tot:6.2f}%", "pf_pct_row")
        e(" --------   --------------------------------------------------", "pf_dash_rule")
        e(f"    {tot:>5}   Total                                     100.00%", "pf_pct_row")
        e(" ========   ==================================================", "pf_eq_rule")
        blank()
        for k in ["Reject relay denied", "Reject unknown user", "Reject RBL", "Reject unknown reverse client host"]:
            if g.r.random() < 0.7:
                e(f"    {g.num(1, 300):>5}   {k:<40} {g.f(0, 60, 2):>6}%", "pf_pct_row")
        blank()
        for k in ["Connections", "Disconnections", "Removed from queue", "Delivered", "Sent via SMTP", "Forwarded", "Resent"]:
            e(f"    {g.num(1, 6000):>5}   {k}", "pf_count_row")

    def sshd():
        e(" Failed logins from:", "ssh_heading")
        for _ in range(g.num(3, 9)):
            e(f"    {g.ip('pub')}: {g.num(1, 900)} times", "ssh_ip_line")
            e(f"       root/password: {g.num(1, 900)} times", "ssh_user_line")
        blank()
        e(" Illegal users from:", "ssh_heading")
        for _ in range(g.num(2, 6)):
            e(f"    {g.ip('pub')}: {g.num(1, 300)} times", "ssh_ip_line")
            for _ in range(g.num(1, 3)):
                e(f"       {g.c(['admin', 'test', 'oracle', 'ubuntu', 'git', 'postgres', 'user', 'ftpuser'])}/none: {g.num(1, 50)} times", "ssh_user_line")
        blank()
        e(" Users logging in through sshd:", "ssh_heading")
        e("    deploy:", "ssh_login_user")
        e(f"       10.20.0.{g.num(2, 30)}: {g.num(1, 20)} times", "ssh_user_line")
        blank()
        e(f" Received disconnect:", "ssh_heading")
        e(f"    11: Bye Bye [preauth] : {g.num(10, 900)} Time(s)", "ssh_disc_line")

    def sudo():
        e(" deploy => root", "sudo_head")
        e(" --------------", "sudo_rule")
        for c in g.r.sample(["/usr/bin/systemctl reload nginx", "/usr/bin/apt-get update", "/usr/bin/tail -f /var/log/mail.log", "/usr/sbin/postqueue -p",
                             "/usr/bin/certbot renew"], g.num(1, 4)):
            e(f" {c:<50} -   {g.num(1, 12)} Time(s).", "sudo_cmd")

    def f2b():
        e(" Banned services with Fail2Ban:                       Bans:Unbans", "f2b_head")
        for j in ["postfix-sasl", "recidive", "sshd"]:
            b = g.num(1, 40)
            e(f"    {j + ':':<50}[ {b}:{b - g.num(0, 1)} ]", "f2b_jail")
            for _ in range(g.num(1, 4)):
                e(f"       {g.ip('pub')} {g.c(['(-)', '(scanner.example-host.net)', '(unknown)'])} {g.num(1, 3)}:{g.num(0, 2)}", "f2b_ip")
        e(f"    ---------------------------------------------------------------------------", "f2b_rule")
        e(f"    Total:                                          {g.num(3, 80)}:{g.num(3, 80)}", "f2b_total")

    def httpd():
        e(f" A total of {g.num(20, 400)} sites probed the server ", "httpd_probed")
        for _ in range(g.num(2, 5)):
            e(f"    {g.ip('pub')}", "httpd_ip")
        blank()
        e(" Requests with error response codes", "httpd_errors_head")
        for code, paths in [("404 Not Found", ["/.env", "/wp-login.php", "/xmlrpc.php", "/.git/config", "/phpmyadmin/", "/favicon.ico"]),
                            ("403 Forbidden", ["/admin/", "/server-status"])]:
            e(f"    {code}", "httpd_code")
            for p in g.r.sample(paths, g.num(1, len(paths))):
                e(f"       {p}: {g.num(1, 900)} Time(s)", "httpd_path")

    def disk():
        e(" Filesystem      Size  Used Avail Use% Mounted on", "df_head")
        for dev, size, mnt in [("/dev/sda1", 49, "/"), ("/dev/sdb1", 197, "/var/www"), ("/dev/sdc1", 98, "/var/mail")]:
            used = g.num(size // 5, size - 3)
            e(f" {dev:<15}{size:>4}G {used:>4}G {size - used - 2:>4}G {used * 100 // size:>3}% {mnt}", "df_row")

    day = dt.datetime(2026, 11, 2, 6, 25, 1, tzinfo=UTC)
    while len(L.rows) < N_LINES:
        day += dt.timedelta(days=1)
        prev = day - dt.timedelta(days=1)
        blank()
        e(" ################### Logwatch 7.7 (07/22/22) #################### ", "hdr_banner")
        e(f"        Processing Initiated: {day:%a %b} {day.day:>2} {day:%H:%M:%S %Y}", "hdr_initiated")
        e("        Date Range Processed: yesterday", "hdr_range")
        e(f"                              ( {prev:%Y-%b-%d} )", "hdr_range_date")
        e("                              Period is day.", "hdr_period")
        e("        Detail Level of Output: 0", "hdr_detail")
        e("        Type of Output/Format: mail / text", "hdr_type")
        e("        Logfiles for Host: srv01.agentur-nord.example", "hdr_host")
        e(" ################################################################## ", "hdr_rule")
        blank()
        section("Kernel", kernel)
        section("pam_unix", pam)
        section("Postfix", postfix)
        section("SSHD", sshd)
        section("Sudo (secure-log)", sudo)
        section("fail2ban-messages", f2b)
        section("httpd", httpd)
        section("Disk Space", disk)
        e(" ###################### Logwatch End ######################### ", "end_banner")
        blank()
    del L.rows[N_LINES:]
    return L


LOGS = [log_cloudstack, log_arpwatch, log_beast, log_checkmk, log_cromwell, log_deconz, log_drone, log_ets2, log_electrum, log_flightgear,
        log_foreman, log_gitolite, log_gnucash, log_hercules, log_idrac, log_inspircd, log_jeedom, log_k3s, log_lnd, log_logwatch]


if __name__ == "__main__":
    main(LOGS, WORK)
