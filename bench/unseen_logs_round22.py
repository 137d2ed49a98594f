#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twenty-second round, 20 logs,
written 2026-12-06 by a helper that did not read LogSleuth's code; as found: 0.612.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (the iptables and `ip` output the Azure agent dumps under "Created
firewall rules" and "Network interfaces:", and an extension's "[stdout]"/"[stderr]" block under its
"Command:" line, CustomScript's own dated lines in it included; Chocolatey's configuration dump, the second
line of its "Downloading ... from", "Moving ... to", "Found ... with checksum" and "Unable to connect" messages,
a script's contents after "Contents of", the summary headings after an empty message ("Upgraded:",
"Failures"); Cuckoo's and the Datadog agent's Python tracebacks; the JSON of Foundry's "Application Options:"
and Node's error and stack under an [error] line) carry the time, level and component of the record they
belong to. A record that has no header at all gets the time of the last line before it that writes one (of
the first after it at the start of a log) and no level or component: FHEM's Perl "Subroutine ... redefined"
lines and a shell's error written raw into its log, Node's own "(node:7) Warning:" lines in the Foundry log,
and every line of Borg's output, whose only times are the backup script's `date` lines (blank lines around
them are the script's) and the stats block's "Time (start):" and "Time (end):" (the dates in prune's
"Keeping archive"/"Pruning archive" lines are the archives', not the lines'). The Ant build log and the
Gaussian output have no time at all (the nightly script's date lines and Gaussian's "Leave Link ... at"
lines aside: no time is checked there). GLib's and libnice's "(kurento-media-server:1): ...-WARNING **:
10:00:00.123:" lines in the Kurento log write a time of day, and that is their time; the GPSVC log writes only
times of day (its true time is the time of day). The CUCM flat files' rows have their time as Unix seconds:
a CDR's is its dateTimeOrigination, a CMR's its dateTimeStamp, and a file's two header lines take the time of
the first record under them. The H3C lines write the year after the syslog stamp ("Dec  1 10:00:00 2026"),
amavis's Net::Server start line repeats the stamp's time, the Datadog agent writes "UTC". Where a log writes
local time without an offset, the host's clock is UTC.

Levels are as written: waagent's INFO/WARNING/ERROR, AnyDesk's right-aligned word, Basics Station's four
letters (VERB, DEBU, ERRO and the rest), Centrifugo's three (INF, DBG, WRN, ERR), Chocolatey's bracketed word,
Cuckoo's and the Datadog agent's, Foundry's bracketed word, Hasura's level field, Kurento's lower-case GStreamer
word (info, warning, error), FHEM's verbosity digit (0 to 5, as written), an H3C line's severity digit inside
"MODULE/5/MNEMONIC" (the digit or its syslog name: "5" or "notice"). amavis, the Ant log, Borg, CUCM, DRBD's
kern.log, Gaussian, GPSVC and LevelDB write none (syslog priorities are not in the files). The component is
waagent's thread name (the logger prefix after it, "ExtHandler", "Daemon" or the extension's "[name-version]",
counts too), amavis's program ("amavis"), AnyDesk's logger ("app.backend_session", or the process role
"gsvc"/"back"), an Ant task's name in "[javac]" (target lines, git's output and the script's lines have none),
the Basics Station module (SYS, S2E, RAL, TCE, AIO, SYN), Cuckoo's logger name, the Datadog logger ("CORE") or
its source file, the kernel for DRBD's kern.log (or the driver the line names: drbd, XFS, igb, bond0, NFSD),
Foundry's writer ("Entrypoint", "Launcher", "FoundryVTT"), the service's tag "GPSVC", the H3C module (IFNET,
STP, SHELL), Hasura's type ("http-log", "websocket-log", "startup"), Kurento's category. Centrifugo, Chocolatey,
FHEM (its module names are in the message), Borg, CUCM, Gaussian and LevelDB have none; threads and pids
(AnyDesk's, Chocolatey's, GPSVC's, LevelDB's) are not components.

The true event of a line is the format string that wrote it: a value filled into a format string is a
variable (amavis's main log template is one event whatever it says: "Passed CLEAN {RelayedInbound}",
"Blocked SPAM ...", "Blocked INFECTED (name) ...", "Blocked BANNED (...) ..."; so are its spam-tag line with
"Yes" or "No", Borg's "%1s %s" file lines whatever the status letter, LevelDB's "Delete type=%d #%lld" and the
status word of its "Level-0 table #%llu: %lld bytes %s", the state in Kurento's IceComponentStateChanged and
media-flow lines, DRBD's helper command and the object it is logged for, H3C's "changed to %s", a check's name in
the Datadog agent's "check:%s | Running check...", a Basics Station RX line's frequency and data rate), while two
format strings that look alike are two events (javac's "1 warning" and "%d warnings", Chocolatey's "You have ...
installed" and "... is the latest version", the Comware 7 and the Comware 5 wording of a port going down, H3C's
PHY_UPDOWN and LINK_UPDOWN, Foundry's two module warnings, GPSVC's "Machine has access" and "User has access"
and its "Extension ... returned" and "... skipped with flags"). Each info() call of the Borg script is its own
event (the printf in info() is only the script's wrapper, like a logging layout). A DRBD state-change line
belongs to the set of states it changes (conn( ) with peer( ), conn( ) alone, pdsk( ) with repl( ), disk( ) with
repl( ), disk( ) alone, role( ), peer( ) alone). A CSV row of the CUCM files belongs to its record type (CDR or
CMR, whatever the call), each file's two header lines to theirs. A Hasura line belongs to its type and the shape
of its detail (a served request, one with an error, a batched one, a health check, a metadata call, one failing
on Postgres; a WebSocket line to its event type, an operation started or stopped; each startup kind). A line of
another program's output (iptables' and `ip`'s under the Azure agent, the Ivy report table, git's under the Ant
script) belongs to that program's row layout, a line of Gaussian's tables (orientations, forces, frequencies and
normal modes, optimised parameters) to its row layout; the lines of one value that runs over several lines are
one event per kind of value, as Greenplum's SQL lines were in round 20 (Chocolatey's configuration dump and the
contents of an install script, the JSON of Foundry's "Application Options:", an extension's stdout lines of one
kind, Gaussian's archive entry and its quotation); a constant line (Gaussian's copyright block, its
thermochemistry headings) is its own event; a dashed rule is one event whatever its length. Where a collector
wraps the line of an application (`docker logs`, rsyslog), the event is the application's format.

usage: unseen_logs_round22.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round22)
"""
import datetime as dt
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round22")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, fill, checked, ctime, syslog_ts, carry_time, ms_  # noqa: E402


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def date_cmd(t):
    """What `date` prints in the C locale on a host whose zone is UTC: "Tue Dec  1 10:00:00 UTC 2026"."""
    return f"{ctime(t)[:-5]} UTC {t:%Y}"


# 1 ---------------------------------------------------------------- Azure Linux Agent (WALinuxAgent 2.12, self-updating, daemon 2.9.1.1 from the Ubuntu 22.04 image) on a VM of an insurer's claims
#   platform (Azure Monitor agent, Defender for Cloud's security agent, Entra ID SSH login, RunCommand and CustomScript used by the ops team), /var/log/waagent.log
#   over some days: "2026-12-01T10:00:00.123456Z INFO ExtHandler ExtHandler message" (UTC with microseconds, level, thread name, then the logger's prefix: the
#   thread's own name, "Daemon", or "[Extension-version]" on an extension's lines); heartbeats, goal states with the extensions' enable commands and
#   their "[stdout]"/"[stderr]" output, the WireServer timing out, log collection, cgroup tracking, a self-update, a reboot with the daemon's start lines,
#   the firewall rules and the interfaces the agent dumps under one header line
@checked
def log_waagent(seed):
    L = Log("azure_waagent_log", seed, "full", True, True)
    g = L.g
    EXTS = [("Microsoft.Azure.Monitor.AzureMonitorLinuxAgent", "1.33.2"), ("Microsoft.Azure.Security.Monitoring.AzureSecurityLinuxAgent", "2.24.70"),
            ("Microsoft.Azure.ActiveDirectory.AADSSHLoginForLinux", "1.0.2826.1"), ("Microsoft.CPlat.Core.RunCommandLinux", "1.0.5"),
            ("Microsoft.Azure.Extensions.CustomScript", "2.1.10")]
    st = {"agent": "2.12.0.2", "inc": g.num(3, 9), "hb": 0, "pid": g.num(800, 1400), "seq": {e[0]: g.num(0, 30) for e in EXTS}, "ip": f"10.42.{g.num(1, 9)}.{g.num(4, 60)}",
          "mac": "00:22:48:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3)), "hbid": g.uuid().upper()}

    def w(thread, prefix, lv, msg, ev, cont=()):
        ms_(L, 0, 40)
        comp = thread if not prefix or prefix == thread else f"{thread}|{prefix.strip('[]')}"
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}Z {lv} {thread}{' ' + prefix if prefix else ''} {msg}", ev, lv, comp)
        for text, cev in cont:
            L.emit(text, cev, lv, comp)

    def x(msg, ev, lv="INFO", cont=()):
        w("ExtHandler", "ExtHandler", lv, msg, ev, cont)

    def exn(ext):
        return f"[{ext[0]}-{ext[1]}]"

    def firewall():
        out = [("Chain INPUT (policy ACCEPT 0 packets, 0 bytes)", "ipt_chain"),
               ("    pkts      bytes target     prot opt in     out     source               destination", "ipt_columns"),
               ("Chain FORWARD (policy ACCEPT 0 packets, 0 bytes)", "ipt_chain"),
               ("    pkts      bytes target     prot opt in     out     source               destination", "ipt_columns"),
               (f"Chain OUTPUT (policy ACCEPT {g.num(2, 40)} packets, {g.num(200, 9000)} bytes)", "ipt_chain"),
               ("    pkts      bytes target     prot opt in     out     source               destination", "ipt_columns"),
               ("       0        0 ACCEPT     tcp  --  *      *       0.0.0.0/0            168.63.129.16        tcp dpt:53", "ipt_rule"),
               (f"{g.num(0, 90):>8} {g.num(0, 9000):>8} ACCEPT     tcp  --  *      *       0.0.0.0/0            168.63.129.16        owner UID match 0", "ipt_rule"),
               ("       0        0 DROP       tcp  --  *      *       0.0.0.0/0            168.63.129.16        ctstate INVALID,NEW", "ipt_rule")]
        x("Created firewall rules for the Azure Fabric:", "firewall_created", cont=out)

    def interfaces():
        ip6 = "fe80::222:48ff:fe" + g.hx(2) + ":" + g.hx(4)
        out = [("Executing ['ip', '-a', '-o', 'link']:", "ip_executing"),
               ("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00", "ip_link"),
               (f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP mode DEFAULT group default qlen 1000\\    link/ether {st['mac']} brd ff:ff:ff:ff:ff:ff", "ip_link"),
               (f"3: enP{g.num(10000, 60000)}s1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc mq master eth0 state UP mode DEFAULT group default qlen 1000\\    link/ether {st['mac']} brd ff:ff:ff:ff:ff:ff", "ip_link"),
               ("Executing ['ip', '-4', '-a', '-o', 'address']:", "ip_executing"),
               ("1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever", "ip_addr4"),
               (f"2: eth0    inet {st['ip']}/24 metric 100 brd {st['ip'].rsplit('.', 1)[0]}.255 scope global eth0\\       valid_lft forever preferred_lft forever", "ip_addr4"),
               ("Executing ['ip', '-6', '-a', '-o', 'address']:", "ip_executing"),
               ("1: lo    inet6 ::1/128 scope host \\       valid_lft forever preferred_lft forever", "ip_addr6"),
               (f"2: eth0    inet6 {ip6}/64 scope link \\       valid_lft forever preferred_lft forever", "ip_addr6")]
        w("MonitorHandler", "ExtHandler", "INFO", "Network interfaces:", "network_interfaces", out)

    def daemon_start():
        d = lambda msg, ev, lv="INFO": w("Daemon", "Daemon", lv, msg, ev)
        d("Azure Linux Agent Version: 2.9.1.1", "daemon_version")
        d("OS: ubuntu 22.04", "daemon_os")
        d(f"Python: 3.10.12", "daemon_python")
        d("Run daemon", "run_daemon")
        d("No RDMA handler exists for distro='Ubuntu' version='22.04'", "no_rdma_handler")
        d("Clean protocol and wireserver endpoint", "clean_protocol")
        d("Running default provisioning handler", "default_provisioning")
        d("Provisioning already completed, skipping.", "provisioning_done")
        d("RDMA capabilities are not enabled, skipping", "rdma_not_enabled")
        d("Determined Agent WALinuxAgent-" + st["agent"] + " to be the latest agent", "determined_latest")
        L.tick(1)
        st["pid"] = g.num(700, 1900)
        d(f"Agent WALinuxAgent-{st['agent']} launched with command 'python3 -u bin/WALinuxAgent-{st['agent']}-py3.12.egg -run-exthandlers' is successfully running", "agent_launched")

    def ext_start():
        x(f"Azure Linux Agent (Goal State Agent version {st['agent']})", "goal_state_agent_version")
        x("OS: ubuntu 22.04", "ext_os")
        x("Python: 3.10.12", "ext_python")
        x(f"CPU cores: {g.c([4, 8])}", "cpu_cores")
        x(f"WALinuxAgent-{st['agent']} running as process {st['pid']}", "running_as_process")
        x("[CGI] systemd version: 249.11-0ubuntu3.12", "cgi_systemd_version")
        x("[CGI] Using cgroup v1 for resource enforcement and monitoring", "cgi_v1")
        x("[CGI] Agent CPU cgroup: /sys/fs/cgroup/cpu,cpuacct/azure.slice/walinuxagent.service", "cgi_cpu_cgroup")
        x("[CGI] Agent Memory cgroup: /sys/fs/cgroup/memory/azure.slice/walinuxagent.service", "cgi_mem_cgroup")
        x("[CGI] Agent cgroups enabled: True", "cgi_enabled")
        x("Starting setup for Persistent firewall rules", "firewall_setup")
        x("Firewalld service not running/unavailable, trying to set up waagent-network-setup.service", "firewalld_unavailable")
        x("Successfully updated the Binary file /var/lib/waagent/waagent-network-setup.py for firewall setup", "firewall_binary_updated")
        x("Service: waagent-network-setup.service already enabled. No change needed.", "network_setup_enabled")
        x("Checking state of the firewall", "checking_firewall")
        firewall()
        x(f"Goal State Period: 6 sec. This indicates how often the agent checks for new goal states and reports status.", "goal_state_period")
        w("EnvHandler", "ExtHandler", "INFO", "Configure routes", "configure_routes")
        w("EnvHandler", "ExtHandler", "INFO", "Gateway:None", "gateway_none")
        w("EnvHandler", "ExtHandler", "INFO", "Routes:None", "routes_none")
        interfaces()
        w("TelemetryEventsCollector", "ExtHandler", "INFO", "Extension Telemetry pipeline enabled: True", "telemetry_pipeline")
        x("Start Extension Telemetry service.", "start_telemetry")
        x("Looking for existing remote access users.", "remote_access_users")
        goal_state(all_ext=True)

    def heartbeat():
        x(f"[HEARTBEAT] Agent WALinuxAgent-{st['agent']} is running as the goal state agent [DEBUG HeartbeatCounter: {st['hb']};HeartbeatId: {st['hbid']};"
          f"DroppedPackets: 0;UpdateGSErrors: {g.c([0, 0, 0, 0, 1])};AutoUpdate: 1;UpdateMode: SelfUpdate]", "heartbeat")
        st["hb"] += 1

    def run_ext(ext, enable_only=False):
        name = exn(ext)
        st["seq"][ext[0]] += 1
        s = st["seq"][ext[0]]
        e = lambda msg, ev, lv="INFO", cont=(): w("ExtHandler", name, lv, msg, ev, cont)
        e(f"Target handler state: enabled [incarnation_{st['inc']}]", "target_handler_state")
        e("[Enable] current handler state is: enabled", "current_handler_state")
        e(f"Update settings file: {s}.settings", "update_settings_file")
        short = ext[0].split(".")[-1]
        if short == "CustomScript":
            cmd = "bin/custom-script-shim enable"
        elif short == "RunCommandLinux":
            cmd = "bin/run-command-shim enable"
        elif short == "AzureMonitorLinuxAgent":
            cmd = "./shim.sh -enable"
        elif short == "AzureSecurityLinuxAgent":
            cmd = "./shim.sh -enable"
        else:
            cmd = "./aadsshlogin.sh enable"
        e(f"Executing command: /var/lib/waagent/{ext[0]}-{ext[1]}/{cmd.split()[0]} {' '.join(cmd.split()[1:])} with environment variables: "
          f"{{\"AZURE_GUEST_AGENT_UNINSTALL_CMD_EXIT_CODE\": \"NOT_RUN\", \"AZURE_GUEST_AGENT_EXTENSION_PATH\": \"/var/lib/waagent/{ext[0]}-{ext[1]}\", "
          f"\"AZURE_GUEST_AGENT_EXTENSION_VERSION\": \"{ext[1]}\", \"AZURE_GUEST_AGENT_WIRE_PROTOCOL_ADDRESS\": \"168.63.129.16\", \"ConfigSequenceNumber\": \"{s}\", "
          f"\"AZURE_GUEST_AGENT_EXTENSION_SUPPORTED_FEATURES\": \"[{{\\\"Key\\\": \\\"ExtensionTelemetryPipeline\\\", \\\"Value\\\": \\\"1.0\\\"}}]\"}}", "executing_command")
        L.tick(3)
        out = [("[stdout]", "cmd_stdout_marker")]
        if short == "CustomScript":
            tm = L.t
            out += [(f"{tm:%Y/%m/%d %H:%M:%S} ../../bin/custom-script-extension enable", "cse_enable"),
                    (f"{tm:%Y/%m/%d %H:%M:%S} Handler successfully enabled", "cse_enabled")]
        elif short == "RunCommandLinux":
            out += [(f"{L.t:%Y/%m/%d %H:%M:%S} Executing script '/var/lib/waagent/run-command/download/{s}/script.sh'", "rc_executing"),
                    (f"{L.t:%Y/%m/%d %H:%M:%S} Script execution finished with exit code {g.c([0, 0, 0, 1])}", "rc_finished")]
        elif short == "AzureMonitorLinuxAgent":
            out += [(f"{L.t:%Y/%m/%d %H:%M:%S} [{ext[0]}-{ext[1]}] Enable,success,0,Enable succeeded", "ama_enable_ok")]
        elif short == "AzureSecurityLinuxAgent":
            out += [(f"Enable command succeeded with exit code 0", "asa_enable_ok")]
        else:
            out += [(f"{L.t:%Y-%m-%d %H:%M:%S} AADSSHLogin: package aadsshlogin already installed, version {g.c(['1.0.027220001', '1.0.027220001', '1.0.028380001'])}", "aad_already_installed")]
        out += [("", "cmd_blank"), ("[stderr]", "cmd_stderr_marker")]
        if g.r.random() < 0.15:
            out += [(g.c(["Running scope as unit: enable_" + g.hx(8) + ".scope", "ls: cannot access '/var/log/azure/" + short + "/*.tmp': No such file or directory"]), "cmd_stderr_text")]
        e(f"Command: {cmd}", "command_output", cont=out)
        if g.r.random() < 0.25:
            w("MonitorHandler", "ExtHandler", "INFO", f"Stopped tracking cgroup {ext[0]}-{ext[1]} [/sys/fs/cgroup/cpu,cpuacct/azure.slice/azure-vmextensions.slice/"
              f"azure-vmextensions-{ext[0].replace('.', '_')}_{ext[1].replace('.', '_')}.slice]", "stopped_tracking")

    def goal_state(all_ext=False):
        st["inc"] += 1
        x(f"Fetched a new incarnation for the WireServer goal state [incarnation {st['inc']}]", "fetched_incarnation")
        w("ExtHandler", "", "INFO", f"Fetched new vmSettings [HostGAPlugin correlation ID: {g.uuid()} eTag: {g.num(10 ** 18, 10 ** 19 - 1)} source: Fabric]", "fetched_vmsettings")
        t0 = L.t
        x(f"ProcessExtensionsGoalState started [incarnation_{st['inc']} {L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z]", "process_gs_started")
        exts = EXTS if all_ext else g.r.sample(EXTS, g.c([1, 1, 1, 2]))
        for ext in exts:
            run_ext(ext)
        x(f"ProcessExtensionsGoalState completed [incarnation_{st['inc']} {int((L.t - t0).total_seconds() * 1000)} ms]", "process_gs_completed")
        if g.r.random() < 0.5:
            x(f"Handling the goal state took {int((L.t - t0).total_seconds() * 1000)} ms", "handling_gs_took")

    def wire_fail():
        what = g.c(["goalstate", "goalstate", "health", "telemetrydata"])
        if what == "goalstate":
            w("ExtHandler", "ExtHandler", "WARNING", f"[PERIODIC] Fetch failed: [HttpError] [HTTP Failed] GET http://168.63.129.16/machine/?comp=goalstate -- IOError "
              f"{g.c(['timed out', '[Errno 104] Connection reset by peer', '[Errno 111] Connection refused'])} -- 6 attempts made", "fetch_failed")
            if g.r.random() < 0.5:
                w("ExtHandler", "ExtHandler", "ERROR", f"Error fetching the goal state: [ProtocolError] [Wireserver Exception] [HttpError] [HTTP Failed] GET "
                  f"http://168.63.129.16/machine/?comp=goalstate -- IOError timed out -- 6 attempts made", "error_fetching_gs")
        elif what == "health":
            w("MonitorHandler", "ExtHandler", "WARNING", f"[PERIODIC] Health service: Error reporting host plugin heartbeat: [HttpError] [HTTP Failed] POST "
              f"http://168.63.129.16:80/machine/?comp=health -- IOError timed out -- 1 attempts made", "health_error")
        else:
            w("SendTelemetryHandler", "ExtHandler", "WARNING", f"[PERIODIC] Failed to send events: [ProtocolError] Failed to send events:[HTTP Failed] "
              f"POST http://168.63.129.16/machine/?comp=telemetrydata -- IOError timed out -- 1 attempts made", "telemetry_failed")

    def hostplugin():
        w("ExtHandler", "ExtHandler", "WARNING", f"[PERIODIC] [HostGAPlugin] Error fetching vmSettings: [HttpError] [HTTP Failed] GET http://168.63.129.16:32526/vmSettings -- "
          f"IOError timed out -- {g.num(1, 6)} attempts made", "hgap_vmsettings_error")

    def collect_logs():
        c = lambda msg, ev, lv="INFO": w("CollectLogsHandler", "ExtHandler", lv, msg, ev)
        c("Starting log collection...", "log_collection_start")
        L.tick(4)
        if g.r.random() < 0.85:
            c(f"Successfully collected logs. Archive size: {g.num(2 * 10 ** 6, 60 * 10 ** 6)} b, elapsed time: {g.f(2, 40, 6)} secs", "log_collection_ok")
        else:
            c(f"[CGW] Disabling resource usage monitoring. Reason: Log Collector process exceeded memory limit: {g.num(40, 80)}MB", "log_collector_memory", "WARNING")
            c(f"Log Collection failed: Command '['systemd-run', '--unit=collect-logs', '--scope', '--property=CPUAccounting=1', '--property=CPUQuota=5%', "
              f"'--property=MemoryAccounting=1', '--property=MemoryLimit=30M', '/usr/bin/python3', '-u', 'bin/WALinuxAgent-{st['agent']}-py3.12.egg', '-collect-logs']' returned non-zero exit status 1.", "log_collection_failed", "ERROR")

    def remote_access():
        x("Looking for existing remote access users.", "remote_access_users")

    def self_update():
        new = g.c(["2.12.0.4", "2.13.1.1"])
        if new == st["agent"]:
            return heartbeat()
        x(f"Self-update is ready to upgrade the new agent: {new} now before processing the goal state", "self_update_ready")
        x("Downloading agent manifest", "downloading_manifest")
        x(f"Agent WALinuxAgent-{new} downloaded successfully", "agent_downloaded")
        x(f"Agent update found, exiting current process to upgrade to the new Agent version {new}", "agent_update_found")
        x(f"WALinuxAgent-{st['agent']} exiting with exit code 0", "agent_exiting")
        L.tick(2)
        st["agent"] = new
        w("Daemon", "Daemon", "INFO", f"Determined Agent WALinuxAgent-{new} to be the latest agent", "determined_latest")
        st["pid"] = g.num(700, 60000)
        w("Daemon", "Daemon", "INFO", f"Agent WALinuxAgent-{new} launched with command 'python3 -u bin/WALinuxAgent-{new}-py3.12.egg -run-exthandlers' is successfully running", "agent_launched")
        ext_start()

    def reboot():
        L.t += dt.timedelta(minutes=g.num(2, 8))
        daemon_start()
        ext_start()

    def check_mem():
        w("MonitorHandler", "ExtHandler", "WARNING", f"[PERIODIC] Extension {g.c(EXTS)[0]} cgroup memory usage is {g.num(200, 400)}MB; exceeding the threshold", "ext_memory_warning")

    def runcommand():
        ext = EXTS[3] if g.r.random() < 0.6 else EXTS[4]
        st["inc"] += 1
        x(f"Fetched a new incarnation for the WireServer goal state [incarnation {st['inc']}]", "fetched_incarnation")
        t0 = L.t
        x(f"ProcessExtensionsGoalState started [incarnation_{st['inc']} {L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z]", "process_gs_started")
        run_ext(ext)
        x(f"ProcessExtensionsGoalState completed [incarnation_{st['inc']} {int((L.t - t0).total_seconds() * 1000)} ms]", "process_gs_completed")

    def odd():
        r = g.r.random()
        if r < 0.4:
            x(f"Checking if log collection is allowed at this time [False]. All three conditions must be met: configuration enabled [True], cgroups enabled [True], "
              f"python supported: [True]", "log_collection_allowed")
        elif r < 0.7:
            w("ExtHandler", "ExtHandler", "WARNING", f"Failed to report status of extension {g.c(EXTS)[0]}: [ProtocolError] Failed to upload status blob: [HttpError] [HTTP Failed] PUT "
              f"https://md-hdd-{g.alnum(12)}.z{g.num(10, 50)}.blob.storage.azure.net/$system/claims-app-vm{g.num(1, 4)}.{g.uuid()}.status -- IOError [Errno 104] Connection reset by peer", "status_upload_failed")
        else:
            x("Firewall rule to allow DNS TCP request to wireserver for a non root user unavailable. Setting it now.", "dns_rule_missing")
            firewall()

    daemon_start()
    ext_start()
    ev = [(30, heartbeat), (3, goal_state), (4, runcommand), (8, wire_fail), (4, hostplugin), (3, collect_logs), (1.5, odd), (1, check_mem), (0.25, self_update), (0.35, reboot)]
    return L.run(slowed(L, ev, 600), None)


# 2 ---------------------------------------------------------------- amavisd-new 2.13 (Debian 12, $log_level = 2, SpamAssassin 4.0 and ClamAV through it) as the content filter of a law firm's mail gateway mx1
#   behind Postfix (port 10024 in, 10025 back), its lines in /var/log/mail.log picked out with `grep ' amavis\[' mail.log`: "Dec  1 10:00:00 mx1 amavis[12345]:
#   (12345-07) message", the child's pid and its request number; the ESMTP and "Checking:" lines, the main log template ("Passed CLEAN {RelayedInbound},
#   ...", "Blocked SPAM ...", "Blocked INFECTED (name) ..."), spam-tag, FWD and TIMING lines, banned attachments, DKIM results, clamd going away during its
#   reload, SpamAssassin's pyzor warnings, a restart with the start-up lines
@checked
def log_amavis(seed):
    L = Log("amavisd_maillog", seed, "noyear", False, True)
    g = L.g
    DOM = "kanzlei-berger.de"
    LOCAL = ["m.berger", "a.schneider", "info", "kanzlei", "s.yilmaz", "t.hofmann", "buchhaltung", "j.weber", "sekretariat", "k.lange"]
    EXT_DOMS = ["gmx.de", "web.de", "t-online.de", "gmail.com", "amtsgericht-muenchen.justiz.bayern.de", "allianz.de", "datev.de", "sparkasse-muenchen.de", "outlook.com",
                "bea-brak.de", "haufe.de", "immobilien-scout24.de", "lexware.de"]
    SPAM_DOMS = ["offers-now.top", "bestdeal-shop.xyz", "mail.kr-invest.ru", "secure-dhl-paket.info", "newsletter-promo.click", "cheap-meds24.su"]
    TESTS_HAM = ["BAYES_00=-1.9", "DKIM_SIGNED=0.1", "DKIM_VALID=-0.1", "DKIM_VALID_AU=-0.1", "HTML_MESSAGE=0.001", "RCVD_IN_DNSWL_NONE=-0.0001", "SPF_HELO_NONE=0.001",
                 "SPF_PASS=-0.001", "RCVD_IN_MSPIKE_H2=-0.001", "MIME_HTML_MOSTLY=0.1", "URIBL_BLOCKED=0.001", "T_SCC_BODY_TEXT_LINE=-0.01", "RCVD_IN_ZEN_BLOCKED_OPENDNS=0.001"]
    TESTS_SPAM = ["BAYES_99=3.5", "BAYES_999=0.2", "RAZOR2_CHECK=1.729", "RAZOR2_CF_RANGE_51_100=1.886", "URIBL_ABUSE_SURBL=1.948", "HTML_IMAGE_ONLY_24=1.282",
                  "FREEMAIL_FORGED_REPLYTO=2.095", "RDNS_NONE=0.793", "PYZOR_CHECK=1.985", "MIME_HTML_ONLY=0.1", "SPF_FAIL=0.919", "FROM_SUSPICIOUS_NTLD=0.499",
                  "URI_PHISH=4.0", "HK_RANDOM_FROM=0.999", "DKIM_ADSP_NXDOMAIN=0.9"]
    st = {"parent": g.num(1000, 3000), "kids": [], "clamd": True}

    def new_kid():
        pid = g.num(st["parent"] + 1, st["parent"] + 90000)
        st["kids"].append([pid, 0])
        if len(st["kids"]) > 5:
            st["kids"].pop(0)

    def kid():
        if not st["kids"] or g.r.random() < 0.03:
            new_kid()
        k = g.c(st["kids"])
        k[1] += 1
        if k[1] > 20:
            st["kids"].remove(k)
            new_kid()
            k = st["kids"][-1]
            k[1] = 1
        return k

    def a(pid, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{syslog_ts(L.t)} mx1 amavis[{pid}]: {msg}", ev, None, "amavis")

    def r(k, msg, ev):
        a(k[0], f"({k[0]:05d}-{k[1]:02d}) {msg}", ev)

    def addr_in():
        if g.r.random() < 0.25:
            return f"{g.c(['noreply', 'info', 'service', 'support', g.alnum(8)])}@{g.c(SPAM_DOMS)}", True
        return f"{g.c(['mueller', 'k.schmidt', 'info', 'thomas.wagner', 'noreply', 'poststelle', 'kontakt', 'service', 'h.becker'])}@{g.c(EXT_DOMS)}", False

    def qid():
        return "4" + g.alnum(1, "PQRSTVWXYZ") + g.alnum(11, "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789")

    def mail_id():
        return g.alnum(12, B64[:-2] + "-_")

    def message():
        k = kid()
        inbound = g.r.random() < 0.72
        if inbound:
            sender, spammy = addr_in()
            rcpts = [f"{u}@{DOM}" for u in g.r.sample(LOCAL, g.c([1, 1, 1, 1, 2, 3]))]
            cip = g.ip("pub")
        else:
            spammy = False
            sender = f"{g.c(LOCAL)}@{DOM}"
            rcpts = [f"{g.c(['mueller', 'info', 'kanzlei', 'r.klein', 'poststelle'])}@{g.c(EXT_DOMS)}" for _ in range(g.c([1, 1, 2]))]
            cip = f"10.20.0.{g.num(20, 90)}"
        mid = mail_id()
        size = g.num(1800, 900000) if not spammy else g.num(2000, 60000)
        t0 = L.t
        rc = " ".join(f"<{x}>" for x in rcpts)
        rcc = ",".join(f"<{x}>" for x in rcpts)
        a(k[0], f"({k[0]:05d}-{k[1]:02d}) ESMTP :10024 /var/lib/amavis/tmp/amavis-{L.t:%Y%m%dT%H%M%S}-{k[0]:05d}-{g.alnum(8, B64[:-2])}: <{sender}> -> {rcc} SIZE={size}"
                f"{' BODY=8BITMIME' if g.r.random() < 0.6 else ''} Received: from mx1.{DOM} ([127.0.0.1]) by localhost (mx1.{DOM} [127.0.0.1]) (amavis, port 10024) "
                f"with ESMTP id {mid} for {rcc.split(',')[0]}; {L.t:%a}, {L.t.day:>2} {L.t:%b %Y %H:%M:%S} +0000 (UTC)", "esmtp")
        r(k, f"Checking: {mid} {'MYNETS LOCAL ' if not inbound else ''}[{cip}] <{sender}> -> {rcc}", "checking")
        if g.r.random() < 0.08 and st["clamd"]:
            r(k, f"_WARN: pyzor: check failed: {g.c(['internal error, python traceback seen in response', 'timeout', 'no response from server'])}", "sa_warn_pyzor")
        infected = inbound and g.r.random() < 0.025
        banned = inbound and not infected and g.r.random() < 0.035
        failed_av = False
        if not st["clamd"]:
            r(k, f"(!)connect to /var/run/clamav/clamd.ctl failed, attempt #1: Can't connect to a UNIX socket /var/run/clamav/clamd.ctl: No such file or directory", "clamd_connect_failed")
            r(k, f"(!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl (All attempts (1) failed connecting to "
                 f"/var/run/clamav/clamd.ctl) at (eval {g.num(90, 130)}) line 659.", "clamd_av_failed")
            r(k, "(!!)WARN: all primary virus scanners failed, considering backups", "all_primary_failed")
            L.tick(6)
            failed_av = True
        if banned:
            f = g.c(["Rechnung_" + str(g.num(1000, 99999)), "Zahlungsavis", "DHL_Sendung_" + str(g.num(100000, 999999)), "scan_" + str(g.num(10, 999)), "Mahnung"])
            ext, t = g.c([(".exe", "T=exe,T=exe-ms"), (".js", "T=asc"), (".vbs", "T=asc"), (".iso", "T=iso"), (".lnk", "T=lnk")])
            r(k, f"p.path BANNED:1 {rcpts[0]}: \"P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/zip,T=zip,N={f}.zip | P=p004,L=1/2/1,{t},N={f}{ext}\"", "banned_path")
        sc = g.f(7, 35, 3) if spammy else g.f(-4, 3.5, 3)
        tests = ", ".join(g.r.sample(TESTS_SPAM, g.num(3, 7)) + g.r.sample(TESTS_HAM, g.num(1, 3))) if spammy else ", ".join(g.r.sample(TESTS_HAM, g.num(3, 8)))
        spam_block = spammy and float(sc) >= 10
        if inbound and not infected and not banned:
            r(k, f"spam-tag, <{sender}> -> {rcc}, {'Yes' if spammy else 'No'}, score={sc} tagged_above=2 required=6.31 tests=[{tests}] autolearn={g.c(['no', 'no', 'ham', 'disabled']) if not spammy else g.c(['no', 'spam', 'unavailable'])} "
                 f"autolearn_force=no", "spam_tag")
        if g.r.random() < 0.1:
            d = sender.split("@")[1]
            if g.r.random() < 0.7:
                r(k, f"dkim: VALID Author+Sender+MailFrom signature by {d}, From: {d}, a=rsa-sha256, c=relaxed/relaxed, s={g.c(['s1', 'selector1', 'dkim', '2023'])}, d={d}", "dkim_valid")
            else:
                r(k, f"dkim: FAILED Author+MailFrom signature by {d}, From: {d}, a=rsa-sha256, c=relaxed/relaxed, s={g.c(['s1', 'mail', 'k1'])}, d={d}, "
                     f"{g.c(['body hash did not verify', 'message has been altered'])}", "dkim_failed")
        blocked = infected or banned or spam_block
        q2 = qid()
        if not blocked:
            L.t += dt.timedelta(milliseconds=g.num(100, 3000))
            r(k, f"FWD from <{sender}> -> {rcc},BODY=8BITMIME 250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as {q2}", "fwd")
        if infected:
            virus = g.c(["Win.Trojan.Emotet-9953338-0", "Doc.Downloader.Agent-7455218-0", "Html.Phishing.Bank-1234", "Sanesecurity.Malware.28745.ZipHeur.Exe", "Heuristics.Phishing.Email.SpoofedDomain",
                         "Xls.Dropper.Agent-1234567-0"])
            act, cat = "Blocked", f"INFECTED ({virus})"
            bank = "{DiscardedInbound,Quarantined}"
        elif banned:
            act, cat, bank = "Blocked", f"BANNED (multipart/mixed | application/zip,.zip,{f}.zip | {ext},{f}{ext})", "{DiscardedInbound,Quarantined}"
        elif spam_block:
            act, cat, bank = "Blocked", "SPAM", "{DiscardedInbound,Quarantined}"
        elif spammy:
            act, cat, bank = "Passed", "SPAM", "{RelayedTaggedInbound}"
        elif inbound and g.r.random() < 0.05:
            act, cat, bank = "Passed", f"BAD-HEADER-{g.c([0, 7, 7, 4])}", "{RelayedInbound}"
        elif inbound and float(sc) > 2:
            act, cat, bank = "Passed", "SPAMMY", "{RelayedTaggedInbound}"
        else:
            act, cat, bank = "Passed", "CLEAN", "{RelayedInbound}" if inbound else "{RelayedOutbound}"
        dkim = f", dkim_sd={g.c(['s1', 'selector1', 'google', 'dkim'])}:{sender.split('@')[1]}" if inbound and g.r.random() < 0.5 else ""
        orig = "" if inbound else "ORIGINATING_POST/MYNETS LOCAL "
        qa = f", queued_as: {q2}" if not blocked else ""
        quar = f", quarantine: {'virus' if infected else 'banned' if banned else 'spam'}-{mid}" if blocked else ""
        el = int((L.t - t0).total_seconds() * 1000) + g.num(60, 400)
        r(k, f"{act} {cat} {bank}, {orig}[{cip}]:{g.port()} [{cip}] <{sender}> -> {rc}{quar}, Queue-ID: {qid()}, Message-ID: <{g.hx(16)}.{g.hx(8)}@{sender.split('@')[1]}>, "
             f"mail_id: {mid}, Hits: {sc if not (infected or banned) else '-'}, size: {size}{qa}{dkim}, {el} ms", "main_log")
        if g.r.random() < 0.5:
            parts = [("SMTP greeting", 3), ("SMTP EHLO", 1), ("SMTP pre-MAIL", 1), ("SMTP pre-DATA-flush", 4), ("SMTP DATA", 80), ("check_init", 1), ("digest_hdr", 1), ("digest_body_dkim", 3),
                     ("collect_info", 3), ("mime_decode", 20), ("get-file-type2", 14), ("parts_decode", 0), ("check_header", 1), ("AV-scan-1", 20), ("spam-wb-list", 2),
                     ("SA parse", 4), ("SA check", 900), ("decide_mail_destiny", 3), ("fwd-connect", 5), ("fwd-mail-pip", 4), ("fwd-rcpt-pip", 0), ("fwd-data-chkpnt", 0),
                     ("write-header", 1), ("fwd-data-contents", 0), ("fwd-end-chkpnt", 20), ("prepare-dsn", 2), ("main_log_entry", 12), ("update_snmp", 2), ("unlink-2-files", 1)]
            vals = [(n, max(0, int(v * g.r.uniform(0.3, 3)))) for n, v in parts]
            tot = sum(v for _, v in vals) or 1
            body = ", ".join(f"{n}: {v} ({100 * v // tot}%){100 * sum(x for _, x in vals[:i + 1]) // tot}" for i, (n, v) in enumerate(vals))
            r(k, f"TIMING [total {tot} ms, cpu {int(tot * g.r.uniform(0.2, 0.6))} ms] - {body}", "timing")

    def clamd_reload():
        st["clamd"] = False
        for _ in range(g.num(1, 3)):
            L.tick(5)
            message()
        st["clamd"] = True

    def extra_modules():
        k = kid()
        a(k[0], f"({k[0]:05d}-{k[1]:02d}) extra modules loaded after daemonizing/chrooting: {g.c(['/usr/share/perl5/Mail/SpamAssassin/Plugin/Rule2XSBody.pm', 'Mail/SpamAssassin/Plugin/FreeMail.pm', 'Mail/SpamAssassin/Plugin/Pyzor.pm'])}", "extra_modules")

    def open_relay():
        k = kid()
        r(k, f"Open relay? Nonlocal recips but not originating: {g.c(['bounce', 'info', 'x'])}@{g.c(EXT_DOMS)}", "open_relay")

    def denied():
        a(st["parent"], f"(!)DENIED ACCESS from IP {g.ip('pub')}, policy bank ''", "denied_access")

    def trouble():
        k = kid()
        r(k, f"(!!)TROUBLE in check_mail: spam_scan FAILED: timed out at /usr/share/perl5/Mail/SpamAssassin/Plugin/{g.c(['URIDNSBL', 'DNSEval', 'Razor2'])}.pm line {g.num(200, 900)}.", "trouble_check_mail")
        r(k, "(!)PRESERVING EVIDENCE in /var/lib/amavis/tmp/amavis-" + f"{L.t:%Y%m%dT%H%M%S}-{k[0]:05d}-{g.alnum(8, B64[:-2])}", "preserving_evidence")

    def startup():
        p = g.num(1000, 5000)
        st["parent"], st["kids"] = p, []
        s = lambda msg, ev: a(p, msg, ev)
        s(f"starting. /usr/sbin/amavisd at mx1.{DOM} amavis-2.13.0 (20230106), Unicode aware, LC_ALL=\"C\", LANG=\"C.UTF-8\"", "starting")
        s("perl=5.036000, user=, EUID: 109 (109);  group=, EGID: 115 115 (115 115)", "perl_user")
        s("Net::Server: Group Not Defined.  Defaulting to EGID '115 115'", "netserver_group")
        s("Net::Server: User Not Defined.  Defaulting to EUID '109'", "netserver_user")
        for m, v in [("Amavis::Conf", "2.404"), ("Archive::Zip", "1.68"), ("BerkeleyDB", "0.64"), ("Compress::Raw::Zlib", "2.105"), ("Compress::Zlib", "2.106"), ("Crypt::OpenSSL::RSA", "0.33"),
                     ("Digest::MD5", "2.58"), ("IO::Socket::INET6", "2.73"), ("MIME::Entity", "5.510"), ("MIME::Parser", "5.510"), ("Mail::DKIM::Verifier", "1.20230212"),
                     ("Mail::SpamAssassin", "4.000000"), ("Net::DNS", "1.36"), ("Net::Server", "2.014"), ("NetAddr::IP", "4.079"), ("Time::HiRes", "1.9770"), ("Unix::Syslog", "1.1")]:
            s(f"Module {m:<19} {v}", "module_version")
        for code, ok in [("Amavis::DB", 1), ("SQL base", 0), ("SQL::Log", 0), ("SQL::Quarantine", 0), ("Lookup::SQL", 0), ("Lookup::LDAP", 0), ("AM.PDP-in proto", 0), ("SMTP-in proto", 1),
                         ("Courier proto", 0), ("SMTP-out proto", 1), ("Pipe-out proto", 0), ("BSMTP-out proto", 0), ("Local-out proto", 1), ("OS_Fingerprint", 0), ("ANTI-VIRUS", 1),
                         ("ANTI-SPAM", 1), ("ANTI-SPAM-SA", 1), ("Unpackers", 1), ("DKIM", 1), ("Tools", 0)]:
            s(f"{code:<12} code {'    ' if ok else 'NOT '}loaded", "code_loaded")
        s("Found $file            at /usr/bin/file", "found_program")
        s("No $altermime,         not using it", "no_program")
        for ext, how in [(".mail", "internal"), (".F", None), (".Z", "/usr/bin/uncompress"), (".gz", "internal"), (".bz2", "/usr/bin/bzip2 -d"), (".xz", "/usr/bin/xz -dc"),
                         (".lzma", "/usr/bin/xz -dc --format=lzma"), (".zip", "internal"), (".7z", "/usr/bin/7zr"), (".rar", None), (".arj", None), (".zoo", None),
                         (".doc", "/usr/bin/ripole"), (".cab", "/usr/bin/cabextract"), (".tar", "internal"), (".tnef", "internal")]:
            if how == "internal":
                s(f"Internal decoder for {ext}", "internal_decoder")
            elif how is None:
                s(f"No ext program for   {ext}, tried: {ext[1:]}" if ext != ".F" else "No decoder for       .F", "no_ext_program" if ext != ".F" else "no_decoder")
            else:
                s(f"Found decoder for    {ext:<5} at {how}", "found_decoder")
        s("Using primary internal av scanner code for ClamAV-clamd", "primary_av")
        s("Found secondary av scanner ClamAV-clamscan at /usr/bin/clamscan", "secondary_av")
        s("Deleting db files __db.001,__db.002,__db.003,nanny.db,snmp.db in /var/lib/amavis/db", "deleting_db")
        s("Creating db in /var/lib/amavis/db/; BerkeleyDB 0.64, libdb 5.3", "creating_db")
        s("SpamControl: scanner SpamAssassin, module Amavis::SpamControl::SpamAssassin", "spamcontrol_scanner")
        L.tick(3)
        s("SpamControl: init_pre_chroot on SpamAssassin done", "spamcontrol_pre_chroot")
        s(f"Net::Server: {L.t:%Y/%m/%d-%H:%M:%S} Amavis (type Net::Server::PreForkSimple) starting! pid({p})", "netserver_starting")
        s("Net::Server: Binding to TCP port 10024 on host 127.0.0.1 with IPv4", "netserver_binding")
        s("Net::Server: Binding to TCP port 10024 on host ::1 with IPv6", "netserver_binding")
        s('Net::Server: Setting gid to "115 115"', "netserver_setting_gid")
        s('Net::Server: Setting uid to "109"', "netserver_setting_uid")
        L.tick(4)
        s("SpamControl: init_pre_fork on SpamAssassin done", "spamcontrol_pre_fork")

    def restart():
        a(st["parent"], f"Net::Server: {L.t:%Y/%m/%d-%H:%M:%S} Server closing!", "netserver_closing")
        L.tick(3)
        startup()

    startup()
    ev = [(60, message), (1.0, clamd_reload), (0.6, extra_modules), (0.4, open_relay), (0.4, denied), (0.3, trouble), (0.15, restart)]
    return L.run(slowed(L, ev, 100), None)


# 3 ---------------------------------------------------------------- AnyDesk 8.0 (Windows, installed as a service, unattended access with a password) on the reception PC of a dental practice that
#   its IT provider supports remotely, C:\ProgramData\AnyDesk\ad_svc.trace over some weeks as an incident responder copies it: "   info 2026-12-01 10:00:00.123
#   gsvc   4012   4016   12   anynet.relay_conn - message" (level right-aligned, local time with milliseconds, the process role, pid, tid, a connection
#   number where there is one, the logger right-aligned); the service's start-up banner, relay logins, incoming sessions from the provider (and one from an
#   unknown ID), authentication, profiles, file transfers and clipboard, sessions ending, the network dropping, updates
@checked
def log_anydesk(seed):
    L = Log("anydesk_ad_svc_trace", seed, "full", True, True)
    g = L.g
    PROVIDER = [("IT-Service Keller", "412 883 907", "412883907"), ("Keller Techniker 2", "1 203 448 561", "1203448561"), ("support-lk", "871 004 226", "871004226")]
    ROGUE = ("Microsoft Support", "1 772 903 114", "1772903114")
    MY_ID = "1 480 266 390"
    RELAYS = [g.hx(8) for _ in range(5)]
    st = {"pid": g.num(2000, 9000), "conn": g.num(1, 20), "ver": "8.0.14", "relay": g.c(RELAYS), "pub": f"91.{g.num(0, 63)}.{g.num(0, 255)}.{g.num(1, 254)}"}

    def ad(lvl, role, logger, msg, ev, tid=None, sid=""):
        ms_(L, 0, 60)
        tid = tid or g.c([st["pid"] + 4, st["pid"] + 120, st["pid"] + 388, st["pid"] + 1020])
        L.emit(f"{lvl:>7} {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {role:>10} {st['pid']:>6} {tid:>6} {str(sid):>4} {logger:>28} - {msg}", ev, lvl, f"{logger}|{role}")

    def svc(msg, ev, logger="app.service", lvl="info", sid=""):
        ad(lvl, "gsvc", logger, msg, ev, sid=sid)

    def startup():
        st["pid"] = g.num(2000, 9000)
        m = lambda msg, ev: svc(msg, ev, "main")
        m(f"* AnyDesk Windows Version {st['ver']}", "banner_version")
        m(f"* Process: C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "banner_process")
        m(f"* Running on Windows 10 (build 19045, 64 bit)", "banner_os")
        m(f"* Service: AnyDesk", "banner_service")
        m(f"* Computer name: EMPFANG-01", "banner_computer")
        m(f"* Primary language: de", "banner_language")
        m(f"* Started {L.t:%Y-%m-%d %H:%M:%S} (local time)", "banner_started")
        svc("Service started.", "service_started", "app.local_service")
        svc("Loading settings from C:\\ProgramData\\AnyDesk\\service.conf", "loading_settings", "app.local_settings")
        svc(f"Client-ID: {MY_ID.replace(' ', '')} (FPR: {g.hx(12)}).", "client_id", "app.local_service")
        relay_login()

    def relay_login():
        st["relay"] = g.c(RELAYS)
        st["conn"] += 1
        c = st["conn"]
        svc(f"Connecting to relay-{st['relay']}.net.anydesk.com:{g.c([443, 443, 80, 6568])}", "connecting_relay", "anynet.relay_conn", sid=c)
        L.tick(0.4)
        svc(f"Logged in from {st['pub']}:{g.port()} on relay {st['relay']}.", "logged_in", "anynet.relay_conn", sid=c)
        svc("Connection established.", "connection_established", "anynet.relay_conn", sid=c)

    def net_drop():
        c = st["conn"]
        svc(f"Connection to relay {st['relay']} lost (os error {g.c([10054, 10060, 10053])}).", "relay_lost", "anynet.relay_conn", "warning", sid=c)
        for _ in range(g.num(1, 4)):
            L.tick(8)
            svc(f"Could not connect to 'boot.net.anydesk.com:{g.c([443, 80, 6568])}': {g.c(['No route to host', 'Connection timed out', 'Host not found'])}.", "could_not_connect", "anynet.any_socket", "warning")
        L.tick(30)
        if g.r.random() < 0.3:
            st["pub"] = f"91.{g.num(0, 63)}.{g.num(0, 255)}.{g.num(1, 254)}"
        relay_login()

    def session(rogue=False):
        name, disp, rid = ROGUE if rogue else g.c(PROVIDER)
        st["conn"] += 1
        c = st["conn"]
        b = lambda msg, ev, lvl="info": ad(lvl, "back", "app.backend_session", msg, ev, sid=c)
        b(f"Incoming session request: {name} ({rid})", "incoming_request")
        b(f"Remote version: {g.c(['8.0.14', '8.0.11', '8.1.0', '7.1.17'])}", "remote_version")
        b(f"Remote OS: Windows, Connection flags: {g.c(['direct', 'relay', 'relay, hole punching'])}", "remote_os")
        if rogue:
            ad("info", "back", "app.backend_session", "Waiting for user to accept the session.", "waiting_accept", sid=c)
            L.tick(20)
            b(f"Accepting from {disp}.", "accepting")
            b("Profile was used: Full Access", "profile_used")
        elif g.r.random() < 0.08:
            b(f"Authentication failed: wrong password (attempt {g.num(1, 3)}).", "auth_failed", "warning")
            L.tick(10)
            b("Authenticated with correct password.", "auth_password")
            b("Profile was used: Unattended Access", "profile_used")
        else:
            if g.r.random() < 0.7:
                b("Authenticated with permanent token.", "auth_token")
            else:
                b("Authenticated with correct password.", "auth_password")
            b("Profile was used: Unattended Access", "profile_used")
        t0 = L.t
        ad("info", "back", "app.session", f"Session started (resolution {g.c(['1920x1080', '1920x1080', '1680x1050'])}, {g.c(['32', '16'])} bit).", "session_started", sid=c)
        n = g.num(0, 6) if not rogue else g.num(4, 9)
        for _ in range(n):
            L.tick(60)
            r = g.r.random()
            if r < 0.35:
                ad("info", "back", "app.clipbrd", f"Found {g.num(1, 4)} formats with {g.num(8, 90000)} Bytes.", "clipboard_formats", sid=c)
            elif r < 0.55:
                d = g.c(["C:\\Users\\Empfang\\Documents", "C:\\Users\\Empfang\\Desktop", "C:\\ProgramData\\Dampsoft\\DS-Win", "C:\\Temp"])
                ad("info", "back", "app.ft_src_session", f"Preparing files in '{d}'.", "ft_preparing", sid=c)
                ad("info", "back", "app.ft_src_session", f"Download started ({g.num(1, 40)} files, {g.num(1, 900)} MB).", "ft_download_started", sid=c)
                L.tick(30)
                ad("info", "back", "app.ft_src_session", "Download finished.", "ft_download_finished", sid=c)
            elif r < 0.75:
                f = g.c(["DS-Win_Update_2026-4.exe", "TeamViewerQS.exe", "drucker-treiber.zip", "fix_scanner.ps1", "Konnektor_Zertifikat.p12"]) if not rogue else g.c(["AnyDesk.exe", "support_tool.exe", "Rechnung.pdf.exe"])
                ad("info", "back", "app.ft_dst_session", f"Receiving file '{f}' ({g.num(10, 90000)} kB) to 'C:\\Users\\Empfang\\Downloads'.", "ft_receiving", sid=c)
            elif r < 0.85:
                ad("info", "back", "app.session", f"Remote requested {g.c(['Ctrl+Alt+Del', 'restart in safe mode', 'elevation'])}.", "remote_requested", sid=c)
            elif r < 0.93:
                ad("info", "back", "audio.capture", f"Audio capture started ({g.c([44100, 48000])} Hz, 2 channels).", "audio_started", sid=c)
            else:
                ad("warning", "back", "app.video", f"Frame encoder fell back to {g.c(['software', 'JPEG'])} mode.", "encoder_fallback", sid=c)
        L.tick(300 if not rogue else 600)
        how = g.c(["Session closed by the remote side.", "Session closed by the remote side.", "Session closed by the local user."])
        ad("info", "back", "app.session", how, "session_closed" if "remote" in how else "session_closed_local", sid=c)
        ad("info", "back", "app.backend_session", f"Session stopped after {int((L.t - t0).total_seconds())} s, transferred {g.num(1, 900)} MB.", "session_stopped", sid=c)

    def rejected():
        st["conn"] += 1
        c = st["conn"]
        name, disp, rid = g.c([ROGUE, ("user", "1 008 331 902", "1008331902"), ("Admin", "905 114 662", "905114662")])
        ad("info", "back", "app.backend_session", f"Incoming session request: {name} ({rid})", "incoming_request", sid=c)
        ad("info", "back", "app.backend_session", f"Remote OS: {g.c(['Windows', 'Android', 'Linux'])}, Connection flags: relay", "remote_os", sid=c)
        L.tick(20)
        ad("info", "back", "app.backend_session", g.c(["Session was rejected by the local user.", "Connection was not accepted in time."]), "session_rejected", sid=c)

    def keepalive():
        svc(f"Relay {st['relay']}: {g.num(20, 120)} ms latency, {g.num(0, 3)} reconnects.", "relay_stats", "anynet.relay_conn", "info", sid=st["conn"])

    def update():
        new = g.c(["8.0.15", "8.1.0"])
        svc(f"Update available: {st['ver']} -> {new}", "update_available", "app.update")
        svc(f"Downloading update from https://download.anydesk.com/AnyDesk-{new}.exe", "update_downloading", "app.update")
        L.tick(20)
        if g.r.random() < 0.15:
            svc(f"Update failed: signature check failed for C:\\ProgramData\\AnyDesk\\update\\AnyDesk-{new}.exe", "update_failed", "app.update", "error")
            return
        svc("Update verified. Restarting service.", "update_verified", "app.update")
        st["ver"] = new
        svc("Service stopped.", "service_stopped", "app.local_service")
        L.tick(10)
        startup()

    def reboot():
        svc("Service stopped.", "service_stopped", "app.local_service")
        L.t += dt.timedelta(hours=g.num(8, 16), seconds=g.num(0, 3599))
        startup()

    def dns_err():
        svc(f"Resolving {g.c(['boot.net.anydesk.com', 'relay-' + st['relay'] + '.net.anydesk.com'])} failed: {g.c(['WSAHOST_NOT_FOUND', 'WSATRY_AGAIN'])}.", "resolve_failed", "anynet.dns", "error")

    def license():
        svc(g.c(["License: Solo (1 seat), valid until 2027-03-31.", "License: Solo (1 seat), valid until 2027-03-31."]), "license", "app.license")

    def acl():
        svc(f"Access list: {g.num(3, 6)} entries, incoming from {g.c(['412883907', '1203448561', '871004226'])} allowed.", "access_list", "app.local_settings")

    startup()
    ev = [(22, keepalive), (16, session), (0.4, lambda: session(True)), (2, rejected), (4, net_drop), (2, dns_err), (1.5, license), (1.2, acl), (0.5, update), (2, reboot)]
    return L.run(slowed(L, ev, 3600), None)


# 4 ---------------------------------------------------------------- Apache Ant 1.10.14 (with Ivy 2.5) building an insurance broker's legacy Java applications (an ERP, a report engine, an EDI gateway) every
#   night from cron on an old build host, `nightly.sh >> /home/build/logs/nightly.log 2>&1`: the script's "=== nightly <project> <date> ===" and "=== done
#   rc=N <date> ===" lines, `git pull`'s output, then Ant's own: "Buildfile:", the target names ("compile:"), every task line behind its name right-aligned in
#   twelve columns ("    [javac] Compiling 1342 source files to ..."), javac's warnings and errors with their source line and caret, Ivy's resolve
#   report, JUnit's summaries, jar/war/scp/sshexec, "BUILD SUCCESSFUL"/"BUILD FAILED" and the total time; empty lines where Ant writes them
@checked
def log_ant(seed):
    L = Log("ant_nightly_log", seed, None, False, True, start=dt.datetime(2026, 11, 12, 2, 0, 1, tzinfo=UTC))
    g = L.g
    PROJ = {"erp-legacy": ("com.acme.erp", ["invoice", "report", "customer", "contract", "util", "db", "tariff"], 1342, 212, True),
            "report-engine": ("com.acme.reports", ["render", "pdf", "jasper", "schedule", "mail"], 388, 64, False),
            "edi-gateway": ("com.acme.edi", ["bipro", "gdv", "parser", "sftp", "archive"], 523, 97, True)}
    CLASSES = ["InvoiceService", "MonthlyReport", "CustomerDao", "ContractMapper", "DateUtil", "TariffCalculator", "PdfRenderer", "JasperBridge", "MailSender", "GdvParser",
               "BiproClient", "SftpPoller", "ArchiveWriter", "ScheduleRunner", "StringHelper", "DbPool"]
    st = {"ver": {p: g.num(200, 400) for p in PROJ}, "head": {p: g.hx(7) for p in PROJ}, "broken": None}

    def o(text, ev, comp=None):
        L.emit(text, ev, None, comp)

    def task(name, msg, ev):
        o(f"{'[' + name + ']':>11} {msg}", ev, name)

    def blank():
        o("", "blank")

    def path(p):
        pkg, subs = PROJ[p][0], PROJ[p][1]
        return f"/home/build/src/{p}/src/{pkg.replace('.', '/')}/{g.c(subs)}/{g.c(CLASSES)}.java"

    def git(p):
        r = g.r.random()
        if r < 0.45:
            o("Already up to date.", "git_up_to_date")
            return
        old, new = st["head"][p], g.hx(7)
        st["head"][p] = new
        o(f"From git.acme.local:java/{p}", "git_from")
        o(f"   {old}..{new}  master     -> origin/master", "git_ref_update")
        o(f"Updating {old}..{new}", "git_updating")
        o("Fast-forward", "git_fast_forward")
        n = g.num(1, 5)
        ins = dels = 0
        files = sorted({path(p).replace(f"/home/build/src/{p}/", "") for _ in range(n)})
        n = len(files)
        wd = max(len(f) for f in files)
        for f in files:
            a, d = g.num(0, 40), g.num(0, 20)
            a += 0 if a + d else 1
            ins += a
            dels += d
            o(f" {f:<{wd}} | {a + d:>3} {'+' * min(a, 30)}{'-' * min(d, 20)}", "git_diffstat")
        o(f" {n} file{'s' if n > 1 else ''} changed, {ins} insertions(+), {dels} deletions(-)", "git_summary")

    def ivy(p):
        n = g.num(12, 30)
        task("ivy:retrieve", ":: Apache Ivy 2.5.2 - 20230821 :: https://ant.apache.org/ivy/ ::", "ivy_banner")
        task("ivy:retrieve", f":: loading settings :: file = /home/build/src/{p}/ivysettings.xml", "ivy_loading_settings")
        task("ivy:retrieve", f":: resolving dependencies :: com.acme#{p};working@buildhost", "ivy_resolving")
        task("ivy:retrieve", "\tconfs: [default, test]", "ivy_confs")
        for dep in g.r.sample(["org.apache.commons#commons-lang3;3.12.0", "commons-io#commons-io;2.11.0", "org.slf4j#slf4j-api;1.7.36", "log4j#log4j;1.2.17",
                               "net.sf.jasperreports#jasperreports;6.20.0", "com.jcraft#jsch;0.1.55", "junit#junit;4.13.2", "org.hamcrest#hamcrest-core;1.3",
                               "com.oracle.database.jdbc#ojdbc8;19.3.0.0", "org.apache.poi#poi;5.2.3", "com.itextpdf#itextpdf;5.5.13.3"], g.num(3, 7)):
            task("ivy:retrieve", f"\tfound {dep} in {g.c(['central', 'central', 'acme-nexus'])}", "ivy_found")
        if g.r.random() < 0.1:
            task("ivy:retrieve", f"\t[NOT FOUND  ] com.acme#common-utils;{g.num(1, 3)}.{g.num(0, 9)}.{g.num(0, 40)}!common-utils.jar (2ms)", "ivy_not_found")
            task("ivy:retrieve", "\t==== acme-nexus: tried", "ivy_tried")
            task("ivy:retrieve", f"\t  https://nexus.acme.local/repository/maven-releases/com/acme/common-utils/", "ivy_tried_url")
        task("ivy:retrieve", f":: resolution report :: resolve {g.num(300, 5000)}ms :: artifacts dl {g.num(5, 900)}ms", "ivy_resolution_report")
        sep = "\t---------------------------------------------------------------------"
        task("ivy:retrieve", sep, "ivy_table_rule")
        task("ivy:retrieve", "\t|                  |            modules            ||   artifacts   |", "ivy_table_head1")
        task("ivy:retrieve", "\t|       conf       | number| search|dwnlded|evicted|| number|dwnlded|", "ivy_table_head2")
        task("ivy:retrieve", sep, "ivy_table_rule")
        for conf, k in [("default", n), ("test", n + g.num(2, 6))]:
            task("ivy:retrieve", f"\t|{conf:^18}|{k:^7}|{0:^7}|{0:^7}|{0:^7}||{k:^7}|{0:^7}|", "ivy_table_row")
        task("ivy:retrieve", sep, "ivy_table_rule")
        task("ivy:retrieve", f":: retrieving :: com.acme#{p}", "ivy_retrieving")
        task("ivy:retrieve", "\tconfs: [default, test]", "ivy_confs")
        task("ivy:retrieve", f"\t0 artifacts copied, {2 * n + 3} already retrieved (0kB/{g.num(4, 40)}ms)", "ivy_copied")

    def javac_warn(p):
        f, ln = path(p), g.num(20, 900)
        kind = g.r.random()
        if kind < 0.5:
            what, src, col = g.c([("Date(String) in Date", "        return new Date(s);", 15), ("getHours() in Date", "        int h = d.getHours();", 17),
                                  ("Integer(int) in Integer", "            Integer v = new Integer(x);", 24), ("newInstance() in Class", "        Object o = cls.newInstance();", 22)])
            task("javac", f"{f}:{ln}: warning: [deprecation] {what} has been deprecated", "javac_warn_deprecation")
            task("javac", src, "javac_source_line")
            task("javac", " " * col + "^", "javac_caret")
        else:
            req, found, src, col = g.c([("List<Contract>", "List", "        List<Contract> list = query.list();", 42), ("Map<String,Object>", "Map", "        Map<String, Object> m = (Map) ctx.get(\"params\");", 44)])
            task("javac", f"{f}:{ln}: warning: [unchecked] unchecked conversion", "javac_warn_unchecked")
            task("javac", src, "javac_source_line")
            task("javac", " " * col + "^", "javac_caret")
            task("javac", "  required: " + req, "javac_required")
            task("javac", "  found:    " + found, "javac_found")

    def javac_error(p):
        f, ln = path(p), g.num(20, 900)
        kind = g.r.random()
        if kind < 0.6:
            m = g.c(["getNetAmount()", "setTariffCode(String)", "toLegacyFormat()", "isArchived()"])
            task("javac", f"{f}:{ln}: error: cannot find symbol", "javac_error_symbol")
            src = g.c(["        BigDecimal net = item.getNetAmount();", "        c.setTariffCode(code);", "        String s = rec.toLegacyFormat();", "        if (doc.isArchived()) {"])
            task("javac", src, "javac_source_line")
            task("javac", " " * (len(src) - len(src.lstrip()) + g.num(4, 16)) + "^", "javac_caret")
            task("javac", f"  symbol:   method {m}", "javac_symbol")
            task("javac", f"  location: variable {g.c(['item', 'c', 'rec', 'doc'])} of type {g.c(CLASSES)}", "javac_location")
        else:
            task("javac", f"{f}:{ln}: error: incompatible types: {g.c(['String', 'long', 'Object'])} cannot be converted to {g.c(['int', 'BigDecimal', 'Contract'])}", "javac_error_incompatible")
            src = g.c(["        int id = rs.getString(1);", "        BigDecimal sum = total;", "        Contract c = cache.get(key);"])
            task("javac", src, "javac_source_line")
            task("javac", " " * (len(src) - len(src.lstrip()) + g.num(4, 16)) + "^", "javac_caret")

    def build(p):
        pkg, subs, nsrc, ntest, deploy = PROJ[p]
        t0 = L.t
        o(f"=== nightly {p} {date_cmd(L.t)} ===", "script_start")
        git(p)
        o(f"Buildfile: /home/build/src/{p}/build.xml", "buildfile")
        if g.r.random() < 0.05:
            o(f"Trying to override old definition of task {g.c(['scp', 'sshexec', 'junit'])}", "override_task")
        blank()
        o("clean:", "target")
        task("delete", f"Deleting directory /home/build/src/{p}/build", "delete_dir")
        blank()
        o("init:", "target")
        for d in ["build/classes", "build/test-classes", "dist"]:
            task("mkdir", f"Created dir: /home/build/src/{p}/{d}", "mkdir")
        blank()
        o("resolve:", "target")
        ivy(p)
        blank()
        o("compile:", "target")
        st["ver"][p] += 1
        task("javac", f"Compiling {nsrc + g.num(-3, 6)} source files to /home/build/src/{p}/build/classes", "javac_compiling")
        task("javac", "warning: [options] bootstrap class path not set in conjunction with -source 8", "javac_bootstrap_warning")
        nw = g.num(0, 4)
        for _ in range(nw):
            javac_warn(p)
        broken = g.r.random() < 0.1
        if g.r.random() < 0.7:
            task("javac", "Note: Some input files use unchecked or unsafe operations.", "javac_note_unchecked")
            task("javac", "Note: Recompile with -Xlint:unchecked for details.", "javac_note_recompile")
        if broken:
            ne = g.num(1, 3)
            for _ in range(ne):
                javac_error(p)
            task("javac", f"{ne} error{'s' if ne > 1 else ''}", "javac_n_errors" if ne > 1 else "javac_1_error")
        if nw + 1:
            task("javac", f"{nw + 1} warning{'s' if nw else ''}", "javac_n_warnings" if nw else "javac_1_warning")
        L.t += dt.timedelta(seconds=g.num(20, 90))
        if broken:
            blank()
            o("BUILD FAILED", "build_failed")
            o(f"/home/build/src/{p}/build.xml:{g.c([87, 88])}: Compile failed; see the compiler error output for details.", "compile_failed")
            return finish(p, t0, 1)
        task("copy", f"Copying {g.num(10, 90)} files to /home/build/src/{p}/build/classes", "copy_files")
        blank()
        o("compile-tests:", "target")
        task("javac", f"Compiling {ntest + g.num(-1, 3)} source files to /home/build/src/{p}/build/test-classes", "javac_compiling")
        blank()
        o("test:", "target")
        fails = []
        for cls in g.r.sample(CLASSES, g.num(4, 9)):
            sub = g.c(subs)
            name = f"{pkg}.{sub}.{cls}Test"
            task("junit", f"Running {name}", "junit_running")
            n = g.num(1, 40)
            fl = 1 if g.r.random() < 0.04 else 0
            er = 1 if g.r.random() < 0.02 else 0
            L.t += dt.timedelta(seconds=g.num(0, 20))
            task("junit", f"Tests run: {n}, Failures: {fl}, Errors: {er}, Skipped: {g.c([0, 0, 0, 1, 2])}, Time elapsed: {g.f(0.01, 19, 3)} sec", "junit_tests_run")
            if g.r.random() < 0.15:
                task("junit", f"Output:", "junit_output")
                task("junit", f"{L.t:%H:%M:%S},{ms3(L.t)} WARN  [{cls}] {g.c(['no connection to test DB, using H2', 'locale de_DE not installed, falling back to en', 'slow test'])}", "junit_output_line")
            if fl or er:
                task("junit", f"Test {name} FAILED", "junit_test_failed")
                fails.append(name)
        if fails and g.r.random() < 0.6:
            blank()
            o("BUILD FAILED", "build_failed")
            o(f"/home/build/src/{p}/build.xml:{g.c([142, 143])}: Test {fails[0]} failed", "test_failed")
            return finish(p, t0, 1)
        blank()
        o("dist:", "target")
        v = f"4.{g.num(1, 3)}.{st['ver'][p]}"
        task("jar", f"Building jar: /home/build/src/{p}/dist/{p}-{v}.jar", "jar_building")
        if deploy:
            task("war", f"Building war: /home/build/src/{p}/dist/{p.split('-')[0]}.war", "war_building")
        task("echo", f"Build {v} done", "echo")
        if deploy:
            blank()
            o("deploy:", "target")
            host = g.c(["tomcat-test.acme.local", "tomcat-test.acme.local", "edi-test.acme.local"])
            task("scp", f"Connecting to {host}:22", "scp_connecting")
            if g.r.random() < 0.08:
                blank()
                o("BUILD FAILED", "build_failed")
                o(f"/home/build/src/{p}/build.xml:{g.c([171, 172])}: com.jcraft.jsch.JSchException: {g.c(['Auth fail', 'java.net.ConnectException: Connection refused (Connection refused)', 'timeout: socket is not established'])}", "deploy_failed")
                return finish(p, t0, 1)
            task("scp", f"done.", "scp_done")
            task("sshexec", f"Connecting to {host}:22", "sshexec_connecting")
            task("sshexec", "cmd : sudo systemctl restart tomcat9", "sshexec_cmd")
        blank()
        o("BUILD SUCCESSFUL", "build_successful")
        finish(p, t0, 0)

    def finish(p, t0, rc):
        L.t += dt.timedelta(seconds=g.num(3, 30))
        if rc:
            blank()
        secs = int((L.t - t0).total_seconds())
        o(f"Total time: {secs // 60} minute{'s' if secs // 60 != 1 else ''} {secs % 60} second{'s' if secs % 60 != 1 else ''}" if secs >= 60 else f"Total time: {secs} seconds", "total_time")
        if rc and g.r.random() < 0.5:
            o(f"nightly.sh: build of {p} failed, report mailed to build-admins@acme.local", "mail_report")
        o(f"=== done rc={rc} {date_cmd(L.t)} ===", "script_done")

    def night():
        for p in PROJ:
            build(p)
        if g.r.random() < 0.1:
            o(f"df: /home/build: {g.num(88, 97)}% used", "df_warning")
        day = L.t.date() + dt.timedelta(days=1)
        L.t = dt.datetime(day.year, day.month, day.day, 2, 0, 1, tzinfo=UTC)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- LoRa Basics Station 2.0.6 (Semtech, rpi/std build, an SX1301 concentrator on SPI, no GPS) on a LoRaWAN gateway on a farm's grain silo,
#   connected to The Things Stack over LNS WebSocket, log_level DEBUG, /opt/basicstation/station.log: "2026-12-01 10:00:00.123 [S2E:VERB] message" (local time with
#   milliseconds, the module and the level's four letters); the start-up with the concentrator's configuration dump and the region's data rates, uplinks
#   (data frames and join requests) from soil, silo-level and weather sensors, downlinks with their scheduling, duty-cycle blocks, time sync, the
#   WebSocket to the LNS dropping and coming back, a concentrator that fails to start once
@checked
def log_basicstation(seed):
    L = Log("basicstation_station_log", seed, "full", True, True)
    g = L.g
    EUI = "b827:ebff:fe" + g.hx(2) + ":" + g.hx(4)
    EUI_UP = EUI.replace(":", "").upper().rjust(16, "0")
    DEVS = [("260B" + g.HX(4), g.num(0, 30000)) for _ in range(14)]
    FREQS = [868.1, 868.3, 868.5, 867.1, 867.3, 867.5, 867.7, 867.9]
    st = {"diid": g.num(1000, 60000), "conn": 3, "q90": 2147483647, "fc": {d: f for d, f in DEVS}}

    def s(mod, lvl, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{mod}:{lvl}] {msg}", ev, lvl, mod)

    def xtime():
        return f"0x{g.num(0x10, 0x3F):X}0000{g.HX(8)}"

    def dr_line(dr, what):
        s("S2E", "VERB", f"  DR{dr:<2} {what}", "region_dr")

    def startup(fail=False):
        st["conn"] = 3
        s("SYS", "INFO", "Logging     : file=/opt/basicstation/station.log (maxsize=10000000, rotate=3)", "sys_logging")
        s("SYS", "INFO", "Station Ver : 2.0.6(rpi/std) 2022-01-10 16:01:10", "sys_station_ver")
        s("SYS", "INFO", "Package Ver : 1.0.0", "sys_package_ver")
        s("SYS", "INFO", f"proto EUI   : 0:{EUI}\t(/sys/class/net/eth0/address)", "sys_proto_eui")
        s("SYS", "INFO", "prefix EUI  : ::1\t(builtin)", "sys_prefix_eui")
        s("SYS", "INFO", f"Station EUI : {EUI}", "sys_station_eui")
        s("SYS", "INFO", "Station home: /opt/basicstation/\t(--home)", "sys_station_home")
        s("SYS", "INFO", "Station temp: /var/tmp/\t(builtin)", "sys_station_temp")
        s("SYS", "WARN", "Station in NO-CUPS mode", "sys_no_cups")
        ms_(L, 150, 250)
        s("TCE", "INFO", "Starting TC engine", "tce_starting")
        s("TCE", "INFO", "Connecting to INFOS: wss://eu1.cloud.thethings.network:8887", "tce_connecting_infos")
        connect()
        s("S2E", "WARN", "Unknown field in router_config - ignored: protocol (0x18F5E4E5)", "s2e_unknown_field")
        s("S2E", "WARN", "Unknown field in router_config - ignored: regionid (0xE6FFB211)", "s2e_unknown_field")
        s("RAL", "INFO", "Lora gateway library version: Version: 5.0.1;", "ral_lib_version")
        s("RAL", "DEBU", "SX1301 txlut table (16 entries)", "ral_txlut_table")
        for i, (pa, dac, mix, rf) in enumerate([(0, 3, 8, -6), (0, 3, 10, -3), (0, 3, 12, 0), (1, 3, 8, 3), (1, 3, 10, 6), (1, 3, 12, 10), (1, 3, 13, 11), (2, 3, 9, 12),
                                                (1, 3, 15, 13), (2, 3, 10, 14), (2, 3, 11, 16), (3, 3, 9, 20), (3, 3, 10, 23), (3, 3, 11, 25), (3, 3, 12, 26), (3, 3, 14, 27)]):
            s("RAL", "VERB", f"SX1301 txlut {i:>2}:  dig=0 pa={pa} dac={dac} mix={mix:>2} rf={rf:>4}", "ral_txlut")
        s("RAL", "VERB", "SX1301 rxrfchain 0: enable=1 freq=867500000 rssi_offset=-166.000000 type=2 tx_enable=1 tx_notch_freq=0", "ral_rxrfchain")
        s("RAL", "VERB", "SX1301 rxrfchain 1: enable=1 freq=868500000 rssi_offset=-166.000000 type=2 tx_enable=0 tx_notch_freq=0", "ral_rxrfchain")
        for i, (rf, off) in enumerate([(1, -400000), (1, -200000), (1, 0), (0, -400000), (0, -200000), (0, 0), (0, 200000), (0, 400000)]):
            s("RAL", "VERB", f"SX1301 ifchain {i:>2}: enable=1 rf_chain={rf} freq={off} bandwidth=0 datarate=0 sync_word=0/0", "ral_ifchain")
        s("RAL", "VERB", "SX1301 ifchain  8: enable=1 rf_chain=1 freq=-200000 bandwidth=5 datarate=2 sync_word=0/0", "ral_ifchain")
        s("RAL", "VERB", "SX1301 ifchain  9: enable=1 rf_chain=1 freq=300000 bandwidth=0 datarate=0 sync_word=0/0", "ral_ifchain")
        s("RAL", "VERB", "SX1301 lbt: enable=0 rssi_target=0 nb_channel=0 rssi_offset=0", "ral_lbt")
        s("RAL", "VERB", "Station device: spi:/dev/spidev0.0 (PPS capture disabled)", "ral_station_device")
        ms_(L, 1800, 2600)
        if fail:
            s("RAL", "ERRO", "Concentrator start failed: lgw_start", "ral_start_failed")
            s("RAL", "ERRO", "ral_config failed with status 0x08", "ral_config_failed")
            s("S2E", "ERRO", "Closing connection to muxs - error in s2e_onMsg", "s2e_closing")
            s("AIO", "DEBU", f"[{st['conn']}] WS connection shutdown...", "aio_ws_shutdown")
            s("SYS", "CRIT", "Station exiting: concentrator not ready", "sys_exiting")
            L.t += dt.timedelta(seconds=g.num(8, 20))
            return startup()
        s("RAL", "INFO", f"Concentrator started ({g.num(1, 2)}s{g.num(0, 999)}ms)", "ral_started")
        s("S2E", "INFO", "Configuring for region: EU868 -- 863.0MHz..870.0MHz", "s2e_region")
        for dr, w in enumerate(["SF12/BW125", "SF11/BW125", "SF10/BW125", "SF9/BW125", "SF8/BW125", "SF7/BW125", "SF7/BW250", "FSK"]):
            dr_line(dr, w)
        for dr in range(8, 16):
            dr_line(dr, "undefined")
        s("S2E", "VERB", "  TX power: 16.0 dBm EIRP", "region_txpower")
        s("S2E", "VERB", "            27.0 dBm EIRP for 869.4MHz..869.65MHz", "region_txpower_band")
        s("S2E", "VERB", "  JoinEui list: 0 entries", "region_joineui")
        s("S2E", "VERB", "  NetID filter: FFFFFFFF-FFFFFFFF-FFFFFFFF-FFFFFFFF", "region_netid")
        s("S2E", "VERB", "  Dwell time limit: none", "region_dwell")
        s("S2E", "INFO", "Beaconing suspended - missing GPS data: time position", "s2e_beaconing_suspended")
        st["q90"] = 2147483647

    def connect():
        ms_(L, 300, 800)
        s("TCE", "INFO", f"Infos: {EUI} muxs-::0 wss://eu1.cloud.thethings.network:8887/traffic/eui-{EUI_UP}", "tce_infos")
        s("AIO", "DEBU", f"[{st['conn']}] ws_close reason=1000", "aio_ws_close")
        s("AIO", "DEBU", "Echoing close - reason=1000", "aio_echoing_close")
        s("AIO", "DEBU", f"[{st['conn']}] WS connection shutdown...", "aio_ws_shutdown")
        s("TCE", "VERB", "Connecting to MUXS...", "tce_connecting_muxs")
        ms_(L, 200, 900)
        s("TCE", "VERB", "Connected to MUXS.", "tce_connected_muxs")

    def uplink():
        f = g.c(FREQS)
        dr = g.c([5, 5, 5, 4, 3, 2, 1, 0, 0])
        sf = 12 - dr
        snr = g.f(-19, 11, 1) if sf > 9 else g.f(-6, 11.5, 1)
        rssi = g.num(-121, -55)
        if g.r.random() < 0.05:
            dev = f"{g.c(['26', '27', '00', '01', 'E0'])}{g.HX(6)}"
            fc = g.num(0, 60000)
            s("S2E", "VERB", f"RX {f:.1f}MHz DR{dr} SF{sf}/BW125 snr={snr} rssi={rssi} xtime={xtime()} fts=-1 - updf mhdr=40 DevAddr={dev} FCtrl=00 FCnt={fc} FOpts=[] "
                             f"{g.HX(2)}{g.HX(g.num(4, 40))} mic={g.num(-2 ** 31, 2 ** 31 - 1)} ({g.num(14, 60)} bytes)", "s2e_rx_updf")
            s("S2E", "DEBU", f"Dropped frame from foreign network (NetID 0x{g.c(['00', '13', '3C'])})", "s2e_dropped_netid")
            return
        dev = g.c(DEVS)[0]
        st["fc"][dev] += 1
        fopts = "FOpts=[]" if g.r.random() < 0.9 else f"FOpts=[{g.c(['0603', '0B01', '0A0A0000'])}]"
        mhdr = "80" if g.r.random() < 0.08 else "40"
        s("S2E", "VERB", f"RX {f:.1f}MHz DR{dr} SF{sf}/BW125 snr={snr} rssi={rssi} xtime={xtime()} fts=-1 - updf mhdr={mhdr} DevAddr={dev} FCtrl={g.c(['80', '80', '00', 'A0'])} "
                         f"FCnt={st['fc'][dev]} {fopts} {g.HX(2)}{g.HX(g.num(4, 40))} mic={g.num(-2 ** 31, 2 ** 31 - 1)} ({g.num(14, 60)} bytes)", "s2e_rx_updf")
        if mhdr == "80" or g.r.random() < 0.05:
            downlink(f, dr)

    def join():
        f = g.c(FREQS)
        dr = g.c([5, 4, 3, 2, 1, 0])
        dev = ":".join(g.hx(4) for _ in range(4))
        s("S2E", "VERB", f"RX {f:.1f}MHz DR{dr} SF{12 - dr}/BW125 snr={g.f(-15, 10, 1)} rssi={g.num(-120, -60)} xtime={xtime()} fts=-1 - jreq MHdr=00 JoinEUI=70b3:d57e:d000:{g.hx(4)} "
                         f"DevEUI={dev} DevNonce={g.num(0, 65535)} MIC={g.num(-2 ** 31, 2 ** 31 - 1)}", "s2e_rx_jreq")
        if g.r.random() < 0.8:
            downlink(f, dr, join=True)

    def downlink(f, dr, join=False):
        st["diid"] += 1
        d = st["diid"]
        delay = 5 if join else 1
        if g.r.random() < 0.5:
            f, dr = 869.525, 0
        ahead = f"{delay - 1}s{g.num(900, 999)}ms"
        s("S2E", "DEBU", f"::0 diid={d} [ant#0] - next TX start ahead by {ahead} ({(L.t + dt.timedelta(seconds=delay)):%H:%M:%S}.{g.num(0, 999):03d})", "s2e_next_tx")
        r = g.r.random()
        if r < 0.05:
            s("S2E", "WARN", f"::0 diid={d} [ant#0] - TX ignored - too late: {g.num(1, 90)}ms", "s2e_tx_too_late")
            return
        if r < 0.09:
            s("S2E", "WARN", f"::0 diid={d} [ant#0] - no TX - DC limits", "s2e_no_tx_dc")
            s("S2E", "DEBU", f"DC EU band {g.c([10, 11])} blocked until {(L.t + dt.timedelta(seconds=g.num(10, 300))):%H:%M:%S}.{g.num(0, 999):03d} (txtime={(L.t + dt.timedelta(seconds=delay)):%H:%M:%S}.{g.num(0, 999):03d} airtime={g.num(40, 1500)}ms)", "s2e_dc_blocked")
            return
        L.t += dt.timedelta(seconds=delay) - dt.timedelta(milliseconds=g.num(15, 30))
        pw = "27.0" if f == 869.525 else "16.0"
        frame = ("20" if join else "60") + g.HX(g.num(24, 40))
        nb = len(frame) // 2
        s("S2E", "VERB", f"::0 diid={d} [ant#0] - starting TX in {g.num(15, 25)}ms: {f:.3f}MHz {pw}dBm ant#0(0) DR{dr} SF{12 - dr}/BW125 frame={frame[:10]}..{frame[-4:]} ({nb} bytes)"
                           .replace(f"{f:.3f}MHz", f"{f}MHz"), "s2e_starting_tx")
        ms_(L, 15, 40)
        s("S2E", "INFO", f"TX ::0 diid={d} [ant#0] - dntxed: {f}MHz {pw}dBm ant#0(0) DR{dr} SF{12 - dr}/BW125 frame={frame[:10]}..{frame[-4:]} ({nb} bytes)", "s2e_dntxed")
        ms_(L, 40, 1500)
        s("S2E", "DEBU", f"Tx done diid={d}", "s2e_tx_done")

    def timesync():
        q = [g.num(80, 120) for _ in range(3)]
        q.sort()
        if g.r.random() < 0.7:
            s("SYN", "INFO", f"Time sync qualities: min={q[0]} q90={q[1]} max={q[2] + g.num(0, 200)} (previous q90={st['q90']})", "syn_qualities")
            st["q90"] = q[1]
        else:
            s("SYN", "INFO", f"Time sync rejected: quality={g.num(120, 400)} threshold={st['q90'] if st['q90'] < 1000 else 108}", "syn_rejected")

    def drift():
        s("SYS", "INFO", f"Mean MCU drift vs SX130X#0: {g.f(-0.9, 0.9, 1)}ppm", "sys_mcu_drift")

    def ws_drop():
        why = g.c(["(-0x7280) SSL - The connection indicated an EOF", "(-0x0050) NET - Connection was reset by peer", "(-0x004C) NET - Reading information from the socket failed"])
        s("AIO", "ERRO", f"[{st['conn']}] WS recv failed: {why}", "aio_ws_recv_failed")
        s("AIO", "DEBU", f"[{st['conn']}] WS connection shutdown...", "aio_ws_shutdown")
        s("TCE", "INFO", "Router closed connection (code 1006) - reconnecting", "tce_router_closed")
        for _ in range(g.num(0, 3)):
            L.tick(10)
            s("TCE", "INFO", "Connecting to INFOS: wss://eu1.cloud.thethings.network:8887", "tce_connecting_infos")
            s("AIO", "ERRO", f"[{st['conn'] + 1}] {g.c(['DNS lookup failed for eu1.cloud.thethings.network', 'Connect to eu1.cloud.thethings.network:8887 failed: timeout'])}", "aio_connect_failed")
            s("TCE", "ERRO", f"INFOS connect failed - retrying in {g.c([5, 10, 20, 40])}s", "tce_infos_failed")
        L.tick(5)
        st["conn"] += 2
        s("TCE", "INFO", "Connecting to INFOS: wss://eu1.cloud.thethings.network:8887", "tce_connecting_infos")
        connect()

    def sys_misc():
        r = g.r.random()
        if r < 0.5:
            s("S2E", "DEBU", f"Received 'timesync' message (RTT {g.num(30, 400)}ms)", "s2e_timesync_msg")
        elif r < 0.8:
            s("RAL", "WARN", f"Rx fifo overflow - {g.num(1, 6)} frames lost", "ral_fifo_overflow")
        else:
            s("S2E", "WARN", f"Mismatching time - dropping downlink diid={st['diid']} ({g.num(1, 9)}s late)", "s2e_mismatching_time")

    def restart(fail=False):
        s("SYS", "INFO", "Station process terminated by signal 15 - restarting", "sys_terminated")
        L.t += dt.timedelta(seconds=g.num(4, 40))
        startup(fail)

    startup()
    ev = [(60, uplink), (4, join), (6, timesync), (2, drift), (1.2, ws_drop), (1.5, sys_misc), (0.15, restart), (0.05, lambda: restart(True))]
    return L.run(slowed(L, ev, 45), None)


# 6 ---------------------------------------------------------------- BorgBackup 1.2.8 backing up a web agency's server web01 (Debian 12, nginx, PHP shops, MariaDB dumps) to a Hetzner Storage Box every night,
#   the backup script from Borg's documentation run by cron with its stderr appended to /var/log/borg-backup.log: the script's info() lines ("\n<date> Starting
#   backup\n\n", `date` in the C locale, the host in UTC), Borg's own output with no header at all: "Creating archive at ...", the file list of --list --filter AME
#   ("A /path", "M /path", "E /path"), the --stats block with its rules and table, prune's "Keeping archive"/"Pruning archive" lines, compaction, "terminating with
#   ... status, rc N"; files changing while read, permission errors, the Storage Box unreachable, a stale lock, and the monthly `borg check` of a second cron job
@checked
def log_borg(seed):
    L = Log("borg_backup_cron_log", seed, "full", False, False, start=dt.datetime(2026, 11, 20, 2, 30, 1, tzinfo=UTC))
    g = L.g
    REPO = "ssh://u318442@u318442.your-storagebox.de:23/./borg/web01"
    FILES = ["/etc/nginx/sites-available/{s}.conf", "/var/www/{s}/var/log/app.log", "/var/www/{s}/var/cache/prod/pools/{h}", "/var/www/{s}/public/media/cache/{h}.webp",
             "/var/www/{s}/public/media/{h}.jpg", "/var/www/{s}/files/export/orders_{d}.csv", "/var/backups/mysql/{s}_{d}.sql.gz", "/var/log/nginx/{s}.access.log",
             "/var/log/nginx/{s}.error.log", "/home/deploy/.bash_history", "/etc/letsencrypt/live/{s}.de/fullchain.pem", "/var/lib/php/sessions/sess_{h}",
             "/etc/passwd", "/etc/shadow", "/var/spool/cron/crontabs/deploy", "/var/www/{s}/composer.lock", "/var/www/{s}/vendor/autoload.php"]
    SITES = ["baeckerei-huber", "moebel-kraft", "weingut-lang", "autohaus-peters", "praxis-sommer", "shop-gartenwelt"]
    st = {"archives": [], "size": g.num(900, 1400), "chunks": g.num(200000, 300000), "total": g.num(4000000, 6000000)}

    def o(text, ev, t=None):
        if t is not None:
            L.emit(text, ev, None, None, t)
        else:
            L.emit(text, ev)

    def info(msg, ev):
        o("", "blank")
        o(f"{date_cmd(L.t)} {msg}", ev, L.t)
        o("", "blank")

    def fname():
        f = g.c(FILES)
        return f.format(s=g.c(SITES), h=g.hx(g.c([12, 16, 32])), d=f"{(L.t - dt.timedelta(days=g.num(0, 2))):%Y%m%d}")

    def gib(x):
        return f"{x:.2f} GB" if x < 1000 else f"{x / 1000:.2f} TB"

    def create(fail=None):
        name = f"web01-{L.t:%Y-%m-%dT%H:%M:%S}"
        o(f'Creating archive at "{REPO}::{name}"', "creating_archive")
        if fail == "ssh":
            L.tick(60)
            o(f"Remote: ssh: connect to host u318442.your-storagebox.de port 23: {g.c(['Connection timed out', 'Network is unreachable', 'Connection refused'])}", "remote_ssh_failed")
            o("Connection closed by remote host. Is borg working on the server?", "connection_closed")
            o("terminating with error status, rc 2", "terminating_error")
            return 2
        if fail == "lock":
            L.tick(2)
            o(f"Failed to create/acquire the lock /./borg/web01/lock.exclusive (timeout).", "lock_failed")
            o("terminating with error status, rc 2", "terminating_error")
            return 2
        t0 = L.t + dt.timedelta(seconds=g.num(1, 3))
        warn = False
        n = g.num(8, 70)
        for _ in range(n):
            r = g.r.random()
            f = fname()
            if r < 0.006:
                o(f"{f}: file changed while we backed it up", "file_changed")
                warn = True
            elif r < 0.01:
                o(f"{f}: [Errno 13] Permission denied: '{f.rsplit('/', 1)[1]}'", "permission_denied")
                o(f"E {f}", "file_status")
                warn = True
            else:
                o(f"{g.c(['A', 'A', 'M', 'M', 'M'])} {f}", "file_status")
        L.t = t0 + dt.timedelta(seconds=g.num(60, 900), microseconds=g.num(0, 999999))
        st["archives"].append((name, t0))
        osz = g.f(38, 46, 2)
        o("-" * 78, "stats_rule")
        o(f"Repository: {REPO}", "stats_repository")
        o(f"Archive name: {name}", "stats_archive_name")
        o(f"Archive fingerprint: {g.hx(64)}", "stats_fingerprint")
        o(f"Time (start): {t0:%a, %Y-%m-%d %H:%M:%S}", "stats_time_start", t0.replace(microsecond=0))
        o(f"Time (end):   {L.t:%a, %Y-%m-%d %H:%M:%S}", "stats_time_end", L.t.replace(microsecond=0))
        d = (L.t - t0).total_seconds()
        o(f"Duration: {int(d // 60)} minutes {d % 60:.2f} seconds", "stats_duration")
        o(f"Number of files: {g.num(380000, 420000)}", "stats_number_of_files")
        o("Utilization of max. archive size: 0%", "stats_utilization")
        o("-" * 78, "stats_rule")
        o(f"{'':23}Original size      Compressed size    Deduplicated size", "stats_size_header")
        dd = g.f(40, 900, 2)
        st["size"] += float(dd) / 1000
        o(f"This archive:{osz + ' GB':>23}{g.f(20, 28, 2) + ' GB':>21}{dd + ' MB':>21}", "stats_this_archive")
        o(f"All archives:{gib(float(osz) * len(st['archives']) + 9000):>23}{gib(float(osz) * 0.6 * len(st['archives']) + 5000):>21}{gib(st['size']):>21}", "stats_all_archives")
        o("", "blank")
        o(f"{'':23}Unique chunks         Total chunks", "stats_chunks_header")
        st["chunks"] += g.num(100, 3000)
        st["total"] += g.num(300000, 400000)
        o(f"Chunk index:{st['chunks']:>24}{st['total']:>21}", "stats_chunk_index")
        o("-" * 78, "stats_rule")
        if warn:
            o("terminating with warning status, rc 1", "terminating_warning")
            return 1
        o("terminating with success status, rc 0", "terminating_success")
        return 0

    def plan():
        arch = sorted(st["archives"], key=lambda a: a[1], reverse=True)
        keep, rules = [], {"daily": 0, "weekly": 0, "monthly": 0}
        seen_w, seen_m, seen_d = set(), set(), set()
        out = []
        for name, t in arch:
            d, w, m = t.date(), t.isocalendar()[:2], (t.year, t.month)
            if d not in seen_d and rules["daily"] < 7:
                rules["daily"] += 1
                seen_d.add(d)
                out.append(("keep", f"daily #{rules['daily']}", name, t))
            elif w not in seen_w and rules["weekly"] < 4:
                rules["weekly"] += 1
                seen_w.add(w)
                out.append(("keep", f"weekly #{rules['weekly']}", name, t))
            elif m not in seen_m and rules["monthly"] < 6:
                rules["monthly"] += 1
                seen_m.add(m)
                out.append(("keep", f"monthly #{rules['monthly']}", name, t))
            else:
                out.append(("prune", None, name, t))
            seen_d.add(d)
            seen_w.add(w)
            seen_m.add(m)
        return out

    def prune():
        out = plan()
        npr = sum(1 for x in out if x[0] == "prune")
        k = 0
        for kind, rule, name, t in out:
            stamp = f"{t:%a, %Y-%m-%d %H:%M:%S} [{g.hx(64)}]"
            if kind == "keep":
                o(f"{'Keeping archive (rule: ' + rule + '):':<41}{name:<37}{stamp}", "prune_keeping")
            else:
                k += 1
                o(f"{'Pruning archive (' + str(k) + '/' + str(npr) + '):':<41}{name:<37}{stamp}", "prune_pruning")
                st["archives"] = [a for a in st["archives"] if a[0] != name]
        o("terminating with success status, rc 0", "terminating_success")
        return 0

    def compact():
        L.tick(20)
        o(f"compaction freed about {g.f(0.1, 3, 2)} GB repository space.", "compaction_freed")
        o("terminating with success status, rc 0", "terminating_success")
        return 0

    def night():
        fail = None
        r = g.r.random()
        if r < 0.06:
            fail = "ssh"
        elif r < 0.09:
            fail = "lock"
        info("Starting backup", "info_starting")
        rc1 = create(fail)
        L.tick(3)
        info("Pruning repository", "info_pruning")
        if fail == "ssh":
            o(f"Remote: ssh: connect to host u318442.your-storagebox.de port 23: Connection timed out", "remote_ssh_failed")
            o("Connection closed by remote host. Is borg working on the server?", "connection_closed")
            o("terminating with error status, rc 2", "terminating_error")
            rc2 = 2
        else:
            rc2 = prune()
        L.tick(3)
        info("Compacting repository", "info_compacting")
        if fail == "ssh":
            o(f"Remote: ssh: connect to host u318442.your-storagebox.de port 23: Connection timed out", "remote_ssh_failed")
            o("Connection closed by remote host. Is borg working on the server?", "connection_closed")
            o("terminating with error status, rc 2", "terminating_error")
            rc3 = 2
        else:
            rc3 = compact()
        rc = max(rc1, rc2, rc3)
        L.tick(2)
        if rc == 0:
            info("Backup, Prune, and Compact finished successfully", "info_finished_ok")
        elif rc == 1:
            info("Backup, Prune, and/or Compact finished with warnings", "info_finished_warnings")
        else:
            info("Backup, Prune, and/or Compact finished with errors", "info_finished_errors")

    def check():
        info("Starting repository check", "info_check")
        o("Starting repository check", "check_starting")
        for _ in range(g.num(2, 5)):
            L.tick(200)
            o(f"Remote: checking segment file /./borg/web01/data/{g.num(0, 9)}/{g.num(1000, 9999)}...", "remote_checking_segment")
        o(f"Remote: finished segment check at segment {g.num(20000, 40000)}", "remote_finished_segment")
        o("Remote: Starting repository index check", "remote_index_check")
        o("Remote: Index object count match.", "remote_index_match")
        o("Remote: Finished full repository check, no problems found.", "remote_check_ok")
        o("Starting archive consistency check...", "archive_check_start")
        arch = sorted(st["archives"], key=lambda a: a[1])
        for i, (name, t) in enumerate(arch):
            L.tick(30)
            o(f"Analyzing archive {name} ({i + 1}/{len(arch)})", "analyzing_archive")
        o("Archive consistency check complete, no problems found.", "archive_check_ok")
        o("terminating with success status, rc 0", "terminating_success")
        info("Check finished", "info_check_finished")

    # earlier archives in the repository
    for k in range(200, 0, -1):
        st["archives"].append((f"web01-{(L.t - dt.timedelta(days=k)):%Y-%m-%dT%H:%M:%S}", L.t - dt.timedelta(days=k, seconds=-2)))
    keep = {x[2] for x in plan() if x[0] == "keep"}
    st["archives"] = [a for a in st["archives"] if a[0] in keep]
    while len(L.rows) < N_LINES:
        night()
        if L.t.weekday() == 6 and L.t.day <= 7 or g.r.random() < 0.05:
            L.t = L.t.replace(hour=4, minute=15, second=1)
            check()
        day = L.t.date() + dt.timedelta(days=1)
        L.t = dt.datetime(day.year, day.month, day.day, 2, 30, 1, tzinfo=UTC)
    del L.rows[N_LINES:]
    return carry_time(L, lambda r: r[1] in ("info_starting", "info_pruning", "info_compacting", "info_finished_ok", "info_finished_warnings", "info_finished_errors",
                                            "info_check", "info_check_finished", "interrupted", "stats_time_start", "stats_time_end"))


# 7 ---------------------------------------------------------------- Centrifugo 5.4 (the centrifugo/centrifugo image, Redis engine, connect and subscribe proxies to a Django backend) pushing live
#   vehicle positions and delivery status to a courier company's dispatch web app and drivers' phones, `docker logs centrifugo`: zerolog's console layout as
#   Centrifugo sets it, "2026-12-01 10:00:00 [INF] message key=value ..." (seconds only, UTC, the level's three letters; the fields sorted by name, quoted where
#   they hold a space); start-ups, tokens refused, commands rejected, the proxies timing out when the backend is slow, Redis failing over, a restart with
#   log_level debug for an hour (connections and subscriptions one by one) and back
@checked
def log_centrifugo(seed):
    L = Log("centrifugo_docker_logs", seed, "full", True, False)
    g = L.g
    NS = ["vehicle", "dispatch", "order", "driver", "depot"]
    st = {"debug": False, "redis_ok": True, "ver": "5.4.5", "clients": []}

    def kv(d):
        out = []
        for k in sorted(d):
            v = str(d[k])
            if " " in v or '"' in v or v == "":
                v = json.dumps(v)
            out.append(f"{k}={v}")
        return (" " + " ".join(out)) if out else ""

    def c(lvl, msg, ev, **f):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{lvl}] {msg}{kv(f)}", ev, lvl)

    def cid():
        return g.uuid()

    def user():
        return str(g.c([g.num(1000, 1400), g.num(1000, 1400), f"disp-{g.num(1, 12)}"]))

    def chan():
        ns = g.c(NS)
        if ns == "vehicle":
            return f"vehicle:{g.c(['B-KX', 'B-LZ', 'P-DH'])}{g.num(100, 999)}"
        if ns == "order":
            return f"order:{g.num(4000000, 4999999)}"
        if ns == "driver":
            return f"driver#{g.num(1000, 1400)}"
        return f"{ns}:{g.c(['berlin-nord', 'berlin-sued', 'potsdam', 'all'])}"

    def startup(debug=False):
        st["debug"] = debug
        c("INF", "starting Centrifugo", "starting", engine="redis", gomaxprocs=4, pid=1, runtime="go1.22.5", version=st["ver"])
        c("INF", "using config file", "using_config", path="/centrifugo/config.json")
        if debug:
            c("DBG", "log level set", "log_level_set", level="debug")
        c("INF", "enabled JWT verifiers", "jwt_verifiers", algorithms="HS256, HS384, HS512")
        c("INF", "initializing redis shards", "redis_shards", num=1)
        c("INF", "connect proxy enabled", "connect_proxy", endpoint="http://dispatch-api:8000/centrifugo/connect", timeout="1s")
        c("INF", "subscribe proxy enabled", "subscribe_proxy", endpoint="http://dispatch-api:8000/centrifugo/subscribe", timeout="1s")
        c("INF", "serving websocket, http_stream, sse, api, admin, prometheus endpoints on :8000", "serving_endpoints")
        c("INF", "serving GRPC API service on :10000", "serving_grpc")

    def shutdown():
        c("INF", "signal received", "signal_received", signal="terminated")
        c("INF", "shutting down ...", "shutting_down")
        L.tick(2)
        c("INF", "shutdown completed", "shutdown_completed")
        L.tick(6)

    def connect_dbg():
        if not st["debug"]:
            return bad_token()
        cl, u = cid(), user()
        tr = g.c(["websocket", "websocket", "websocket", "sse", "http_stream"])
        c("DBG", "client connection established", "dbg_connection_established", client=cl, transport=tr, user=u)
        c("DBG", "client authenticated", "dbg_client_authenticated", client=cl, user=u)
        for _ in range(g.num(1, 3)):
            c("DBG", "client subscribed to channel", "dbg_subscribed", channel=chan(), client=cl, user=u)
        st["clients"].append((cl, u, tr))
        if len(st["clients"]) > 30:
            cl, u, tr = st["clients"].pop(0)
            c("DBG", "client connection completed", "dbg_connection_completed", client=cl, duration=f"{g.num(1, 59)}m{g.num(0, 59)}.{g.num(0, 999)}s", transport=tr, user=u)

    def disconnect_dbg():
        if not st["debug"] or not st["clients"]:
            return bad_token()
        cl, u, tr = st["clients"].pop(g.num(0, len(st["clients"]) - 1))
        c("DBG", "closing client connection", "dbg_closing", client=cl, reason=g.c(["connection closed", "connection closed", "no pong", "write error"]), user=u)
        c("DBG", "client connection completed", "dbg_connection_completed", client=cl, duration=f"{g.num(1, 59)}m{g.num(0, 59)}.{g.num(0, 999)}s", transport=tr, user=u)

    def bad_token():
        r = g.r.random()
        if r < 0.6:
            c("INF", "invalid connection token", "invalid_token", client=cid(), error="token is expired")
        elif r < 0.8:
            c("INF", "invalid connection token", "invalid_token", client=cid(), error=g.c(["invalid token: signature is invalid", "token is malformed: could not JSON decode header"]))
        else:
            c("INF", "client credentials not found", "credentials_not_found", client=cid())

    def cmd_error():
        m = g.c(["subscribe", "subscribe", "publish", "history", "presence"])
        code, reason = g.c([(103, "permission denied"), (103, "permission denied"), (102, "unknown channel"), (108, "not available"), (100, "internal server error")])
        c("INF", "client command error", "command_error", client=cid(), code=code, command=f"id:{g.num(1, 40)} {m}:{{channel:\"{chan()}\"}}", error=reason, method=m, reason=reason, user=user())

    def disconnect_cmd():
        c("INF", "disconnect after handling command", "disconnect_after_command", client=cid(), command=f"id:{g.num(1, 3)} connect:{{name:\"{g.c(['dispatch-web', 'driver-app'])}\"}}",
          reason=g.c(["bad request", "bad request", "insufficient state"]), user=user())

    def proxy_slow():
        for _ in range(g.num(1, 6)):
            kind = g.c(["connect", "connect", "subscribe"])
            err = g.c(['Post "http://dispatch-api:8000/centrifugo/%s": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                       'Post "http://dispatch-api:8000/centrifugo/%s": dial tcp 10.0.4.21:8000: connect: connection refused',
                       'unexpected HTTP status code: 502'])
            if "%s" in err:
                err = err % kind
            if kind == "connect":
                c("ERR", "error proxying connect", "proxy_connect_error", client=cid(), error=err)
            else:
                c("ERR", "error proxying subscribe", "proxy_subscribe_error", channel=chan(), client=cid(), error=err, user=user())
            L.tick(0.5)

    def redis_fail():
        st["redis_ok"] = False
        c("ERR", "error running pub/sub", "redis_pubsub_error", error=g.c(["EOF", "read tcp 10.0.4.30:51234->10.0.4.12:6379: read: connection reset by peer"]), shard="redis:6379")
        for _ in range(g.num(1, 5)):
            L.tick(1)
            r = g.r.random()
            if r < 0.5:
                c("ERR", "error adding subscription", "add_subscription_error", channel=chan(), client=cid(), error="dial tcp 10.0.4.12:6379: connect: connection refused", user=user())
            elif r < 0.8:
                c("ERR", "error publishing", "publish_error", channel=chan(), error="dial tcp 10.0.4.12:6379: connect: connection refused")
            else:
                c("ERR", "error adding presence", "presence_error", channel=chan(), client=cid(), error="dial tcp 10.0.4.12:6379: connect: connection refused", user=user())
        L.tick(5)
        c("INF", "pub/sub started", "pubsub_started", shard="redis:6379")
        st["redis_ok"] = True

    def api_err():
        c("ERR", "error publishing via API", "api_publish_error", channel=chan(), error=g.c(["unknown channel namespace", "publication data must be valid JSON"]), method="publish")

    def slow_client():
        c("INF", "client write queue exceeded, disconnecting", "slow_client", client=cid(), max=g.c([1048576]), size=g.num(1048577, 2000000), user=user())

    def http_warn():
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} http: superfluous response.WriteHeader call from github.com/centrifugal/centrifugo/v5/internal/proxy.(*HTTPCaller).CallHTTP (http_caller.go:{g.num(40, 90)})", "http_superfluous")

    def usage():
        c("INF", "usage stats sent", "usage_stats")

    def restart_debug():
        shutdown()
        startup(debug=True)

    def restart_info():
        shutdown()
        st["clients"] = []
        startup(debug=False)

    def upgrade():
        shutdown()
        st["ver"] = g.c(["5.4.6", "5.4.7"])
        startup(st["debug"])

    startup()
    ev_info = [(25, bad_token), (14, cmd_error), (6, disconnect_cmd), (2, proxy_slow), (0.8, redis_fail), (2, api_err), (2, slow_client), (0.6, http_warn), (0.5, usage)]
    fill(L, slowed(L, ev_info, 60), 700)
    restart_debug()
    ev_dbg = [(30, connect_dbg), (20, disconnect_dbg), (4, bad_token), (3, cmd_error), (1, proxy_slow), (0.2, redis_fail), (0.5, api_err)]
    fill(L, slowed(L, ev_dbg, 3), 1350)
    restart_info()
    fill(L, slowed(L, ev_info + [(0.3, upgrade)], 60), N_LINES)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- Chocolatey CLI 2.3 (open source, the community repository) keeping the software of an architecture office's CAD workstation up to date:
#   a scheduled task running `choco upgrade all -y --no-progress` every night and an admin's occasional installs, C:\ProgramData\chocolatey\logs\chocolatey.log:
#   log4net's "2026-12-01 03:00:02,123 4567 [INFO ] - message" (milliseconds after a comma, the process id, the level padded to five in brackets); the start of
#   each run with its validation checks and the configuration dump that runs over many lines ending in "|", packages found current or outdated, downloads
#   whose "from '...'" goes on a second line, checksums, the install scripts' contents, MSI exit codes (1603, 3010), the summary with its header-less lines
@checked
def log_chocolatey(seed):
    L = Log("chocolatey_log", seed, "full", True, False, start=dt.datetime(2026, 11, 23, 3, 0, 2, tzinfo=UTC))
    g = L.g
    PKGS = {"7zip.install": ["24.8.0", "24.9.0"], "googlechrome": ["131.0.6778.86", "131.0.6778.109", "131.0.6778.140"], "firefox": ["133.0", "133.0.3"],
            "notepadplusplus.install": ["8.7.1", "8.7.4"], "vlc": ["3.0.21"], "adobereader": ["2024.004.20272", "2024.005.20320"], "putty.install": ["0.82.0"],
            "vcredist140": ["14.40.33816", "14.42.34433"], "dotnet-8.0-desktopruntime": ["8.0.10", "8.0.11"], "javaruntime": ["8.0.431"], "git.install": ["2.47.0", "2.47.1"],
            "sumatrapdf.install": ["3.5.2"], "paint.net": ["5.1.1", "5.1.2"], "keepass.install": ["2.57.1"], "zoom": ["6.2.10", "6.3.0"], "teamviewer": ["15.60.3"],
            "powershell-core": ["7.4.6"], "greenshot": ["1.2.10.6"], "irfanview": ["4.70"], "python312": ["3.12.7", "3.12.8"]}
    URLS = {"7zip.install": "https://www.7-zip.org/a/7z{v}-x64.exe", "googlechrome": "https://dl.google.com/tag/s/dl/chrome/install/googlechromestandaloneenterprise64.msi",
            "firefox": "https://download.mozilla.org/?product=firefox-{v}-ssl&os=win64&lang=de", "notepadplusplus.install": "https://github.com/notepad-plus-plus/notepad-plus-plus/releases/download/v{v}/npp.{v}.Installer.x64.exe",
            "adobereader": "https://ardownload2.adobe.com/pub/adobe/acrobat/win/AcrobatDC/{v}/AcroRdrDCx64{v}_de_DE.exe", "vcredist140": "https://download.visualstudio.microsoft.com/download/pr/{h}/VC_redist.x64.exe",
            "dotnet-8.0-desktopruntime": "https://download.visualstudio.microsoft.com/download/pr/{h}/windowsdesktop-runtime-{v}-win-x64.exe",
            "git.install": "https://github.com/git-for-windows/git/releases/download/v{v}.windows.1/Git-{v}-64-bit.exe", "paint.net": "https://github.com/paintdotnet/release/releases/download/v{v}/paint.net.{v}.install.x64.zip",
            "zoom": "https://zoom.us/client/{v}/ZoomInstallerFull.msi?archType=x64", "python312": "https://www.python.org/ftp/python/{v}/python-{v}-amd64.exe"}
    inst = {p: v[0] for p, v in PKGS.items()}
    st = {"pid": 0}

    def c(lvl, msg, ev, cont=()):
        ms_(L, 0, 25)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {st['pid']} [{lvl:<5}] - {msg}", ev, lvl)
        for text, cev in cont:
            L.emit(text, cev, lvl)

    def begin(cmdline):
        st["pid"] = g.num(1200, 16000)
        c("INFO", "=" * 60, "banner_rule")
        c("INFO", "Chocolatey v2.3.0", "chocolatey_version")
        c("DEBUG", "Chocolatey is running on Windows v 10.0.22631.0", "running_on_windows")
        c("DEBUG", 'Attempting to delete file "C:/ProgramData/chocolatey/choco.exe.old".', "delete_old")
        c("DEBUG", 'Attempting to delete file "C:\\ProgramData\\chocolatey\\choco.exe.old".', "delete_old")
        c("DEBUG", f'Command line: "C:\\ProgramData\\chocolatey\\choco.exe" {cmdline}', "command_line")
        c("DEBUG", f"Received arguments: {cmdline}", "received_arguments")
        c("DEBUG", "RemovePendingPackagesTask is now ready and waiting for PreRunMessage.", "pending_task_ready")
        c("DEBUG", "Sending message 'PreRunMessage' out if there are subscribers...", "sending_message")
        c("DEBUG", "[Pending] Removing all pending packages that should not be considered installed...", "pending_removing")
        c("DEBUG", "Performing validation checks.", "validation_checks")
        c("DEBUG", "Global Configuration Validation Checks:", "global_checks")
        c("DEBUG", " - Package Exit Code / Exit On Reboot = Checked", "check_item")
        c("DEBUG", "System State Validation Checks:", "system_checks")
        c("DEBUG", " - Reboot Requirement Checks = Checked", "check_item")
        c("DEBUG", " - Cache Folder Lockdown Checks = Checked", "check_item")
        c("DEBUG", "The source 'https://community.chocolatey.org/api/v2/' evaluated to a 'normal' source type", "source_evaluated")
        c("DEBUG", "NOTE: Hiding sensitive configuration data! Please double and triple check to be sure no sensitive data is shown, especially if copying output to a gist for review.", "hiding_sensitive")
        cmd = cmdline.split()[0]
        conf = [f"CacheLocation='C:\\Users\\SYSTEM~1\\AppData\\Local\\Temp\\chocolatey'|", "ContainsLegacyPackageInstalls='True'|", "CommandExecutionTimeoutSeconds='2700'|WebRequestTimeoutSeconds='30'|",
                "Sources='https://community.chocolatey.org/api/v2/'|SourceType='normal'|", "Debug='False'|Verbose='False'|Trace='False'|Force='False'|Noop='False'|HelpRequested='False'|",
                "UnsuccessfulParsing='False'|RegularOutput='True'|QuietOutput='False'|PromptForConfirmation='False'|", "DisableCompatibilityChecks='False'|AcceptLicense='True'|AllowUnofficialBuild='False'|",
                f"Input='{' '.join(cmdline.split()[1:2])}'|AllVersions='False'|SkipPackageInstallProvider='False'|", "SkipHookScripts='False'|PackageNames='" + (cmdline.split() + [""])[1] + "'|Prerelease='False'|ForceX86='False'|",
                "OverrideArguments='False'|NotSilent='False'|ApplyPackageParametersToDependencies='False'|", "ApplyInstallArgumentsToDependencies='False'|IgnoreDependencies='False'|",
                "AllowMultipleVersions='False'|AllowDowngrade='False'|ForceDependencies='False'|", "Information.PlatformType='Windows'|Information.PlatformVersion='10.0.22631.0'|",
                "Information.PlatformName='Windows 11'|Information.ChocolateyVersion='2.3.0.0'|", "Information.ChocolateyProductVersion='2.3.0'|Information.FullName='choco, Version=2.3.0.0, Culture=neutral, PublicKeyToken=79d02ea9cad655eb'|",
                "Information.Is64BitProcess='True'|Information.IsInteractive='False'|Information.UserName='SYSTEM'|", "Information.UserDomainName='CAD-WS04'|Information.IsUserAdministrator='True'|",
                "Information.IsUserSystemAccount='True'|Information.IsUserRemoteDesktop='False'|", "Information.IsUserRemote='False'|Information.IsProcessElevated='True'|",
                "Information.IsLicensedVersion='False'|Information.LicenseType='Foss'|", "Features.AutoUninstaller='True'|Features.ChecksumFiles='True'|Features.AllowEmptyChecksums='False'|",
                "Features.AllowEmptyChecksumsSecure='True'|Features.FailOnAutoUninstaller='False'|", "Features.UsePackageExitCodes='True'|Features.ExitOnRebootDetected='False'|",
                "ListCommand.LocalOnly='False'|UpgradeCommand.FailOnUnfound='False'|UpgradeCommand.FailOnNotInstalled='False'|", "UpgradeCommand.NotifyOnlyAvailableUpgrades='False'|UpgradeCommand.ExcludePrerelease='False'|",
                "Proxy.BypassOnLocal='True'|"]
        c("DEBUG", f"Configuration: CommandName='{cmd}'|", "configuration", [(x, "configuration_line") for x in conf])
        c("DEBUG", f"_ Chocolatey:Chocolatey{cmd.capitalize()}Command - Normal Run Mode _", "run_mode")

    def end(code):
        c("DEBUG", "Sending message 'PostRunMessage' out if there are subscribers...", "sending_message")
        c("DEBUG", f"Exiting with {code}", "exiting_with")

    def script_lines(p, v):
        url = URLS.get(p, "https://chocolatey-packages.example/{p}/{v}/setup.exe").format(p=p, v=v, h=g.hx(8) + "-" + g.hx(4) + "-" + g.hx(4))
        kind = "msi" if ".msi" in url else "exe"
        return [("$ErrorActionPreference = 'Stop'", "ps_line"), ("$toolsDir   = \"$(Split-Path -parent $MyInvocation.MyCommand.Definition)\"", "ps_line"), ("", "ps_blank"),
                ("$packageArgs = @{", "ps_line"), (f"  packageName   = '{p.split('.')[0]}'", "ps_line"), (f"  fileType      = '{kind}'", "ps_line"), (f"  url64bit      = '{url}'", "ps_line"),
                (f"  checksum64    = '{g.HX(64)}'", "ps_line"), ("  checksumType64= 'sha256'", "ps_line"),
                ("  silentArgs    = " + ("\"/qn /norestart /l*v `\"$($env:TEMP)\\$($packageName).$($env:chocolateyPackageVersion).MsiInstall.log`\"\"" if kind == "msi" else "'/S'"), "ps_line"),
                ("  validExitCodes= @(0, 3010, 1641)", "ps_line"), ("}", "ps_line"), ("", "ps_blank"), ("Install-ChocolateyPackage @packageArgs", "ps_line")]

    def upgrade_one(p, new, admin=False):
        old = inst[p]
        c("WARN" if not admin else "INFO", f"You have {p} v{old} installed. Version {new} is available based on your source(s).", "you_have_outdated")
        c("INFO", "", "empty_message", [(f"{p} v{new}", "package_name_version")])
        c("DEBUG", f"Backing up existing {p} prior to operation.", "backing_up")
        c("DEBUG", f"Moving 'C:\\ProgramData\\chocolatey\\lib\\{p}'", "moving", [(f" to 'C:\\ProgramData\\chocolatey\\lib-bkp\\{p}'", "moving_to")])
        c("INFO", f"{p} package files upgrade completed. Performing other installation steps.", "files_upgrade_completed")
        sc = f"C:\\ProgramData\\chocolatey\\lib\\{p}\\tools\\chocolateyInstall.ps1"
        c("DEBUG", f"Running 'ChocolateyScriptRunner' for {p} v{new} with packageScript '{sc}', packageFolder:'C:\\ProgramData\\chocolatey\\lib\\{p}', installArguments: '', "
                   f"packageParameters: '', preRunHookScripts: '', postRunHookScripts: '',", "running_script_runner")
        c("DEBUG", f"Contents of '{sc}':", "contents_of", script_lines(p, new))
        url = URLS.get(p, "https://chocolatey-packages.example/{p}/{v}/setup.exe").format(v=new, h=g.hx(8) + "-" + g.hx(4) + "-" + g.hx(4), p=p)
        fn = url.split("/")[-1].split("?")[0] or f"Firefox Setup {new}.exe"
        c("INFO", f"Downloading {p.split('.')[0]} 64 bit", "downloading", [(f"  from '{url}'", "downloading_from")])
        L.tick(8)
        r = g.r.random()
        if r < 0.04:
            c("ERROR", f"ERROR: The remote file either doesn't exist, is unauthorized, or is forbidden for url '{url}'. Exception calling \"GetResponse\" with \"0\" argument(s): "
                       f"\"The remote server returned an error: (404) Not Found.\"", "download_404")
            c("ERROR", f"The upgrade of {p} was NOT successful.", "upgrade_not_successful")
            c("ERROR", f"Error while running '{sc}'.", "error_running", [(" See log for details.", "see_log")])
            c("WARN", f"Restoring the backup of {p}", "restoring_backup")
            return "fail", "404"
        c("INFO", f"Download of {fn} ({g.f(1, 250, 2)} MB) completed.", "download_completed")
        c("INFO", "Hashes match.", "hashes_match")
        c("INFO", f"Installing {p.split('.')[0]}...", "installing")
        if ".msi" in url:
            c("DEBUG", f"Calling command ['\"C:\\Windows\\System32\\msiexec.exe\" /i \"C:\\Users\\SYSTEM~1\\AppData\\Local\\Temp\\chocolatey\\{p}\\{new}\\{fn}\" /qn /norestart]", "calling_command")
        L.tick(30)
        r = g.r.random()
        if r < 0.06:
            c("ERROR", f"ERROR: Running [\"C:\\Users\\SYSTEM~1\\AppData\\Local\\Temp\\chocolatey\\{p}\\{new}\\{fn}\" /S ] was not successful. Exit code was '1603'. Exit code indicates the following: "
                       f"Generic MSI Error. This is a local environment error, not an issue with a package or the MSI itself - it could mean a pending reboot is necessary prior to install "
                       f"or something else (like the same version is already installed). Please see MSI log if available. If not, try again adding "
                       f"'--install-arguments=\"'/l*v c:\\{p}_msi_install.log'\"'. Then search the MSI Log for \"Return Value 3\" and look above that for the error.", "exit_1603")
            c("ERROR", f"The upgrade of {p} was NOT successful.", "upgrade_not_successful")
            c("ERROR", f"Error while running '{sc}'.", "error_running", [(" See log for details.", "see_log")])
            c("WARN", f"Restoring the backup of {p}", "restoring_backup")
            return "fail", "1603"
        reboot = r < 0.12
        if reboot:
            c("WARN", f"  {p} has been installed. Exit code 3010 indicates a reboot is required.", "installed_3010")
        else:
            c("INFO", f"{p.split('.')[0]} has been installed.", "has_been_installed")
        if g.r.random() < 0.5:
            c("INFO", f"  {p.split('.')[0]} may be able to be automatically uninstalled.", "may_be_uninstalled")
        c("DEBUG", "Built-in PowerShell host called with ['[System.Threading.Thread]::CurrentThread.CurrentCulture = '';[System.Threading.Thread]::CurrentThread.CurrentUICulture = ''; "
                   "& import-module -name 'C:\\ProgramData\\chocolatey\\helpers\\chocolateyInstaller.psm1'; & 'C:\\ProgramData\\chocolatey\\helpers\\chocolateyScriptRunner.ps1' "
                   f"-packageScript '{sc}' -installArguments '' -packageParameters '' -preRunHookScripts $null -postRunHookScripts $null'] exited with '{3010 if reboot else 0}'.", "ps_host_exited")
        c("DEBUG", f"Capturing package files in 'C:\\ProgramData\\chocolatey\\lib\\{p}'", "capturing_files")
        for f in ["tools\\chocolateyInstall.ps1", f"{p}.nupkg", f"{p}.nuspec"]:
            c("DEBUG", f" Found 'C:\\ProgramData\\chocolatey\\lib\\{p}\\{f}'", "found_file", [(f"  with checksum '{g.HX(32)}'", "with_checksum")])
        c("INFO", f" The upgrade of {p} was successful.", "upgrade_successful")
        pf = g.c(["C:\\Program Files\\", "C:\\Program Files (x86)\\"]) + p.split(".")[0].capitalize()
        c("INFO", f"  Deployed to '{pf}'", "deployed_to")
        inst[p] = new
        return ("reboot" if reboot else "ok"), None

    def nightly():
        begin("upgrade all -y --no-progress")
        c("INFO", "Upgrading the following packages:", "upgrading_following")
        c("INFO", "all", "package_list")
        c("INFO", "By upgrading, you accept licenses for the packages.", "accept_licenses")
        done, failed, reboot = [], [], []
        for p in sorted(PKGS):
            L.tick(0.8)
            vers = PKGS[p]
            cur = vers.index(inst[p])
            if cur + 1 < len(vers) and g.r.random() < 0.25:
                res, why = upgrade_one(p, vers[cur + 1])
                (done if res != "fail" else failed).append((p, vers[cur + 1], why))
                if res == "reboot":
                    reboot.append(p)
            else:
                c("INFO", f"{p} v{inst[p]} is the latest version available based on your source(s).", "latest_version")
        if g.r.random() < 0.05:
            c("WARN", f"Unable to connect to source 'https://community.chocolatey.org/api/v2/':", "unable_to_connect", [(" The remote name could not be resolved: 'community.chocolatey.org'", "unable_reason")])
        n = len(PKGS)
        c("WARN" if failed else "INFO", f"Chocolatey upgraded {len(done)}/{n} packages. {str(len(failed)) + ' packages failed.' if failed else ''}".rstrip(), "upgraded_summary")
        c("WARN" if failed else "INFO", " See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log).", "see_log_details")
        if done:
            c("INFO", "", "empty_message", [("Upgraded:", "summary_upgraded")])
            for p, v, _ in done:
                c("INFO", f" - {p} v{v}", "summary_item")
        if reboot:
            c("WARN", "", "empty_message", [("Packages requiring reboot:", "summary_reboot")])
            for p in reboot:
                c("WARN", f" - {p} (exit code 3010)", "summary_reboot_item")
            c("WARN", "", "empty_message", [("The recent package changes indicate a reboot is necessary.", "reboot_necessary")])
            c("WARN", " Please reboot at your earliest convenience.", "please_reboot")
        if failed:
            c("ERROR", "", "empty_message", [("Failures", "summary_failures")])
            for p, v, why in failed:
                c("ERROR", f" - {p} (exited {1603 if why == '1603' else -1}) - Error while running 'C:\\ProgramData\\chocolatey\\lib\\{p}\\tools\\chocolateyInstall.ps1'.",
                  "failure_item", [(" See log for details.", "see_log")])
        end(1 if failed else (3010 if reboot else 0))

    def admin_install():
        p = g.c(["autocad-viewer", "dwgtrueview", "librecad", "freecad", "blender", "sketchup-viewer", "everything", "treesizefree", "wireshark"])
        v = f"{g.num(1, 30)}.{g.num(0, 9)}.{g.num(0, 99)}"
        begin(f"install {p} -y")
        c("INFO", "Installing the following packages:", "installing_following")
        c("INFO", p, "package_list")
        c("INFO", "By installing, you accept licenses for the packages.", "accept_licenses")
        if g.r.random() < 0.2:
            c("ERROR", f"{p} not installed. The package was not found with the source(s) listed.", "not_found", [
                (" Source(s): 'https://community.chocolatey.org/api/v2/'", "not_found_sources"),
                (" NOTE: When you specify explicit sources, it overrides default sources.", "not_found_note"),
                ("If the package version is a prerelease and you didn't specify `--pre`,", "not_found_pre"),
                (" the package may not be found.", "not_found_pre2")])
            c("WARN", "Chocolatey installed 0/1 packages. 1 packages failed.", "installed_summary")
            end(1)
            return
        c("INFO", f"Downloading package from source 'https://community.chocolatey.org/api/v2/'", "downloading_package")
        c("INFO", "", "empty_message", [(f"{p} v{v} [Approved]", "package_approved")])
        c("INFO", f"{p} package files install completed. Performing other installation steps.", "files_install_completed")
        c("INFO", f"Installing {p}...", "installing")
        L.tick(40)
        c("INFO", f"{p} has been installed.", "has_been_installed")
        c("INFO", f" The install of {p} was successful.", "install_successful")
        c("INFO", f"  Software installed to 'C:\\Program Files\\{p.capitalize()}'", "software_installed_to")
        c("INFO", "Chocolatey installed 1/1 packages.", "installed_summary")
        c("INFO", " See the log for details (C:\\ProgramData\\chocolatey\\logs\\chocolatey.log).", "see_log_details")
        end(0)

    def outdated():
        begin("outdated")
        c("INFO", "Outdated Packages", "outdated_header")
        c("INFO", " Output is package name | current version | available version | pinned?", "outdated_legend")
        c("INFO", "", "empty_message")
        k = 0
        for p, vers in sorted(PKGS.items()):
            cur = vers.index(inst[p])
            if cur + 1 < len(vers):
                c("INFO", f"{p}|{inst[p]}|{vers[cur + 1]}|false", "outdated_row")
                k += 1
        c("INFO", "", "empty_message")
        c("WARN", f"Chocolatey has determined {k} package(s) are outdated.", "outdated_summary")
        end(2 if k else 0)

    while len(L.rows) < N_LINES:
        nightly()
        if g.r.random() < 0.3:
            L.t = L.t.replace(hour=g.num(8, 16), minute=g.num(0, 59))
            (admin_install if g.r.random() < 0.6 else outdated)()
        day = L.t.date() + dt.timedelta(days=1)
        L.t = dt.datetime(day.year, day.month, day.day, 3, 0, 2, tzinfo=UTC)
        if g.r.random() < 0.5:
            for p, v in PKGS.items():
                if g.r.random() < 0.05:
                    v.append(f"{v[-1]}.{g.num(1, 9)}")
    del L.rows[N_LINES:]
    return L


# 9 ---------------------------------------------------------------- Cuckoo Sandbox 2.0.7 (Python 2.7, VirtualBox with five Windows 7 guests, routing through a VPN) of a bank's CERT detonating mail
#   attachments and URLs, ~/.cuckoo/log/cuckoo.log over some days: Python logging's "2026-12-01 10:00:00,123 [cuckoo.core.scheduler] INFO: message" (the logger's
#   name in brackets, the level and a colon); tasks started, machines acquired, the sniffer, the guest agent, analyses still processing and done, reports, VirtualBox
#   failing to restore a snapshot, the result server seeing unexpected connections, tcpdump failing, disk space running short, reporting modules and
#   processing raising exceptions with their tracebacks under them
@checked
def log_cuckoo(seed):
    L = Log("cuckoo_log", seed, "full", True, True)
    g = L.g
    MACH = [(f"win7_{i}", f"192.168.56.{100 + i}") for i in range(1, 6)]
    st = {"task": g.num(18000, 19000), "busy": {}, "free": list(range(5))}
    NAMES = ["Rechnung_{n}.doc", "invoice_{n}.xlsm", "Zahlungsavis_{n}.pdf.exe", "scan_{n}.js", "Auftrag_{n}.zip", "DHL_Sendung_{n}.lnk", "setup_{n}.msi", "Kontoauszug_{n}.iso",
             "remittance_{n}.htm", "Angebot_{n}.docx"]

    def c(name, lvl, msg, ev, tb=()):
        ms_(L, 0, 80)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{name}] {lvl}: {msg}", ev, lvl, name)
        for text, tev in tb:
            L.emit(text, tev, lvl, name)

    def traceback(frames, last):
        out = [("Traceback (most recent call last):", "tb_header")]
        for f, ln, fn, code in frames:
            out.append((f'  File "{f}", line {ln}, in {fn}', "tb_file"))
            out.append((f"    {code}", "tb_code"))
        out.append((last, "tb_exception"))
        return out

    def startup():
        c("cuckoo.core.startup", "INFO", "Initializing Cuckoo...", "initializing")
        c("cuckoo.core.startup", "INFO", "Checking for updates...", "checking_updates")
        if g.r.random() < 0.5:
            c("cuckoo.core.startup", "INFO", "Good! You have the latest version available.", "latest_version")
        else:
            c("cuckoo.core.startup", "ERROR", "Error checking for the latest Cuckoo version: HTTPSConnectionPool(host='cuckoosandbox.org', port=443): Max retries exceeded with url: /updates.json", "update_check_error")
        c("cuckoo.core.resultserver", "INFO", "ResultServer running on 192.168.56.1:2042.", "resultserver_running")
        c("cuckoo.core.scheduler", "INFO", 'Using "virtualbox" as machine manager', "machine_manager")
        for n, ip in MACH:
            c("cuckoo.machinery.virtualbox", "DEBUG", f"Machine {n} ({ip}) is powered off, status \"saved\"", "machine_status")
        c("cuckoo.core.scheduler", "INFO", f"Loaded {len(MACH)} machine/s", "loaded_machines")
        c("cuckoo.core.scheduler", "INFO", "Waiting for analysis tasks.", "waiting_tasks")
        st["busy"], st["free"] = {}, list(range(5))

    def start_task():
        if not st["free"]:
            return finish_task()
        st["task"] += 1
        t = st["task"]
        i = st["free"].pop(g.num(0, len(st["free"]) - 1))
        m, ip = MACH[i]
        if g.r.random() < 0.2:
            url = f"http{g.c(['s', ''])}://{g.c(['login-sparkasse', 'secure-update', 'docs-share', 'dhl-tracking'])}.{g.c(['top', 'xyz', 'info', 'com'])}/{g.alnum(8)}"
            c("cuckoo.core.scheduler", "INFO", f'Starting analysis of URL "{url}" (task #{t}, options "route=vpn0")', "starting_url")
        else:
            fn = g.c(NAMES).format(n=g.num(1000, 99999))
            c("cuckoo.core.scheduler", "INFO", f'Starting analysis of FILE "/tmp/cuckoo-tmp/upload_{g.alnum(8)}/{fn}" (task #{t}, options "{g.c(["route=vpn0", "route=none", "procmemdump=yes,route=vpn0", "free=yes"])}")', "starting_file")
            c("cuckoo.core.scheduler", "INFO", f'File already exists at "/home/cuckoo/.cuckoo/storage/binaries/{g.hx(64)}"', "file_exists")
        c("cuckoo.core.scheduler", "INFO", f"Task #{t}: acquired machine {m} (label={m})", "acquired_machine")
        if g.r.random() < 0.04:
            c("cuckoo.machinery.virtualbox", "ERROR", f"VBoxManage exited with error restoring the machine's snapshot: VBoxManage: error: Could not find a snapshot named 'clean'", "restore_snapshot_error")
            c("cuckoo.core.scheduler", "ERROR", f"Error starting Virtual Machine! VM: {m}, error: Trying to start an already started virtual machine", "error_starting_vm")
            c("cuckoo.core.scheduler", "INFO", f"Task #{t}: analysis procedure completed", "procedure_completed")
            st["free"].append(i)
            return
        if g.r.random() < 0.03:
            c("cuckoo.auxiliary.sniffer", "ERROR", "Error running tcpdump to sniff the network traffic during the analysis; stdout = '' and stderr = 'tcpdump: vboxnet0: That device is not up\\n'. "
                                                   "Did you enable the extra capabilities to allow running tcpdump as non-root user and disable AppArmor properly "
                                                   "(the latter only applies to Ubuntu-based distributions with AppArmor, see also https://cuckoo.sh/docs/faq/index.html#permission-denied-for-tcpdump)?", "tcpdump_error")
        else:
            c("cuckoo.auxiliary.sniffer", "INFO", f"Started sniffer with PID {g.num(2000, 60000)} (interface=vboxnet0, host={ip})", "started_sniffer")
        L.tick(8)
        c("cuckoo.core.guest", "INFO", f"Starting analysis #{t} on guest (id={m}, ip={ip})", "starting_on_guest")
        c("cuckoo.core.guest", "INFO", f"Guest is running Cuckoo Agent 0.10 (id={m}, ip={ip})", "guest_agent")
        c("cuckoo.core.guest", "DEBUG", f"Uploading analyzer to guest (id={m}, ip={ip}, monitor=latest, size={g.num(2400000, 2500000)})", "uploading_analyzer")
        st["busy"][t] = (i, L.t)

    def progress():
        if not st["busy"]:
            return start_task()
        t = g.c(sorted(st["busy"]))
        m = MACH[st["busy"][t][0]][0]
        c("cuckoo.core.guest", "DEBUG", f"{m}: analysis #{t} still processing", "still_processing")

    def rs_unexpected():
        c("cuckoo.core.resultserver", "WARNING", f"ResultServer did not have a task for IP {g.c(['192.168.56.1', '192.168.56.99', '192.168.56.' + str(g.num(100, 106))])}", "rs_no_task")

    def finish_task():
        if not st["busy"]:
            return start_task()
        t = g.c(sorted(st["busy"]))
        i, t0 = st["busy"].pop(t)
        m, ip = MACH[i]
        r = g.r.random()
        if r < 0.08:
            c("cuckoo.core.guest", "WARNING", f"{m}: analysis #{t} caught an exception", "analysis_exception", [
                ("Traceback (most recent call last):", "tb_header"), ('  File "C:/tmpxjt1ll/analyzer.py", line 809, in <module>', "tb_file"),
                ("    success = analyzer.run()", "tb_code"), ('  File "C:/tmpxjt1ll/analyzer.py", line 651, in run', "tb_file"),
                ("    pid = self.package.start(self.target)", "tb_code"),
                (g.c(["CuckooPackageError: Unable to execute the initial process, analysis aborted.", "WindowsError: [Error 2] The system cannot find the file specified"]), "tb_exception")])
        elif r < 0.12:
            c("cuckoo.core.scheduler", "ERROR", f"Task #{t}: the guest initialization hit the critical timeout, analysis aborted.", "critical_timeout")
        else:
            c("cuckoo.core.guest", "INFO", f"{m}: analysis completed successfully", "analysis_completed")
        c("cuckoo.core.plugins", "DEBUG", f"Stopped auxiliary module: Sniffer", "stopped_auxiliary")
        c("cuckoo.machinery.virtualbox", "DEBUG", f"Stopping machine {m}", "stopping_machine")
        L.tick(20)
        if g.r.random() < 0.07:
            c("cuckoo.core.plugins", "ERROR", 'Failed to run the reporting module "ElasticSearch":', "reporting_failed", traceback(
                [("/usr/local/lib/python2.7/dist-packages/cuckoo/core/plugins.py", 623, "process", "current.run(self.results)"),
                 ("/usr/local/lib/python2.7/dist-packages/cuckoo/reporting/elasticsearch.py", 255, "run", "self.do_index(obj)"),
                 ("/usr/local/lib/python2.7/dist-packages/cuckoo/reporting/elasticsearch.py", 130, "do_index", "raise CuckooReportError(\"Failed to save results in ElasticSearch for \""),
                 ], f"CuckooReportError: Failed to save results in ElasticSearch for task #{t}: ConnectionTimeout caused by - ReadTimeoutError(HTTPConnectionPool(host=u'10.10.40.5', port=9200): Read timed out. (read timeout=10))"))
        if g.r.random() < 0.04:
            c("cuckoo.core.plugins", "ERROR", 'Failed to run the processing module "Memory" for task #{}:'.format(t), "processing_failed", traceback(
                [("/usr/local/lib/python2.7/dist-packages/cuckoo/core/plugins.py", 246, "process", "data = current.run()"),
                 ("/usr/local/lib/python2.7/dist-packages/cuckoo/processing/memory.py", 1129, "run", "results = VolatilityManager(self.memory_path, self.osprofile).run()"),
                 ("/usr/local/lib/python2.7/dist-packages/volatility/addrspace.py", 196, "__init__", "self.as_assert(self.fhandle is not None, \"Could not open file\")")],
                "ASAssertionError: Could not open file"))
        if g.r.random() < 0.15:
            c("cuckoo.processing.behavior", "WARNING", f"Unable to parse the BSON stream for process {g.num(200, 4000)}, skipping", "bson_parse")
        c("cuckoo.core.scheduler", "INFO", f"Task #{t}: reports generation completed (path=/home/cuckoo/.cuckoo/storage/analyses/{t})", "reports_completed")
        c("cuckoo.core.scheduler", "INFO", f"Task #{t}: analysis procedure completed", "procedure_completed")
        st["free"].append(i)

    def disk():
        c("cuckoo.core.scheduler", "ERROR", f"Not enough free disk space! (Only {g.num(200, 1023)} MB!)", "disk_space")

    def restart():
        c("cuckoo.core.scheduler", "INFO", "Received SIGTERM, shutting down Cuckoo...", "sigterm")
        for t in list(st["busy"]):
            c("cuckoo.core.scheduler", "WARNING", f"Task #{t}: Cuckoo is shutting down, analysis cancelled", "analysis_cancelled")
        L.tick(60)
        startup()

    def vpn():
        c("cuckoo.core.rooter", "ERROR", f"Error executing rooter command: {g.c(['forward_enable', 'srcroute_enable'])} vboxnet0 tun0 192.168.56.10{g.num(1, 5)}: "
                                         "Unable to route traffic through the VPN, is it running?", "rooter_error")

    startup()
    ev = [(30, start_task), (30, finish_task), (25, progress), (2, rs_unexpected), (0.6, disk), (0.8, vpn), (0.15, restart)]
    return L.run(slowed(L, ev, 50), None)


# 10 --------------------------------------------------------------- Cisco Unified Communications Manager 14 (a two-node cluster, SIP trunk to a CUBE, Unity Connection for voicemail) of a county
#   hospital, the CDR and CMR flat files the CDR Repository Manager pushes to the billing server by SFTP every minute, appended there in order of arrival into one
#   daily file: each file's two header lines (the field names, quoted, then their types), then its records, comma-separated, strings quoted and numbers bare,
#   times as Unix seconds (dateTimeOrigination, dateTimeConnect, dateTimeDisconnect; a CMR's dateTimeStamp), IPv4 addresses as CUCM's signed integers; internal
#   calls, calls out over the trunk, calls in through the switchboard's hunt pilot, no answer and voicemail, busy, transfers and conferences, and the voice
#   quality metrics of each phone's leg
@checked
def log_cucm(seed):
    L = Log("cucm_cdr_cmr_flatfiles", seed, "full", False, False, start=dt.datetime(2026, 12, 1, 7, 40, 0, tzinfo=UTC))
    g = L.g
    CDR_F = ("cdrRecordType globalCallID_callManagerId globalCallID_callId origLegCallIdentifier dateTimeOrigination origNodeId origSpan origIpAddr callingPartyNumber "
             "callingPartyUnicodeLoginUserID origCause_location origCause_value origPrecedenceLevel origMediaTransportAddress_IP origMediaTransportAddress_Port "
             "origMediaCap_payloadCapability origMediaCap_maxFramesPerPacket origMediaCap_g723BitRate origVideoCap_Codec origVideoCap_Bandwidth origVideoCap_Resolution "
             "origVideoTransportAddress_IP origVideoTransportAddress_Port origRSVPAudioStat origRSVPVideoStat destLegIdentifier destNodeId destSpan destIpAddr "
             "originalCalledPartyNumber finalCalledPartyNumber finalCalledPartyUnicodeLoginUserID destCause_location destCause_value destPrecedenceLevel "
             "destMediaTransportAddress_IP destMediaTransportAddress_Port destMediaCap_payloadCapability destMediaCap_maxFramesPerPacket destMediaCap_g723BitRate "
             "destVideoCap_Codec destVideoCap_Bandwidth destVideoCap_Resolution destVideoTransportAddress_IP destVideoTransportAddress_Port destRSVPAudioStat destRSVPVideoStat "
             "dateTimeConnect dateTimeDisconnect lastRedirectDn pkid originalCalledPartyNumberPartition callingPartyNumberPartition finalCalledPartyNumberPartition "
             "lastRedirectDnPartition duration origDeviceName destDeviceName origCallTerminationOnBehalfOf destCallTerminationOnBehalfOf origCalledPartyRedirectOnBehalfOf "
             "lastRedirectRedirectOnBehalfOf origCalledPartyRedirectReason lastRedirectRedirectReason destConversationId globalCallId_ClusterID joinOnBehalfOf comment "
             "authCodeDescription authorizationLevel clientMatterCode origDTMFMethod destDTMFMethod callSecuredStatus origConversationId origMediaCap_Bandwidth "
             "destMediaCap_Bandwidth authorizationCodeValue outpulsedCallingPartyNumber outpulsedCalledPartyNumber origIpv4v6Addr destIpv4v6Addr IncomingProtocolID "
             "IncomingProtocolCallRef OutgoingProtocolID OutgoingProtocolCallRef currentRoutingReason origRoutingReason lastRedirectingRoutingReason huntPilotPartition "
             "huntPilotDN calledPartyPatternUsage outpulsedOriginalCalledPartyNumber outpulsedLastRedirectingNumber wasCallQueued totalWaitTimeInQueue callingPartyNumber_uri "
             "originalCalledPartyNumber_uri finalCalledPartyNumber_uri lastRedirectDn_uri mobileCallingPartyNumber finalMobileCalledPartyNumber origMobileDeviceName "
             "destMobileDeviceName origMobileCallDuration destMobileCallDuration mobileCallType originalCalledPartyPattern finalCalledPartyPattern lastRedirectingPartyPattern "
             "huntPilotPattern origDeviceType destDeviceType origDeviceSessionID destDeviceSessionID").split()
    CMR_F = ("cdrRecordType globalCallID_callManagerId globalCallID_callId nodeId directoryNum callIdentifier dateTimeStamp numberPacketsSent numberOctetsSent "
             "numberPacketsReceived numberOctetsReceived numberPacketsLost jitter latency pkid directoryNumPartition globalCallId_ClusterID deviceName varVQMetrics duration "
             "videoContentType videoDuration numberVideoPacketsSent numberVideoOctetsSent numberVideoPacketsReceived numberVideoOctetsReceived numberVideoPacketsLost "
             "videoAverageJitter videoRoundTripTime videoOneWayDelay videoReceptionMetrics videoTransmissionMetrics").split()
    STR_CDR = {"callingPartyNumber", "callingPartyUnicodeLoginUserID", "originalCalledPartyNumber", "finalCalledPartyNumber", "finalCalledPartyUnicodeLoginUserID", "lastRedirectDn",
               "pkid", "originalCalledPartyNumberPartition", "callingPartyNumberPartition", "finalCalledPartyNumberPartition", "lastRedirectDnPartition", "origDeviceName",
               "destDeviceName", "globalCallId_ClusterID", "comment", "authCodeDescription", "clientMatterCode", "authorizationCodeValue", "outpulsedCallingPartyNumber",
               "outpulsedCalledPartyNumber", "origIpv4v6Addr", "destIpv4v6Addr", "IncomingProtocolCallRef", "OutgoingProtocolCallRef", "huntPilotPartition", "huntPilotDN",
               "outpulsedOriginalCalledPartyNumber", "outpulsedLastRedirectingNumber", "callingPartyNumber_uri", "originalCalledPartyNumber_uri", "finalCalledPartyNumber_uri",
               "lastRedirectDn_uri", "mobileCallingPartyNumber", "finalMobileCalledPartyNumber", "origMobileDeviceName", "destMobileDeviceName", "originalCalledPartyPattern",
               "finalCalledPartyPattern", "lastRedirectingPartyPattern", "huntPilotPattern", "origDeviceSessionID", "destDeviceSessionID"}
    STR_CMR = {"directoryNum", "pkid", "directoryNumPartition", "globalCallId_ClusterID", "deviceName", "varVQMetrics", "videoReceptionMetrics", "videoTransmissionMetrics"}

    def types(fields, strs):
        out = []
        for f in fields:
            if f == "pkid":
                out.append("UNIQUEIDENTIFIER")
            elif f in strs:
                out.append("VARCHAR(" + str(600 if f == "varVQMetrics" else 255 if f.endswith("_uri") or f == "comment" else 129 if "Device" in f or "Partition" in f else 50) + ")")
            else:
                out.append("INTEGER")
        return out

    PHONES = {str(dn): (f"SEP{g.HX(12)}", f"10.40.{g.num(10, 30)}.{g.num(20, 250)}") for dn in g.r.sample(range(2100, 4800), 120)}
    DNS = sorted(PHONES)
    CUBE = ("CUBE01-SIP", "10.40.1.21")
    VM = "CUC-VM-TRUNK"
    st = {"cid": g.num(800000, 900000), "leg": g.num(30000000, 40000000)}

    def ipint(ip):
        a, b, c, d = (int(x) for x in ip.split("."))
        v = a | (b << 8) | (c << 16) | (d << 24)
        return v - (1 << 32) if v >= 1 << 31 else v

    def q(v):
        return f'"{v}"'

    def row(fields, strs, rec):
        out = []
        for f in fields:
            v = rec.get(f, "" if f in strs else 0)
            out.append(q(v) if f in strs else str(v))
        return ",".join(out)

    def call():
        st["cid"] += 1
        cid = st["cid"]
        node = g.c([1, 2])
        kind = g.r.random()
        t0 = int(L.t.timestamp())
        a = g.c(DNS)
        b = g.c([d for d in DNS if d != a])
        rec = {"cdrRecordType": 1, "globalCallID_callManagerId": node, "globalCallID_callId": cid, "dateTimeOrigination": t0, "origNodeId": node, "destNodeId": node,
               "globalCallId_ClusterID": "StandAloneCluster", "pkid": g.uuid(), "origPrecedenceLevel": 4, "destPrecedenceLevel": 4, "origDTMFMethod": 3, "destDTMFMethod": 3,
               "origMediaCap_payloadCapability": 4, "destMediaCap_payloadCapability": 4, "origMediaCap_maxFramesPerPacket": 20, "destMediaCap_maxFramesPerPacket": 20,
               "origMediaCap_Bandwidth": 64, "destMediaCap_Bandwidth": 64, "callingPartyNumberPartition": "PT_Internal", "originalCalledPartyNumberPartition": "PT_Internal",
               "finalCalledPartyNumberPartition": "PT_Internal", "origDeviceType": 36670, "destDeviceType": 36670}
        st["leg"] += 2
        rec["origLegCallIdentifier"], rec["destLegIdentifier"] = st["leg"] - 1, st["leg"]
        ring = g.num(2, 25)
        legs = []
        if kind < 0.35:
            dev_a, ip_a = PHONES[a]
            dev_b, ip_b = PHONES[b]
            rec.update({"callingPartyNumber": a, "originalCalledPartyNumber": b, "finalCalledPartyNumber": b, "origDeviceName": dev_a, "destDeviceName": dev_b,
                        "origIpAddr": ipint(ip_a), "destIpAddr": ipint(ip_b), "origIpv4v6Addr": ip_a, "destIpv4v6Addr": ip_b, "callingPartyNumber_uri": "", "calledPartyPatternUsage": 2,
                        "finalCalledPartyPattern": b, "originalCalledPartyPattern": b})
            legs = [(a, dev_a), (b, dev_b)]
        elif kind < 0.6:
            dev_a, ip_a = PHONES[a]
            ext = g.c(["0" + str(g.num(30, 89)) + str(g.num(1000000, 99999999)), "0" + "1" + str(g.num(50, 79)) + str(g.num(1000000, 9999999)), "0" + str(g.num(2000, 9999)) + str(g.num(10000, 999999))])
            rec.update({"callingPartyNumber": a, "originalCalledPartyNumber": ext, "finalCalledPartyNumber": ext, "origDeviceName": dev_a, "destDeviceName": CUBE[0],
                        "origIpAddr": ipint(ip_a), "destIpAddr": ipint(CUBE[1]), "origIpv4v6Addr": ip_a, "destIpv4v6Addr": CUBE[1], "finalCalledPartyNumberPartition": "PT_PSTN",
                        "originalCalledPartyNumberPartition": "PT_PSTN", "outpulsedCallingPartyNumber": "+4989" + "1234" + a, "outpulsedCalledPartyNumber": "+49" + ext[1:],
                        "OutgoingProtocolID": 1, "OutgoingProtocolCallRef": f"{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}@{CUBE[1]}", "calledPartyPatternUsage": 2,
                        "finalCalledPartyPattern": "0.!", "originalCalledPartyPattern": "0.!", "destDeviceType": 131})
            legs = [(a, dev_a)]
        elif kind < 0.85:
            caller = "0" + str(g.num(30, 9999)) + str(g.num(100000, 9999999))
            hunt = g.c(["2000", "2000", "2500", "2600"])
            dev_b, ip_b = PHONES[b]
            rec.update({"callingPartyNumber": caller, "originalCalledPartyNumber": hunt, "finalCalledPartyNumber": b, "origDeviceName": CUBE[0], "destDeviceName": dev_b,
                        "origIpAddr": ipint(CUBE[1]), "destIpAddr": ipint(ip_b), "origIpv4v6Addr": CUBE[1], "destIpv4v6Addr": ip_b, "callingPartyNumberPartition": "",
                        "IncomingProtocolID": 1, "IncomingProtocolCallRef": f"{g.hx(8)}-{g.hx(8)}-{g.hx(8)}-{g.hx(8)}@{CUBE[1]}", "huntPilotDN": hunt, "huntPilotPartition": "PT_Internal",
                        "huntPilotPattern": hunt, "calledPartyPatternUsage": 7, "lastRedirectDn": hunt, "lastRedirectDnPartition": "PT_Internal", "origDeviceType": 131,
                        "wasCallQueued": g.c([0, 0, 1]), "totalWaitTimeInQueue": 0})
            if rec["wasCallQueued"]:
                rec["totalWaitTimeInQueue"] = g.num(5, 240)
            legs = [(b, dev_b)]
        else:
            dev_a, ip_a = PHONES[a]
            rec.update({"callingPartyNumber": a, "originalCalledPartyNumber": b, "finalCalledPartyNumber": "8000", "lastRedirectDn": b, "lastRedirectDnPartition": "PT_Internal",
                        "origDeviceName": dev_a, "destDeviceName": VM, "origIpAddr": ipint(ip_a), "destIpAddr": ipint("10.40.1.31"), "origIpv4v6Addr": ip_a, "destIpv4v6Addr": "10.40.1.31",
                        "origCalledPartyRedirectReason": g.c([2, 15]), "lastRedirectRedirectReason": g.c([2, 15]), "origCalledPartyRedirectOnBehalfOf": 5,
                        "lastRedirectRedirectOnBehalfOf": 5, "finalCalledPartyPattern": "8000", "originalCalledPartyPattern": b, "destDeviceType": 131})
            legs = [(a, dev_a)]
        outcome = g.r.random()
        if outcome < 0.12 and kind < 0.85:
            rec.update({"dateTimeConnect": 0, "dateTimeDisconnect": t0 + ring, "duration": 0, "origCause_value": 16 if g.r.random() < 0.6 else 0,
                        "destCause_value": g.c([0, 17, 19, 31]), "origCallTerminationOnBehalfOf": 12, "destCallTerminationOnBehalfOf": 0})
            legs = []
        else:
            dur = max(1, int(g.r.expovariate(1 / 150)))
            rec.update({"dateTimeConnect": t0 + ring, "dateTimeDisconnect": t0 + ring + dur, "duration": dur, "origCause_value": g.c([16, 16, 0]), "destCause_value": g.c([0, 16]),
                        "origCallTerminationOnBehalfOf": g.c([12, 0]), "destCallTerminationOnBehalfOf": g.c([0, 12]),
                        "origMediaTransportAddress_IP": rec["origIpAddr"], "origMediaTransportAddress_Port": g.num(16384, 32766) // 2 * 2,
                        "destMediaTransportAddress_IP": rec["destIpAddr"], "destMediaTransportAddress_Port": g.num(16384, 32766) // 2 * 2})
            if g.r.random() < 0.06:
                rec.update({"joinOnBehalfOf": g.c([4, 10]), "origConversationId": g.num(16000000, 17000000), "comment": g.c(["", "", "ConfBridge"]),
                            "destConversationId": 0, "origCause_value": 393216, "destCause_value": 393216})
        out = [("cdr", row(CDR_F, STR_CDR, rec), rec["dateTimeOrigination"])]
        for dn, dev in legs:
            pk = g.num(50, 9000)
            mos = min(4.5, max(1.0, g.r.gauss(4.35, 0.25)))
            vq = (f"MLQK={min(4.5, mos + 0.1):.4f};MLQKav={mos:.4f};MLQKmn={max(1.0, mos - g.r.uniform(0, 1.2)):.4f};MLQKmx=4.5000;ICR={g.r.uniform(0, 0.02):.4f};"
                  f"CCR={g.r.uniform(0, 0.01):.4f};ICRmx={g.r.uniform(0, 0.05):.4f};CS={g.num(0, 3)};SCS={g.num(0, 1)};MLQKvr=0.95")
            cmr = {"cdrRecordType": 2, "globalCallID_callManagerId": node, "globalCallID_callId": cid, "nodeId": node, "directoryNum": dn, "callIdentifier": rec["origLegCallIdentifier"] if dn == rec.get("callingPartyNumber") else rec["destLegIdentifier"],
                   "dateTimeStamp": rec["dateTimeDisconnect"], "numberPacketsSent": rec["duration"] * 50 + g.num(-30, 30), "numberOctetsSent": (rec["duration"] * 50) * 160,
                   "numberPacketsReceived": rec["duration"] * 50 + g.num(-30, 30), "numberOctetsReceived": (rec["duration"] * 50) * 160, "numberPacketsLost": g.num(0, 3) if g.r.random() < 0.8 else g.num(10, pk),
                   "jitter": g.num(0, 4) if g.r.random() < 0.9 else g.num(10, 60), "latency": g.num(0, 2), "pkid": g.uuid(), "directoryNumPartition": "PT_Internal",
                   "globalCallId_ClusterID": "StandAloneCluster", "deviceName": dev, "varVQMetrics": vq, "duration": rec["duration"]}
            out.append(("cmr", row(CMR_F, STR_CMR, cmr), rec["dateTimeDisconnect"]))
        return out, rec["dateTimeDisconnect"]

    pending = []  # (kind, text, t_record, t_written)
    busy = lambda h: 9 if 8 <= h < 17 else 3 if 7 <= h < 19 else 1
    while len(L.rows) < N_LINES:
        minute = L.t
        n = max(0, int(g.r.gauss(busy(minute.hour), busy(minute.hour) / 3)))
        for _ in range(n):
            L.t = minute + dt.timedelta(seconds=g.num(0, 59))
            recs, tend = call()
            for kind, text, tr in recs:
                pending.append((kind, text, tr, tend))
        L.t = minute + dt.timedelta(minutes=1)
        now = int(L.t.timestamp())
        due = sorted([p for p in pending if p[3] < now], key=lambda p: p[3])
        pending = [p for p in pending if p[3] >= now]
        for kind in ("cdr", "cmr"):
            rows = [p for p in due if p[0] == kind]
            if not rows:
                continue
            first = dt.datetime.fromtimestamp(rows[0][2], UTC)
            F, S = (CDR_F, STR_CDR) if kind == "cdr" else (CMR_F, STR_CMR)
            L.emit(",".join(q(f) for f in F), f"{kind}_header_names", None, None, first)
            L.emit(",".join(q(t) for t in types(F, S)), f"{kind}_header_types", None, None, first)
            for p in rows:
                L.emit(p[1], f"{kind}_row", None, None, dt.datetime.fromtimestamp(p[2], UTC))
    del L.rows[N_LINES:]
    return L


# 11 --------------------------------------------------------------- Datadog Agent 7.52 (Debian package, EU site) on a web shop's database host (PostgreSQL 15, Redis, nginx, the logs agent tailing
#   nginx and the application), /var/log/datadog/agent.log: "2026-12-01 10:00:00 UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:40 in CheckStarted) |
#   check:postgres | message" (UTC, the agent's logger name, the level, the Go source location and function, then the check where there is one, and for a Python
#   check's own lines its instance and its file); the start-up, checks scheduled and run, the forwarder's rate-limited success lines, DNS failures that
#   reschedule transactions, dropped transactions, Python checks failing (the error as escaped JSON on one line, a log.exception with its traceback on many),
#   tailers started and rotated, a restart after a configuration change
@checked
def log_datadog(seed):
    L = Log("datadog_agent_log", seed, "full", True, True)
    g = L.g
    CHECKS = [("cpu", "cpu"), ("disk", "disk:e5dffb8bef24336f"), ("memory", "memory"), ("load", "load"), ("network", "network:4b0649b7e11f0772"), ("ntp", "ntp:d884b5186b651429"),
              ("uptime", "uptime"), ("io", "io"), ("file_handle", "file_handle"), ("postgres", "postgres:7c2a4f0b1d3e9a55"), ("redisdb", "redisdb:2b8f1c0d4a6e7f30"),
              ("nginx", "nginx:9d1e5a2b3c4f6a78"), ("process", "process:fa31c07d92e4b655")]
    HOST = "db-shop-02"
    EP = "https://7-52-1-app.agent.datadoghq.eu"
    st = {"tx": g.num(1, 400)}

    def d(lvl, src, msg, ev, comp_src=True, cont=()):
        ms_(L, 0, 200)
        path = src.split(":")[0]
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} UTC | CORE | {lvl} | ({src}) | {msg}", ev, lvl, f"CORE|{path}")
        for text, cev in cont:
            L.emit(text, cev, lvl, f"CORE|{path}")

    def startup():
        d("INFO", "cmd/agent/subcommands/run/command.go:482 in startAgent", "Starting Datadog Agent v7.52.1", "starting_agent")
        d("INFO", "pkg/util/hostname/providers.go:145 in GetWithProvider", f"Hostname is: {HOST}", "hostname_is")
        d("INFO", "comp/forwarder/defaultforwarder/default_forwarder.go:381 in Start", f'Forwarder started, sending to 1 endpoint(s) with 1 worker(s) each: "{EP}" (1 api key(s))', "forwarder_started")
        d("INFO", "comp/api/api/apiimpl/server.go:78 in startServer", "Started HTTP server 'CMD API Server' on 127.0.0.1:5001", "http_server_started")
        d("INFO", "pkg/collector/python/init.go:340 in resolvePythonExecPath", "Using '/opt/datadog-agent/embedded' as Python home", "python_home")
        d("INFO", "pkg/collector/python/init.go:405 in Initialize", "Initializing rtloader with Python 3 /opt/datadog-agent/embedded", "rtloader_init")
        d("INFO", "pkg/collector/python/init.go:421 in Initialize", "Successfully initialized python rtloader", "rtloader_ok")
        d("INFO", "pkg/logs/agent_impl.go:160 in start", "Starting logs-agent...", "logs_agent_starting")
        d("INFO", "pkg/logs/agent_impl.go:167 in start", "logs-agent started", "logs_agent_started")
        for name, cid in CHECKS:
            d("INFO", "pkg/collector/scheduler.go:224 in getChecks", f"Scheduling check {name} with an interval of {g.c(['15s', '15s', '15s', '60s'])}", "scheduling_check")
        for f in ["/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/postgresql/postgresql-15-main.log", "/srv/shop/var/log/prod.log"]:
            d("INFO", "pkg/logs/launchers/file/launcher.go:447 in startNewTailer", f"Starting a new tailer for: {f} (offset: {g.num(0, 9000000)}, whence: 0) for tailer key file:{f}", "new_tailer")
        d("INFO", "pkg/collector/runner/runner.go:110 in ensureMinWorkers", "Runner 1 added 4 workers (total: 4)", "runner_workers")
        for name, cid in CHECKS:
            run_check(name, cid)

    def run_check(name, cid):
        d("INFO", "pkg/collector/worker/check_logger.go:40 in CheckStarted", f"check:{name} | Running check...", "check_running")
        if name == "postgres" and st.get("pg_down"):
            check_error("postgres", cid)
        else:
            d("INFO", "pkg/collector/worker/check_logger.go:59 in CheckFinished", f"check:{name} | Done running check", "check_done")

    def periodic_check():
        name, cid = g.c(CHECKS)
        run_check(name, cid)

    def posted():
        st["tx"] += 500
        kind = g.c(["api/v2/series", "api/v1/check_run", "intake/", "api/v1/metadata", "api/v2/logs"])
        d("INFO", "comp/forwarder/defaultforwarder/transaction/transaction.go:433 in internalProcess",
          f'Successfully posted payload to "{EP}/{kind}" (202 Accepted), the agent will only log transaction success every 500 transactions', "posted_payload")

    def dns_fail():
        for _ in range(g.num(1, 6)):
            L.tick(5)
            kind = g.c(["api/v2/series", "api/v1/check_run", "intake/", "api/beta/sketches"])
            d("ERROR", "comp/forwarder/defaultforwarder/worker.go:191 in process",
              f'Error while processing transaction: error while sending transaction, rescheduling it: Post "{EP}/{kind}": dial tcp: lookup 7-52-1-app.agent.datadoghq.eu on 10.20.0.2:53: '
              f'read udp 10.20.1.{g.num(10, 60)}:{g.port()}->10.20.0.2:53: i/o timeout', "tx_rescheduling")
        if g.r.random() < 0.5:
            d("WARN", "comp/forwarder/defaultforwarder/domain_forwarder.go:132 in retryTransactions",
              f"Dropped {g.num(1, 40)} transactions in this retry attempt: 0 for exceeding the retry queue size limit of 15, {g.num(1, 40)} because the workers are too busy", "dropped_tx")
        if g.r.random() < 0.5:
            d("ERROR", "pkg/logs/client/http/destination.go:231 in unconditionalSend",
              f"Could not send payload: Post \"https://agent-http-intake.logs.datadoghq.eu/api/v2/logs\": dial tcp: lookup agent-http-intake.logs.datadoghq.eu: i/o timeout", "logs_send_failed")

    def check_error(name, cid):
        if name == "postgres":
            m = ("could not connect to server: Connection refused\\n\\tIs the server running on host \\\"localhost\\\" (127.0.0.1) and accepting\\n\\tTCP/IP connections on port 5432?\\n")
            tb = ("Traceback (most recent call last):\\n  File \\\"/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/base/checks/base.py\\\", line 1224, in run\\n"
                  "    self.check(instance)\\n  File \\\"/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/postgres/postgres.py\\\", line 877, in check\\n"
                  "    self.db = self._new_connection(self._config.dbname)\\npsycopg2.OperationalError: " + m)
        else:
            m = "Error 111 connecting to localhost:6379. Connection refused."
            tb = ("Traceback (most recent call last):\\n  File \\\"/opt/datadog-agent/embedded/lib/python3.11/site-packages/redis/connection.py\\\", line 264, in connect\\n"
                  "    sock = self.retry.call_with_retry(\\nredis.exceptions.ConnectionError: " + m)
        d("ERROR", "pkg/collector/worker/check_logger.go:71 in Error", f'check:{name} | Error running check: [{{"message": "{m}", "traceback": "{tb}"}}]', "check_error")

    def pg_outage():
        st["pg_down"] = True
        for _ in range(g.num(2, 5)):
            L.tick(15)
            run_check("postgres", CHECKS[9][1])
        L.tick(30)
        d("WARN", "pkg/collector/python/datadog_agent.go:127 in LogMessage", f"postgres:{CHECKS[9][1].split(':')[1]} | (postgres.py:412) | Database connection lost, reconnecting", "pg_reconnecting")
        st["pg_down"] = False

    def py_exception():
        cid = CHECKS[11][1].split(":")[1]
        d("ERROR", "pkg/collector/python/datadog_agent.go:129 in LogMessage", f"nginx:{cid} | (base.py:1240) | Unhandled exception while parsing the status page", "nginx_exception", cont=[
            ("Traceback (most recent call last):", "tb_header"),
            ('  File "/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/nginx/nginx.py", line 134, in check', "tb_file"),
            ("    metrics = self.parse_text(response.text, tags)", "tb_code"),
            ('  File "/opt/datadog-agent/embedded/lib/python3.11/site-packages/datadog_checks/nginx/nginx.py", line 301, in parse_text', "tb_file"),
            ("    conn = int(parsed[0])", "tb_code"),
            ("ValueError: invalid literal for int() with base 10: '<html>'", "tb_exception")])

    def py_warn():
        r = g.r.random()
        if r < 0.5:
            cid = CHECKS[9][1].split(":")[1]
            d("WARN", "pkg/collector/python/datadog_agent.go:127 in LogMessage", f"postgres:{cid} | (postgres.py:{g.c([688, 702])}) | Statement \"{g.c(['SELECT * FROM orders WHERE', 'UPDATE stock SET', 'DELETE FROM cart_items WHERE'])} ...\" "
                                                                         f"took {g.num(1000, 30000)} ms, longer than the collection interval", "pg_slow_statement")
        elif r < 0.8:
            cid = CHECKS[10][1].split(":")[1]
            d("WARN", "pkg/collector/python/datadog_agent.go:127 in LogMessage", f"redisdb:{cid} | (redisdb.py:{g.c([315])}) | keys: {g.num(3, 12)} key patterns matched no keys", "redis_no_keys")
        else:
            d("WARN", "pkg/collector/corechecks/system/disk/disk.go:164 in collectPartitionMetrics", f"check:disk | Unable to get disk metrics for /run/user/{g.c([1000, 1001, 113])}: permission denied", "disk_permission")

    def rotate():
        f = g.c(["/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/postgresql/postgresql-15-main.log", "/srv/shop/var/log/prod.log"])
        d("INFO", "pkg/logs/tailers/file/tailer.go:412 in StopAfterFileRotation", f"Log rotation happened to {f}", "log_rotation")
        d("INFO", "pkg/logs/launchers/file/launcher.go:447 in startNewTailer", f"Starting a new tailer for: {f} (offset: 0, whence: 0) for tailer key file:{f}", "new_tailer")

    def no_files():
        d("WARN", "pkg/logs/launchers/file/provider/file_provider.go:221 in filesMatchingSource", "Could not find any file matching pattern /srv/shop/var/log/worker-*.log, check that all its subdirectories are executable", "no_file_matching")

    def metadata():
        d("INFO", "comp/metadata/host/hostimpl/host.go:106 in collect", "Sent host metadata payload, size: " + str(g.num(2000, 6000)) + " bytes.", "host_metadata")

    def restart():
        d("INFO", "cmd/agent/subcommands/run/command.go:612 in stopAgent", "See ya!", "see_ya")
        L.tick(5)
        startup()

    def clock():
        d("WARN", "pkg/collector/corechecks/net/ntp/ntp.go:184 in Run", f"check:ntp | Offset of {g.f(60, 300, 2)}s exceeds threshold of 60s", "ntp_offset")

    startup()
    ev = [(18, periodic_check), (30, posted), (2.5, dns_fail), (0.8, pg_outage), (0.5, py_exception), (6, py_warn), (3, rotate), (1, no_files), (4, metadata), (0.3, clock), (0.15, restart)]
    return L.run(slowed(L, ev, 120), None)


# 12 --------------------------------------------------------------- DRBD 9.2 (the LINBIT kernel module on Debian 12, two resources replicated over a bonded back-to-back link, a diskless tiebreaker node,
#   Pacemaker moving an NFS export and a PostgreSQL data volume between the nodes) on node nfs1 of a university library's storage pair, /var/log/kern.log as
#   Debian 12's rsyslog writes it: "2026-12-01T10:00:00.123456+00:00 nfs1 kernel: drbd nfsdata nfs2: message" (RFC 3339 time, no kernel uptime); DRBD's state
#   changes "conn( A -> B ) peer( ... )", the replication link flapping with the PingAck timeouts, reconnects with the handshake, sync handshakes with their UUID
#   lines, bitmap exchanges and resyncs, cluster-wide state changes, weekly online verifies, a failover with the XFS mount and NFSD's grace period, the NICs
#   and the bond, a split brain once, the module loading at boot
@checked
def log_drbd(seed):
    L = Log("drbd_kern_log", seed, "full", False, True)
    g = L.g
    RES = {"nfsdata": [(0, 1), (1, 2)], "pgdata": [(0, 3)]}
    PEER, TB = "nfs2", "tiebreak"
    st = {"sc": g.num(10 ** 9, 2 * 10 ** 9), "role": {"nfsdata": "Primary", "pgdata": "Secondary"}, "conn": True, "uuid": {m: g.HX(16) for r in RES.values() for _, m in r},
          "thr": g.num(900, 3000), "fsid": {1: g.uuid(), 2: g.uuid(), 3: g.uuid()}}

    def k(sub, msg, ev):
        ms_(L, 0, 8)
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}+00:00 nfs1 kernel: {msg}", ev, None, f"kernel|{sub}")

    def dr(res, msg, ev, peer=None):
        k("drbd", f"drbd {res}{' ' + peer if peer else ''}: {msg}", ev)

    def dv(res, vol, minor, msg, ev, peer=PEER):
        k("drbd", f"drbd {res}/{vol} drbd{minor}{' ' + peer if peer else ''}: {msg}", ev)

    def cluster_change(res, what="0->1 499/146"):
        st["sc"] += g.num(1, 10 ** 6)
        sc = st["sc"]
        dr(res, f"Preparing cluster-wide state change {sc} ({what})", "preparing_state_change")
        dr(res, f"State change {sc}: primary_nodes={g.c([1, 2, 4])}, weak_nodes={g.c(['FFFFFFFFFFFFFFF8', 'FFFFFFFFFFFFFFFA', 'FFFFFFFFFFFFFFFC'])}", "state_change")
        dr(res, f"Committing cluster-wide state change {sc} ({g.num(0, 40)}ms)", "committing_state_change")

    def uuids(minor, bits):
        return f"{st['uuid'][minor]}:0000000000000000:{g.HX(16)}:{g.HX(16)} bits:{bits} flags:{g.c([20, 120, 100])}"

    def link_down():
        if not st["conn"]:
            return link_up()
        st["conn"] = False
        if g.r.random() < 0.5:
            k("igb", "igb 0000:03:00.1 enp3s0f1: igb: enp3s0f1 NIC Link is Down", "nic_link_down")
            k("bond0", "bond0: (slave enp3s0f1): link status definitely down, disabling slave", "bond_slave_down")
            k("bond0", "bond0: now running without any active interface!", "bond_no_active")
        for res in RES:
            why = g.r.random()
            if why < 0.6:
                dr(res, "PingAck did not arrive in time.", "pingack_timeout", PEER)
            else:
                dr(res, "sock was shut down by peer", "sock_shut_down", PEER)
            peer_role = "Primary" if st["role"][res] == "Secondary" else "Secondary"
            dr(res, f"conn( Connected -> NetworkFailure ) peer( {peer_role} -> Unknown )", "conn_peer_change", PEER)
            for vol, minor in RES[res]:
                dv(res, vol, minor, "pdsk( UpToDate -> DUnknown ) repl( Established -> Off )", "pdsk_repl_change")
            dr(res, "Terminating sender thread", "terminating_sender", PEER)
            dr(res, f"Starting sender thread (from drbd_r_{res} [{st['thr'] + g.num(1, 40)}])", "starting_sender", PEER)
            dr(res, "Connection closed", "connection_closed", PEER)
            dr(res, "helper command: /sbin/drbdadm disconnected", "helper_command", PEER)
            dr(res, "helper command: /sbin/drbdadm disconnected exit code 0", "helper_exit", PEER)
            dr(res, "conn( NetworkFailure -> Unconnected )", "conn_change", PEER)
            dr(res, "Restarting receiver thread", "restarting_receiver", PEER)
            dr(res, "conn( Unconnected -> Connecting )", "conn_change", PEER)

    def link_up():
        if st["conn"]:
            return link_down()
        st["conn"] = True
        L.tick(40)
        if g.r.random() < 0.5:
            k("igb", "igb 0000:03:00.1 enp3s0f1: igb: enp3s0f1 NIC Link is Up 10000 Mbps Full Duplex, Flow Control: RX/TX", "nic_link_up")
            k("bond0", "bond0: (slave enp3s0f1): link status definitely up, 10000 Mbps full duplex", "bond_slave_up")
            k("bond0", "bond0: active interface up!", "bond_active_up")
        for res in RES:
            dr(res, f"Handshake to peer 1 successful: Agreed network protocol version 122", "handshake_ok", PEER)
            dr(res, "Feature flags enabled on protocol level: 0x7f TRIM THIN_RESYNC WRITE_SAME WRITE_ZEROES RESYNC_DAGTAG", "feature_flags", PEER)
            dr(res, "Peer authenticated using 20 bytes HMAC", "peer_authenticated", PEER)
            dr(res, f"Starting ack_recv thread (from drbd_r_{res} [{st['thr'] + g.num(1, 40)}])", "starting_ack_recv", PEER)
            cluster_change(res, f"0->1 499/146")
            prim = st["role"][res] == "Primary"
            for vol, minor in RES[res]:
                bits = g.num(0, 90000) if prim else 0
                dv(res, vol, minor, "drbd_sync_handshake:", "sync_handshake")
                dv(res, vol, minor, f"self {uuids(minor, bits)}", "sync_self")
                dv(res, vol, minor, f"peer {uuids(minor, 0 if prim else g.num(0, 90000))}", "sync_peer")
                dv(res, vol, minor, f"uuid_compare()={'source-use-bitmap by rule=bitmap-self' if prim else 'target-use-bitmap by rule=bitmap-peer'}", "uuid_compare")
            peer_role = "Primary" if not prim else "Secondary"
            dr(res, f"conn( Connecting -> Connected ) peer( Unknown -> {peer_role} )", "conn_peer_change", PEER)
            for vol, minor in RES[res]:
                src = "S" if prim else "T"
                dv(res, vol, minor, f"pdsk( DUnknown -> {'Outdated' if prim else 'UpToDate'} ) repl( Off -> WFBitMap{src} )", "pdsk_repl_change")
                bm = g.num(20, 4000)
                dv(res, vol, minor, f"send bitmap stats [Bytes(packets)]: plain 0(0), RLE {bm}({max(1, bm // 4000)}), total {bm}; compression: {g.f(99, 100, 1)}%", "send_bitmap_stats")
                dv(res, vol, minor, f"receive bitmap stats [Bytes(packets)]: plain 0(0), RLE {bm}({max(1, bm // 4000)}), total {bm}; compression: {g.f(99, 100, 1)}%", "receive_bitmap_stats")
                h = "before-resync-source" if prim else "before-resync-target"
                dv(res, vol, minor, f"helper command: /sbin/drbdadm {h}", "helper_command")
                dv(res, vol, minor, f"helper command: /sbin/drbdadm {h} exit code 0", "helper_exit")
                if prim:
                    dv(res, vol, minor, f"pdsk( Outdated -> Inconsistent ) repl( WFBitMapS -> SyncSource )", "pdsk_repl_change")
                else:
                    dv(res, vol, minor, f"disk( UpToDate -> Inconsistent ) repl( WFBitMapT -> SyncTarget )", "disk_repl_change")
                kb = g.num(100, 900000)
                dv(res, vol, minor, f"Began resync as Sync{'Source' if prim else 'Target'} (will sync {kb} KB [{kb // 4} bits set]).", "began_resync")
                st["uuid"][minor] = g.HX(16)
                dv(res, vol, minor, f"updated UUIDs {st['uuid'][minor]}:0000000000000000:{g.HX(16)}:{g.HX(16)}", "updated_uuids")
            L.tick(20)
            for vol, minor in RES[res]:
                dv(res, vol, minor, f"Resync done (total {g.num(1, 200)} sec; paused 0 sec; {g.num(9000, 400000)} K/sec)", "resync_done")
                if prim:
                    dv(res, vol, minor, "pdsk( Inconsistent -> UpToDate ) repl( SyncSource -> Established )", "pdsk_repl_change")
                else:
                    dv(res, vol, minor, "disk( Inconsistent -> UpToDate ) repl( SyncTarget -> Established )", "disk_repl_change")
                dv(res, vol, minor, f"helper command: /sbin/drbdadm {'after-resync-target' if not prim else 'unfence-peer'}", "helper_command")
                dv(res, vol, minor, f"helper command: /sbin/drbdadm {'after-resync-target' if not prim else 'unfence-peer'} exit code 0", "helper_exit")

    def verify():
        if not st["conn"]:
            return link_up()
        res = g.c(list(RES))
        vol, minor = g.c(RES[res])
        dv(res, vol, minor, "repl( Established -> VerifyS )", "repl_change")
        dv(res, vol, minor, "Starting Online Verify from sector 0", "verify_start")
        L.tick(600)
        for _ in range(g.c([0, 0, 0, 1, 3])):
            dv(res, vol, minor, f"Out of sync: start={g.num(0, 2 * 10 ** 9)}, size={g.c([8, 8, 16, 256])} (sectors)", "out_of_sync")
        dv(res, vol, minor, f"Online verify done (total {g.num(600, 9000)} sec; paused 0 sec; {g.num(80000, 400000)} K/sec)", "verify_done")
        dv(res, vol, minor, "repl( VerifyS -> Established )", "repl_change")

    def failover():
        res = g.c(list(RES))
        minors = [m for _, m in RES[res]]
        if st["role"][res] == "Primary":
            for m in minors:
                k("XFS", f"XFS (drbd{m}): Unmounting Filesystem {st['fsid'][m]}", "xfs_unmount")
            if res == "nfsdata":
                k("nfsd", "nfsd: last server has exited, flushing export cache", "nfsd_last_server")
            cluster_change(res, "0->all role( Secondary )")
            dr(res, "role( Primary -> Secondary )", "role_change")
            st["role"][res] = "Secondary"
            dr(res, "peer( Secondary -> Primary )", "peer_change", PEER)
        else:
            dr(res, "peer( Primary -> Secondary )", "peer_change", PEER)
            cluster_change(res, "0->all role( Primary )")
            dr(res, "role( Secondary -> Primary )", "role_change")
            st["role"][res] = "Primary"
            for m in minors:
                k("XFS", f"XFS (drbd{m}): Mounting V5 Filesystem {st['fsid'][m]}", "xfs_mounting")
                if g.r.random() < 0.3:
                    k("XFS", f"XFS (drbd{m}): Starting recovery (logdev: internal)", "xfs_recovery_start")
                    k("XFS", f"XFS (drbd{m}): Ending recovery (logdev: internal)", "xfs_recovery_end")
                k("XFS", f"XFS (drbd{m}): Ending clean mount", "xfs_clean_mount")
            if res == "nfsdata":
                k("NFSD", "NFSD: Using nfsdcld client tracking operations.", "nfsd_nfsdcld")
                k("NFSD", "NFSD: starting 90-second grace period (net f0000000)", "nfsd_grace")

    def tiebreaker():
        res = g.c(list(RES))
        if g.r.random() < 0.5:
            dr(res, "conn( Connected -> Connecting ) peer( Secondary -> Unknown )", "conn_peer_change", TB)
            for vol, minor in RES[res]:
                dv(res, vol, minor, "pdsk( Diskless -> DUnknown ) repl( Established -> Off )", "pdsk_repl_change", TB)
        else:
            dr(res, "Handshake to peer 2 successful: Agreed network protocol version 122", "handshake_ok", TB)
            dr(res, "conn( Connecting -> Connected ) peer( Unknown -> Secondary )", "conn_peer_change", TB)
            for vol, minor in RES[res]:
                dv(res, vol, minor, "pdsk( DUnknown -> Diskless ) repl( Off -> Established )", "pdsk_repl_change", TB)

    def ko():
        res = g.c(list(RES))
        vol, minor = g.c(RES[res])
        dv(res, vol, minor, f"Remote failed to finish a request within {g.num(6000, 9000)}ms > ko-count (7) * timeout (60 * 0.1s)", "remote_failed_ko", None)

    def split_brain():
        res = "pgdata"
        dr(res, "Split-Brain detected but unresolved, dropping connection!", "split_brain", PEER)
        dr(res, "helper command: /sbin/drbdadm split-brain", "helper_command", PEER)
        dr(res, "helper command: /sbin/drbdadm split-brain exit code 0", "helper_exit", PEER)
        dr(res, "conn( Connected -> Disconnecting ) peer( Secondary -> Unknown )", "conn_peer_change", PEER)
        dr(res, "Connection closed", "connection_closed", PEER)
        dr(res, "conn( Disconnecting -> StandAlone )", "conn_change", PEER)

    def boot():
        k("drbd", "drbd: loading out-of-tree module taints kernel.", "module_taints")
        k("drbd", "drbd: initialized. Version: 9.2.11 (api:2/proto:86-122)", "drbd_initialized")
        k("drbd", f"drbd: GIT-hash: {g.hx(40)} build by @nfs1, 2026-10-02 09:14:51", "drbd_git_hash")
        k("drbd", "drbd: registered as block device major 147", "drbd_registered")
        for res in RES:
            dr(res, "Starting worker thread (from drbdsetup [" + str(g.num(600, 900)) + "])", "starting_worker")
            for vol, minor in RES[res]:
                dv(res, vol, minor, "meta-data IO uses: blk-bio", "metadata_io", None)
                dv(res, vol, minor, "disk( Diskless -> Attaching )", "disk_change", None)
                dv(res, vol, minor, f"Maximum number of peer devices = 7", "max_peer_devices", None)
                dv(res, vol, minor, f"size = {g.c(['1.8 TB (1953125000 KB)', '3.6 TB (3906250000 KB)', '500 GB (524288000 KB)'])}", "size", None)
                dv(res, vol, minor, "disk( Attaching -> UpToDate )", "disk_change", None)
            dr(res, "conn( StandAlone -> Unconnected )", "conn_change", PEER)
            dr(res, "Starting receiver thread (from drbd_w_" + res + " [" + str(g.num(900, 3000)) + "])", "starting_receiver", PEER)
            dr(res, "conn( Unconnected -> Connecting )", "conn_change", PEER)
        st["conn"] = False
        link_up()

    def hung():
        k("kernel", f"INFO: task nfsd:{g.num(1000, 3000)} blocked for more than 120 seconds.", "hung_task")
        k("kernel", "      Tainted: G           OE      6.1.0-27-amd64 #1 Debian 6.1.115-1", "hung_tainted")
        k("kernel", '"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.', "hung_echo")

    boot()
    ev = [(30, link_down), (30, link_up), (4, verify), (6, failover), (5, tiebreaker), (2, ko), (0.3, split_brain), (0.6, hung)]
    return L.run(slowed(L, ev, 1800), None)


# 13 --------------------------------------------------------------- FHEM 6.3 (Perl, on a Raspberry Pi in a family house in Bavaria: HomeMatic thermostats and window contacts through a CUL868, Zigbee sensors
#   through zigbee2mqtt into MQTT2, a heat pump over HTTPMOD, DbLog into MariaDB, the family's own 99_myUtils.pm), ./log/fhem-2026-12.log: "2026.12.01 10:00:00.123
#   3: message" (dots in the date, milliseconds from `attr global mseclog 1`, then the verbosity level of the line, 0 to 5, and a colon); the start-up with the
#   configuration included and the server started line, thermostat commands, unknown codes from the neighbours' devices, the CUL vanishing and reappearing,
#   LOVF, autocreate, notify return values, PERL WARNINGs with FHEM's stacktrace lines, DbLog losing the database, a weather API timing out; Perl's own
#   "redefined" warnings and a shell's error written raw into the log by the process, no header at all
@checked
def log_fhem(seed):
    L = Log("fhem_log", seed, "full", True, False)
    g = L.g
    HM = ["HZ_Wohnzimmer", "HZ_Kueche", "HZ_Bad", "HZ_Schlafzimmer", "HZ_Kinderzimmer_Lena", "HZ_Kinderzimmer_Max", "HZ_Buero", "HZ_Gaestezimmer"]
    FK = ["FK_Terrasse", "FK_Haustuer", "FK_Bad", "FK_Kueche", "FK_Schlafzimmer", "FK_Keller"]
    ZB = ["zigbee_Bewegung_Flur", "zigbee_Temp_Keller", "zigbee_Steckdose_TV", "zigbee_Wasser_Waschkueche", "zigbee_Taster_Bett", "zigbee_Licht_Garage"]
    st = {"pid": g.num(800, 4000), "cul": True, "db": True}

    def f(lvl, msg, ev):
        ms_(L, 0, 120)
        L.emit(f"{L.t:%Y.%m.%d %H:%M:%S}.{ms3(L.t)} {lvl}: {msg}", ev, str(lvl))

    def raw(msg, ev):
        L.emit(msg, ev)

    def startup():
        st["pid"] = g.num(400, 30000)
        f(1, "Including fhem.cfg", "including_cfg")
        f(3, "telnetPort: port 7072 opened", "port_opened")
        f(3, "WEB: port 8083 opened", "port_opened")
        f(3, "WEBphone: port 8084 opened", "port_opened")
        f(3, "mqtt2s: port 1883 opened", "port_opened")
        f(3, "Opening CUL_0 device /dev/serial/by-id/usb-busware.de_CUL868-if00", "opening_device")
        f(3, "Setting CUL_0 serial parameters to 9600,8,N,1", "setting_serial")
        L.tick(0.5)
        f(3, "CUL_0 device opened", "device_opened")
        f(2, "DbLog logdb - Connection to db mysql:database=fhem;host=localhost;port=3306 established for pid " + str(st["pid"]), "dblog_connected")
        f(1, "Including ./log/fhem.save", "including_save")
        f(1, "usb create starting", "usb_create_start")
        L.tick(1)
        f(1, "usb create end", "usb_create_end")
        f(0, "Featurelevel: 6.3", "featurelevel")
        f(0, f"Server started with {g.num(180, 200)} defined entities (fhem.pl:29034/2025-11-30 perl:5.036000 os:linux user:fhem pid:{st['pid']})", "server_started")

    def thermostat():
        d = g.c(HM)
        t = g.c(["17.0", "18.0", "19.5", "20.0", "20.5", "21.0", "21.5", "22.0", "off"])
        f(3, f"CUL_HM set {d}_Clima desired-temp {t}", "culhm_set")
        if g.r.random() < 0.12:
            L.tick(20)
            f(3, f"CUL_HM {d} protCmdDel: {g.num(1, 3)} commands removed (MISSING ACK)", "culhm_missing_ack")

    def unknown_code():
        f(3, f"CUL_0: Unknown code {g.c(['A', 'i', 'T', 'F'])}{g.HX(g.c([12, 16, 26, 30]))}, help me!", "unknown_code")

    def cul_gone():
        f(1, "/dev/serial/by-id/usb-busware.de_CUL868-if00 disconnected, waiting to reappear (CUL_0)", "disconnected_waiting")
        L.tick(15)
        for _ in range(g.num(0, 2)):
            f(1, f"CUL_0: Can't open /dev/serial/by-id/usb-busware.de_CUL868-if00: No such file or directory", "cant_open")
            L.tick(30)
        f(3, "Setting CUL_0 serial parameters to 9600,8,N,1", "setting_serial")
        f(1, "/dev/serial/by-id/usb-busware.de_CUL868-if00 reappeared (CUL_0)", "reappeared")

    def lovf():
        f(2, f"CUL_0: LOVF (transmit buffer full, 1% rule) - {g.num(1, 9)} messages dropped", "lovf")

    def autocreate():
        r = g.r.random()
        if r < 0.6:
            n = f"MQTT2_{g.c(ZB)}_{g.num(2, 9)}"
            f(2, f"autocreate: define {n} MQTT2_DEVICE {n[6:]} mqtt2s", "autocreate_define")
            f(2, f"autocreate: define FileLog_{n} FileLog ./log/{n}-%Y.log {n}", "autocreate_define")
        else:
            hid = g.HX(6)
            f(2, f"autocreate: define HM_{hid} CUL_HM {hid} A{g.HX(24)}", "autocreate_define")
            f(3, f"CUL_HM Unknown device HM_{hid} is now defined", "culhm_now_defined")

    def notify_ret():
        n = g.c(["nt_Fenster_offen", "nt_Klingel", "nt_Wasser_Alarm", "di_Rollladen", "nt_Abwesenheit"])
        ret = g.c(["Unknown command Pushover_Send, try help.", "Please define Telegram first", "set Licht_Flur on : Unknown argument on, choose one of off:noArg toggle:noArg",
                   "Unknown command {fhem(\"set Rollo_Wohnzimmer pct 30\"), try help."])
        f(3, f"{n} return value: {ret}", "notify_return")

    def perl_warning():
        fl, ln = g.c([("./FHEM/99_myUtils.pm", g.num(40, 200)), ("./FHEM/98_HTTPMOD.pm", g.num(1500, 2500)), ("./FHEM/10_MQTT2_DEVICE.pm", g.num(300, 900))])
        v = g.c(["$val", "$hash->{READINGS}{temperature}{VAL}", "$diff", "$EVENT"])
        f(1, f"PERL WARNING: Use of uninitialized value {v} in {g.c(['concatenation (.) or string', 'numeric lt (<)', 'subtraction (-)', 'sprintf'])} at {fl} line {ln}.", "perl_warning")
        if g.r.random() < 0.6:
            f(1, "stacktrace:", "stacktrace")
            for fn, by, at in [("main::myUtils_Heizung", fl, ln), ("main::__ANON__", "(eval 1234)", 1), ("main::AnalyzePerlCommand", "fhem.pl", 1091),
                               ("main::EvalSpecials", "./FHEM/91_notify.pm", 131), ("main::DoTrigger", "fhem.pl", 4188)][:g.num(3, 5)]:
                f(1, f"    {fn:<35} called by {by} ({at})", "stacktrace_frame")

    def dblog():
        if st["db"]:
            st["db"] = False
            f(2, "DbLog logdb - Error table history - DBD::mysql::st execute_array failed: MySQL server has gone away", "dblog_error")
            f(3, "DbLog logdb - Reopen requested", "dblog_reopen")
            L.tick(30)
            f(2, "DbLog logdb - Error: DBI connect('database=fhem;host=localhost;port=3306','fhemuser',...) failed: Can't connect to local server through socket '/run/mysqld/mysqld.sock' (2)", "dblog_connect_failed")
        else:
            st["db"] = True
            f(2, f"DbLog logdb - Connection to db mysql:database=fhem;host=localhost;port=3306 established for pid {st['pid']}", "dblog_connected")
            f(3, f"DbLog logdb - {g.num(20, 900)} cache rows written to database", "dblog_cache_written")

    def weather():
        why = g.c(["Connection timed out", "Can't connect(2) to https://api.openweathermap.org:443: Name or service not known", "empty answer received"])
        f(3, f"Wetter: error while requesting https://api.openweathermap.org/data/3.0/onecall?lat=48.13&lon=11.58&exclude=minutely&units=metric&lang=de - "
             f"https://api.openweathermap.org:443: {why}", "weather_error")

    def heatpump():
        r = g.r.random()
        if r < 0.6:
            f(4, f"wp_Heizung: Read callback: request type Update, {g.num(300, 900)} bytes, {g.num(20, 40)} readings parsed", "httpmod_read")
        else:
            f(3, f"wp_Heizung: Read callback: Error: http://192.168.1.60/status.xml: empty answer received", "httpmod_error")

    def fenster():
        d = g.c(FK)
        f(2, f"FHEMWEB: {d} ({g.c(['open', 'closed', 'tilted'])}) sent to WEBphone_192.168.1.{g.num(20, 60)}_{g.port()}", "fhemweb_sent")

    def redefined():
        f(1, "reload: Loading ./FHEM/99_myUtils.pm", "reload_loading")
        for sub in g.r.sample(["myUtils_Initialize", "myUtils_Heizung", "myUtils_Rollladen", "myUtils_Abwesend", "myUtils_Pushover"], g.num(1, 4)):
            raw(f"Subroutine {sub} redefined at ./FHEM/99_myUtils.pm line {g.num(10, 300)}.", "perl_redefined")

    def shell_err():
        f(3, "Klingel: executing /opt/fhem/bin/gong.sh", "executing_script")
        raw(g.c(["sh: 1: /opt/fhem/bin/gong.sh: Permission denied", "aplay: main:831: audio open error: Device or resource busy", "sh: 1: mpg123: not found"]), "shell_error")

    def shutdown():
        f(0, "Server shutdown", "server_shutdown")
        L.tick(20)
        startup()

    def sunrise():
        f(3, f"grp_Rollladen: set {g.c(['up', 'down', 'pct 30'])} for {g.num(4, 9)} members", "group_set")

    startup()
    ev = [(22, thermostat), (14, unknown_code), (1.5, cul_gone), (3, lovf), (3, autocreate), (5, notify_ret), (3, perl_warning), (1, dblog), (3, weather), (12, heatpump),
          (8, fenster), (0.6, redefined), (1.2, shell_err), (0.2, shutdown), (5, sunrise)]
    return carry_time(L.run(slowed(L, ev, 300), None), lambda r: r[1] not in ("perl_redefined", "shell_error"))


# 14 --------------------------------------------------------------- Foundry Virtual Tabletop 12 (the felddy/foundryvtt container on a small VPS behind Caddy) of a group of friends playing two D&D 5e
#   campaigns and a Call of Cthulhu one-shot on weekday evenings, `docker logs foundryvtt` over two months: three writers with one layout, "Entrypoint |
#   2026-12-01 18:00:00 | [info] message", "Launcher | ..." and "FoundryVTT | ..." (the container's entrypoint and launcher scripts, then the server: seconds only, UTC,
#   the level in brackets); container starts with cached and downloaded releases, the server start-up, worlds launched and shut down, players joining and
#   leaving, modules warned about, world migrations after an update, a full disk with Node's error and stack under it, Node's own warnings without a header
@checked
def log_foundry(seed):
    L = Log("foundryvtt_docker_logs", seed, "full", True, True, start=dt.datetime(2026, 11, 9, 17, 40, 0, tzinfo=UTC))
    g = L.g
    WORLDS = [("curse-of-strahd", "dnd5e", ["Thorin", "Elowen", "Brak", "Mira", "Gamemaster"]), ("tomb-of-annihilation", "dnd5e", ["Kasimir", "Vex", "Thorin", "Gamemaster"]),
              ("masks-oneshot", "CoC7", ["Prof. Armitage", "Dr. Hale", "Gamemaster"])]
    MODS = ["dice-so-nice", "monks-tokenbar", "lib-wrapper", "socketlib", "tidy5e-sheet", "token-action-hud-core", "sequencer", "jb2a_patreon", "simple-calendar", "combat-utility-belt"]
    st = {"build": 331, "world": None, "sessions": {}}

    def w(who, lvl, msg, ev, cont=()):
        ms_(L, 0, 400)
        L.emit(f"{who} | {L.t:%Y-%m-%d %H:%M:%S} | [{lvl}] {msg}", ev, lvl, who)
        for text, cev in cont:
            L.emit(text, cev, lvl, who)

    def container_start(update=False):
        e = lambda msg, ev, lvl="info": w("Entrypoint", lvl, msg, ev)
        e(f"Starting felddy/foundryvtt container v12.{st['build'] + (1 if update else 0)}.0", "container_starting")
        e("Reading configured secrets from: /run/secrets/config.json", "reading_secrets")
        e("Using CONTAINER_CACHE: /data/container_cache", "using_cache")
        if update:
            st["build"] += 1
            e("Requesting CSRF tokens from foundryvtt.com", "requesting_csrf")
            e("Logging in as: hartmut.k", "logging_in")
            e("Fetching presigned release URL for build " + str(st["build"]) + "...", "fetching_release_url")
            e("Downloading Foundry Virtual Tabletop release.", "downloading_release")
            L.tick(30)
        else:
            e(f"Found cached release: foundryvtt-12.{st['build']}.zip", "found_cached")
        e(f"Installing Foundry Virtual Tabletop 12.{st['build']}", "installing")
        L.tick(8)
        e("Preserving release archive file in cache.", "preserving_archive")
        e("Setting data directory permissions.", "setting_permissions")
        e("Starting launcher with uid:gid as foundry:foundry.", "starting_launcher")
        w("Launcher", "info", "Generating options.json file.", "generating_options")
        w("Launcher", "info", "Setting 'Admin Access Key'.", "setting_admin_key")
        w("Launcher", "info", "Starting Foundry Virtual Tabletop.", "starting_foundry")
        f = lambda msg, ev, lvl="info", cont=(): w("FoundryVTT", lvl, msg, ev, cont)
        f("Running on Node.js - Version 20.18.0", "node_version")
        f(f"Foundry Virtual Tabletop - Version 12 Build {st['build']}", "foundry_version")
        f('User Data Directory - "/data"', "user_data_dir")
        f("Application Options:", "app_options", cont=[(x, "app_options_line") for x in
           ["{", '  "compressStatic": true,', '  "dataPath": "/data",', '  "fullscreen": false,', '  "hostname": "vtt.example-gaming.de",', '  "language": "de.core",',
            '  "localHostname": null,', '  "port": 30000,', '  "protocol": null,', '  "proxyPort": 443,', '  "proxySSL": true,', '  "routePrefix": null,', '  "updateChannel": "stable",',
            '  "upnp": false,', '  "world": null', "}"]])
        f("Software license verification succeeded", "license_ok")
        f("Server started and listening on port 30000", "server_started")
        if update:
            migrate_all()

    def migrate_all():
        f = lambda msg, ev, lvl="info": w("FoundryVTT", lvl, msg, ev)
        for name, sysid, _ in WORLDS:
            f(f'Migrating World "{name}" to core version 12.{st["build"]}', "migrating_world")
            for doc in ["Actor", "Item", "Scene", "JournalEntry", "RollTable"]:
                f(f"Migrated {g.num(0, 400)} {doc} documents", "migrated_documents")
            f(f'World "{name}" migration completed', "world_migration_completed")

    def launch():
        if st["world"]:
            return player()
        name, sysid, players = g.c(WORLDS)
        st["world"] = (name, players)
        f = lambda msg, ev, lvl="info": w("FoundryVTT", lvl, msg, ev)
        sid = g.hx(24)
        f(f"Created client session {sid}", "created_session")
        f(f'User authenticated as Administrator | Session {sid}', "admin_authenticated")
        f(f'Launching World "{name}" with system {sysid}', "launching_world")
        for m in g.r.sample(MODS, g.num(0, 3)):
            if g.r.random() < 0.3:
                f(f'Package "{m}" is not compatible with the current core version 12 and will not be loaded', "package_incompatible", "warn")
            else:
                f(f'The module "{m}" has a compatibility warning: verified for core version 11', "module_compat_warning", "warn")
        for col in ["actors", "items", "scenes", "journal", "tables", "messages"]:
            f(f"Loaded {g.num(0, 4000) if col == 'messages' else g.num(0, 600)} {col} from world database", "loaded_collection")
        f(f'World "{name}" initialized in {g.num(900, 9000)}ms', "world_initialized")

    def player():
        if not st["world"]:
            return launch()
        name, players = st["world"]
        p = g.c(players)
        f = lambda msg, ev, lvl="info": w("FoundryVTT", lvl, msg, ev)
        if p in st["sessions"] and g.r.random() < 0.6:
            sid = st["sessions"].pop(p)
            f(f'User {p} disconnected from World "{name}" | Session {sid}', "user_disconnected")
        else:
            sid = g.hx(24)
            st["sessions"][p] = sid
            f(f"Created client session {sid}", "created_session")
            if g.r.random() < 0.06:
                f(f'User {p} failed to authenticate: incorrect password', "auth_failed", "warn")
                return
            f(f'User {p} authenticated in World "{name}" | Session {sid}', "user_authenticated")

    def shutdown_world():
        if not st["world"]:
            return launch()
        name, _ = st["world"]
        f = lambda msg, ev, lvl="info": w("FoundryVTT", lvl, msg, ev)
        for p, sid in list(st["sessions"].items()):
            f(f'User {p} disconnected from World "{name}" | Session {sid}', "user_disconnected")
        st["sessions"] = {}
        f(f'Shutting down World "{name}"', "shutting_down_world")
        f(f"Compacted {g.num(3, 9)} world databases in {g.num(40, 900)}ms", "compacted_databases")
        st["world"] = None
        L.t += dt.timedelta(hours=g.num(20, 60), minutes=g.num(0, 59))
        L.t = L.t.replace(hour=g.c([18, 19, 19, 20]), minute=g.num(0, 59))

    def upload():
        if not st["world"]:
            return launch()
        f = lambda msg, ev, lvl="info": w("FoundryVTT", lvl, msg, ev)
        fn = g.c(["map_ravenloft_castle.webp", "token_strahd.png", "handout_letter.jpg", "ambience_tavern.ogg", "map_port_nyanzaru.jpg"])
        f(f'Uploaded file "worlds/{st["world"][0]}/assets/{fn}" ({g.num(40, 30000)} KB)', "uploaded_file")

    def enospc():
        f = lambda msg, ev, lvl="info", cont=(): w("FoundryVTT", lvl, msg, ev, cont)
        f("ENOSPC: no space left on device, write", "enospc", "error", cont=[
            ("Error: ENOSPC: no space left on device, write", "js_error_line"),
            ("    at Object.writeSync (node:fs:936:3)", "js_stack_frame"),
            ("    at writeFileSync (node:fs:2450:26)", "js_stack_frame"),
            (f"    at LevelDatabase.compact (file:///home/foundry/resources/app/dist/database/backend/level-database.mjs:1:{g.num(1000, 9000)})", "js_stack_frame"),
            ("    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)", "js_stack_frame")])

    def node_warning():
        L.emit(f"(node:{g.num(7, 90)}) Warning: Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS connections and HTTPS requests insecure by disabling certificate verification.", "node_tls_warning")
        L.emit("(Use `node --trace-warnings ...` to show where the warning was created)", "node_trace_hint")

    def socket_err():
        if not st["world"]:
            return launch()
        w("FoundryVTT", "warn", f"Socket {g.alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')} disconnected: transport close", "socket_disconnected")

    def restart(update=False):
        w("FoundryVTT", "info", "Shutting down Foundry Virtual Tabletop server", "shutting_down_server")
        st["world"], st["sessions"] = None, {}
        L.tick(10)
        container_start(update)

    container_start()
    ev = [(8, launch), (45, player), (3, shutdown_world), (8, upload), (0.4, enospc), (1, node_warning), (6, socket_err), (0.5, restart), (0.25, lambda: restart(True))]
    L.run(slowed(L, ev, 200), None)
    return carry_time(L, lambda r: r[1] not in ("js_error_line", "js_stack_frame", "app_options_line", "node_tls_warning", "node_trace_hint"))


# 15 --------------------------------------------------------------- Gaussian 16 Rev. C.01 on a university cluster (Slurm, 16 cores, %mem=32GB), a chemistry PhD student's conformer study of amino acids in
#   implicit water, one input with several --Link1-- jobs (geometry optimisations with frequencies at B3LYP-D3BJ/6-31+G(d,p) with SMD water, then single
#   points), the .log Gaussian writes: no header at all, every line starting with a blank as Fortran's carriage control left it; the start of each job with its
#   copyright block, the route and its IOp lines, "Leave Link" and "(Enter ...)" lines of the #p route, the input and standard orientation tables, the SCF cycles,
#   forces, Berny steps with their convergence table, the optimised parameters, the frequencies in blocks of three with the normal modes, thermochemistry, the
#   archive entry, the quotation, timings and "Normal termination"; an optimisation that runs out of steps and ends in "Error termination"
@checked
def log_gaussian(seed):
    L = Log("gaussian_g16_log", seed, None, False, False)
    g = L.g
    MOLS = [("glycine", [("N", 7), ("C", 6), ("C", 6), ("O", 8), ("O", 8), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1)], "C2H5NO2"),
            ("alanine", [("N", 7), ("C", 6), ("C", 6), ("C", 6), ("O", 8), ("O", 8), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1)], "C3H7NO2"),
            ("serine", [("N", 7), ("C", 6), ("C", 6), ("C", 6), ("O", 8), ("O", 8), ("O", 8), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1), ("H", 1)], "C3H7NO3")]
    QUOTES = [["THE SECRET OF HAPPINESS IS NOT IN DOING WHAT ONE LIKES,", "BUT IN LIKING WHAT ONE DOES.  -- J. M. BARRIE"],
              ["IF YOU WANT TO DO SOMETHING, DO IT!", "                 -- PLAUTUS, 200 B.C."],
              ["NOTHING IN LIFE IS TO BE FEARED. IT IS ONLY TO BE UNDERSTOOD.", "                                  -- MARIE CURIE"],
              ["THE ONLY WAY TO DISCOVER THE LIMITS OF THE POSSIBLE IS TO GO BEYOND", "THEM INTO THE IMPOSSIBLE.   -- ARTHUR C. CLARKE"],
              ["A JOURNEY OF A THOUSAND MILES BEGINS WITH A SINGLE STEP.", "                                       -- LAO TZU"]]
    st = {"pid": g.num(2000, 90000), "t": dt.datetime(2026, 12, 1, 9, 12, 5, tzinfo=UTC)}

    def e(text, ev):
        L.emit(text, ev, None, None, st["t"])

    def blank():
        e(" ", "blank")

    def D(x):
        if x == 0:
            return "0.00D+00"
        m = f"{x:.2E}"
        return m.replace("E", "D")

    def leave(link):
        st["t"] += dt.timedelta(seconds=g.num(0, 40))
        e(f" Leave Link {link:>4} at {ctime(st['t'])}, MaxMem=  4294967296 cpu:{g.f(0.1, 900, 1):>18} elap:{g.f(0.1, 60, 1):>18}", "leave_link")

    def enter(link):
        e(f" (Enter /apps/gaussian/g16/l{link}.exe)", "enter_link")

    def rule(n=69):
        e(" " + "-" * n, "rule")

    def geom_table(title, atoms, xyz):
        e(f"{'':26}{title:^30}", "orientation_title")
        rule()
        e(" Center     Atomic      Atomic             Coordinates (Angstroms)", "orientation_head1")
        e(" Number     Number       Type             X           Y           Z", "orientation_head2")
        rule()
        for i, ((sym, z), (x, y, zz)) in enumerate(zip(atoms, xyz)):
            e(f" {i + 1:>6}{z:>11}{0:>12}{x:>16.6f}{y:>12.6f}{zz:>12.6f}", "orientation_row")
        rule()

    def start(name, route, title, atoms, xyz, first):
        st["pid"] += g.num(1, 40)
        if first:
            e(" Entering Gaussian System, Link 0=g16", "entering_gaussian")
            e(" Input=aa_conformers.gjf", "input_file")
            e(" Output=aa_conformers.log", "output_file")
            e(" Initial command:", "initial_command")
            e(f' /apps/gaussian/g16/l1.exe "/scratch/{g.num(4000000, 4999999)}/Gau-{st["pid"]}.inp" -scrdir="/scratch/{g.num(4000000, 4999999)}/"', "initial_command_line")
        e(f" Entering Link 1 = /apps/gaussian/g16/l1.exe PID={st['pid']:>10}.", "entering_link1")
        blank()
        for ln, ev in [(" Copyright (c) 1988-2019, Gaussian, Inc.  All Rights Reserved.", "copyright")]:
            e(ln, ev)
        blank()
        for k, ln in enumerate([" This is part of the Gaussian(R) 16 program.  It is based on", " the Gaussian(R) 09 system (copyright 2009, Gaussian, Inc.),",
                                " the Gaussian(R) 03 system (copyright 2003, Gaussian, Inc.),", " the Gaussian(R) 98 system (copyright 1998, Gaussian, Inc.),",
                                " the Gaussian(R) 94 system (copyright 1995, Gaussian, Inc.),", " the Gaussian 92(TM) system (copyright 1992, Gaussian, Inc.),",
                                " the Gaussian 90(TM) system (copyright 1990, Gaussian, Inc.),", " the Gaussian 88(TM) system (copyright 1988, Gaussian, Inc.),",
                                " the Gaussian 86(TM) system (copyright 1986, Carnegie Mellon", " University), and the Gaussian 82(TM) system (copyright 1983,",
                                " Carnegie Mellon University). Gaussian is a federally registered", " trademark of Gaussian, Inc."]):
            e(ln, f"copyright_{k}")
        blank()
        e(" Cite this work as:", "cite_this")
        e(" Gaussian 16, Revision C.01,", "cite_revision")
        e(" M. J. Frisch, G. W. Trucks, H. B. Schlegel, G. E. Scuseria, M. A. Robb, J. R. Cheeseman, G. Scalmani, V. Barone, G. A. Petersson, H. Nakatsuji, "
          "X. Li, M. Caricato, A. V. Marenich, J. Bloino, B. G. Janesko, R. Gomperts, B. Mennucci, H. P. Hratchian, J. V. Ortiz, ... D. J. Fox, Gaussian, Inc., Wallingford CT, 2016.", "cite_authors")
        blank()
        e(" ******************************************", "stars")
        e(" Gaussian 16:  ES64L-G16RevC.01  3-Jul-2019", "gaussian_version")
        e(f"{'':17}{st['t'].day}-{st['t']:%b-%Y} ", "job_date")
        e(" ******************************************", "stars")
        e(" %nprocshared=16", "link0_nproc")
        e(" Will use up to   16 processors via shared memory.", "will_use_processors")
        e(" %mem=32GB", "link0_mem")
        e(f" %chk={name}.chk", "link0_chk")
        rule(len(route) + 1)
        e(f" {route}", "route")
        rule(len(route) + 1)
        iops = ["1/18=20,19=15,26=3,38=1/1,3;", "2/9=110,12=2,17=6,18=5,40=1/2;", "3/5=1,6=6,7=1111,11=2,25=1,30=1,71=1,74=-58,124=41/1,2,3;", "4//1;", "5/5=2,38=5,53=1/2;",
                "6/7=2,8=2,9=2,10=2,28=1/1;", "7/10=1,18=20,25=1,30=1,71=1,74=-58,124=41/1,2,3,16;", "1/18=20,19=15,26=3/3(2);", "2/9=110/2;", "99//99;"]
        if "opt" not in route:
            iops = ["1/38=1/1;", "2/12=2,17=6,18=5,40=1/2;", "3/5=1,6=6,7=1111,11=2,25=1,30=1,71=1,74=-58,124=41/1,2,3;", "4//1;", "5/5=2,38=5,53=1/2;", "6/7=2,8=2,9=2,10=2,28=1/1;", "99/5=1,9=1/99;"]
        for x in iops:
            e(f" {x}", "iop_line")
        leave(1)
        enter(101)
        rule(len(title) + 1)
        e(f" {title}", "title")
        rule(len(title) + 1)
        e(" Symbolic Z-matrix:", "symbolic_zmatrix")
        e(" Charge =  0 Multiplicity = 1", "charge_multiplicity")
        for (sym, z), (x, y, zz) in zip(atoms, xyz):
            e(f" {sym:<20}{x:>9.5f}{y:>10.5f}{zz:>10.5f} ", "zmatrix_atom")
        blank()

    def scf(n_atoms, nbf, energy, cycles):
        enter(502)
        e(f" Keep R1 ints in memory in canonical form, NReq={g.num(40000000, 90000000)}.", "keep_r1")
        e(f" Requested convergence on RMS density matrix=1.00D-08 within 128 cycles.", "requested_convergence")
        e(f" Integral accuracy reduced to 1.0D-05 until final iterations.", "integral_accuracy")
        en = energy + g.r.uniform(0.05, 0.4)
        for c in range(1, cycles + 1):
            e(f" Cycle {c:>3}  Pass {1 if c < cycles - 2 else 2}  IDiag  {1 if c < 3 else 3}:", "scf_cycle")
            en = energy + (en - energy) * g.r.uniform(0.05, 0.4)
            if c == 1:
                e(f" E= {en:.12f}    ", "scf_e_first")
            else:
                e(f" E= {en:.12f}     Delta-E=       {-(abs(en - energy)) * g.r.uniform(1, 5):.12f} Rises=F Damp=F", "scf_e")
            e(f" DIIS: error= {D(10 ** -(c * 0.6 + 1) * g.r.uniform(1, 9))} at cycle {c:>3} NSaved={min(c, 20):>4}.", "diis_error")
        e(f" SCF Done:  E(RB3LYP) =  {energy:.12f}     A.U. after {cycles:>4} cycles", "scf_done")
        e(f"            NFock={cycles:>3}  Conv={D(g.r.uniform(1, 9) * 1e-9).replace('D', 'D')}     -V/T= 2.{g.num(50, 99):04d}", "scf_nfock")
        e(f" SMD-CDS (non-electrostatic) energy       (kcal/mol) =       {g.f(-4, 4, 2)}", "smd_cds")
        e(f" (included in total energy above)", "smd_included")
        leave(502)

    def forces(atoms, scale):
        enter(716)
        e(" ***** Axes restored to original set *****", "axes_restored")
        rule()
        e(" Center     Atomic                   Forces (Hartrees/Bohr)", "forces_head1")
        e(" Number     Number              X              Y              Z", "forces_head2")
        rule()
        mx = 0
        for i, (sym, z) in enumerate(atoms):
            f = [g.r.uniform(-scale, scale) for _ in range(3)]
            mx = max(mx, max(abs(x) for x in f))
            e(f" {i + 1:>6}{z:>9}{f[0]:>19.9f}{f[1]:>15.9f}{f[2]:>15.9f}", "forces_row")
        rule()
        e(f" Cartesian Forces:  Max     {mx:.9f} RMS     {mx / 2.3:.9f}", "cartesian_forces")
        leave(716)
        return mx

    def berny(step, maxf, conv):
        enter(103)
        e(" " + "Grad" * 18, "gradgrad")
        e(" Berny optimization.", "berny")
        e(f" Search for a local minimum.", "search_minimum")
        e(f" Step number {step:>3} out of a maximum of {st['maxstep']:>4}", "step_number")
        e(" All quantities printed in internal units (Hartrees-Bohrs-Radians).", "internal_units")
        e(f" Update second derivatives using D2CorX and points {max(1, step - 1):>4}{step:>5}", "update_second")
        vals = [maxf, maxf / 3, maxf * 3, maxf * 1.1]
        th = [0.00045, 0.0003, 0.0018, 0.0012]
        names = ["Maximum Force", "RMS     Force", "Maximum Displacement", "RMS     Displacement"]
        e("         Item               Value     Threshold  Converged?", "conv_header")
        for nm, v, t in zip(names, vals, th):
            yes = conv or v < t
            e(f" {nm:<24}{v:>9.6f}{t:>13.6f}{'YES' if yes else 'NO ':>9} ", "conv_row")
        e(f" Predicted change in Energy={D(-abs(maxf) * g.r.uniform(0.001, 0.05))}", "predicted_change")
        if conv:
            e(" Optimization completed.", "opt_completed")
            e("    -- Stationary point found.", "stationary_point")
        e(" " + "Grad" * 18, "gradgrad")
        leave(103)

    def opt_params(atoms):
        e(f"{'':27}----------------------------", "params_box_rule")
        e(f"{'':27}!   Optimized Parameters   !", "params_box_title")
        e(f"{'':27}! (Angstroms and Degrees)  !", "params_box_units")
        e(" --------------------------                            --------------------------", "params_rule")
        e(" ! Name  Definition              Value          Derivative Info.                !", "params_head")
        e(" " + "-" * 80, "params_rule_long")
        n = len(atoms)
        k = 0
        for i in range(2, n + 1):
            k += 1
            d = f"R({g.num(1, i - 1)},{i})"
            e(f" ! R{k:<4} {d:<20}{g.r.uniform(0.95, 1.55):>10.4f}         -DE/DX =    0.0                 !", "param_r")
        for j in range(1, n - 1):
            d = "A(" + ",".join(str(x) for x in g.r.sample(range(1, n + 1), 3)) + ")"
            e(f" ! A{j:<4} {d:<20}{g.r.uniform(95, 125):>10.4f}         -DE/DX =    0.0                 !", "param_a")
        for j in range(1, n - 2):
            d = "D(" + ",".join(str(x) for x in g.r.sample(range(1, n + 1), 4)) + ")"
            e(f" ! D{j:<4} {d:<20}{g.r.uniform(-180, 180):>10.4f}         -DE/DX =    0.0                 !", "param_d")
        e(" " + "-" * 80, "params_rule_long")

    def freq(atoms):
        n = len(atoms)
        modes = 3 * n - 6
        fr = sorted(g.r.uniform(40, 3700) for _ in range(modes))
        e(" Harmonic frequencies (cm**-1), IR intensities (KM/Mole), Raman scattering", "freq_intro1")
        e(" activities (A**4/AMU), depolarization ratios for plane and unpolarized", "freq_intro2")
        e(" incident light, reduced masses (AMU), force constants (mDyne/A),", "freq_intro3")
        e(" and normal coordinates:", "freq_intro4")
        for b in range(0, modes, 3):
            idx = list(range(b, min(b + 3, modes)))
            e("".join(f"{i + 1:>23}" if j else f"{i + 1:>22}" for j, i in enumerate(idx)), "freq_mode_numbers")
            e("".join(f"{'A':>23}" if j else f"{'A':>22}" for j, i in enumerate(idx)), "freq_symmetry")
            e(" Frequencies --" + "".join(f"{fr[i]:>12.4f}{'':11}" for i in idx).rstrip(), "freq_frequencies")
            e(" Red. masses --" + "".join(f"{g.r.uniform(1, 12):>12.4f}{'':11}" for i in idx).rstrip(), "freq_red_masses")
            e(" Frc consts  --" + "".join(f"{g.r.uniform(0.001, 8):>12.4f}{'':11}" for i in idx).rstrip(), "freq_frc_consts")
            e(" IR Inten    --" + "".join(f"{g.r.uniform(0, 300):>12.4f}{'':11}" for i in idx).rstrip(), "freq_ir_inten")
            e("  Atom  AN" + "      X      Y      Z  " * len(idx), "freq_atom_head")
            for a, (sym, z) in enumerate(atoms):
                e(f" {a + 1:>5}{z:>4}" + "  ".join(f"{g.r.uniform(-0.6, 0.6):>7.2f}{g.r.uniform(-0.6, 0.6):>7.2f}{g.r.uniform(-0.6, 0.6):>7.2f}" for _ in idx), "freq_atom_row")

    def thermo(energy):
        rule(19)
        e(" - Thermochemistry -", "thermo_title")
        rule(19)
        e(" Temperature   298.150 Kelvin.  Pressure   1.00000 Atm.", "thermo_temperature")
        zpe = g.r.uniform(0.06, 0.13)
        for lbl, v, ev in [("Zero-point correction=", zpe, "zpe"), ("Thermal correction to Energy=", zpe + 0.006, "thermal_energy"),
                           ("Thermal correction to Enthalpy=", zpe + 0.007, "thermal_enthalpy"), ("Thermal correction to Gibbs Free Energy=", zpe - 0.03, "thermal_gibbs")]:
            e(f" {lbl:<48}{v:>9.6f}{' (Hartree/Particle)' if ev == 'zpe' else ''}", ev)
        for lbl, v, ev in [("Sum of electronic and zero-point Energies=", energy + zpe, "sum_zpe"), ("Sum of electronic and thermal Energies=", energy + zpe + 0.006, "sum_thermal"),
                           ("Sum of electronic and thermal Enthalpies=", energy + zpe + 0.007, "sum_enthalpies"), ("Sum of electronic and thermal Free Energies=", energy + zpe - 0.03, "sum_free")]:
            e(f" {lbl:<51}{v:>14.6f}", ev)

    def archive(formula, route, title, energy):
        text = (f"1\\1\\GINC-NODE{g.num(1, 96):03d}\\Freq\\RB3LYP\\6-31+G(d,p)\\{formula}\\LKRAUSE\\{st['t']:%d-%b-%Y}\\0\\\\{route}\\\\{title}\\\\0,1\\"
                + "\\".join(f"{s},{g.r.uniform(-3, 3):.10f},{g.r.uniform(-3, 3):.10f},{g.r.uniform(-3, 3):.10f}" for s in "NCCOOHHHHH")
                + f"\\\\Version=ES64L-G16RevC.01\\State=1-A\\HF={energy:.7f}\\RMSD={g.num(1, 9)}.{g.num(100, 999)}e-09\\RMSF={g.num(1, 9)}.{g.num(100, 999)}e-06\\ZeroPoint={g.r.uniform(0.06, 0.13):.7f}"
                + f"\\Thermal={g.r.uniform(0.06, 0.13):.7f}\\ETot={energy + 0.09:.7f}\\HTot={energy + 0.091:.7f}\\GTot={energy + 0.05:.7f}\\Dipole={g.r.uniform(-2, 2):.7f},{g.r.uniform(-2, 2):.7f},{g.r.uniform(-2, 2):.7f}\\PG=C01 [X({formula})]\\\\@")
        for i in range(0, len(text), 70):
            e(" " + text[i:i + 70], "archive_line")

    def finish(ok=True):
        blank()
        q = g.c(QUOTES)
        blank()
        for k, ln in enumerate(q):
            e(f" {ln}", "quote_line")
        cpu = g.num(200, 20000)
        st["t"] += dt.timedelta(seconds=g.num(5, 60))
        e(f" Job cpu time:       0 days {cpu // 3600:>2} hours {cpu % 3600 // 60:>2} minutes {cpu % 60 + g.r.random():>4.1f} seconds.", "job_cpu_time")
        el = cpu // 14
        e(f" Elapsed time:       0 days {el // 3600:>2} hours {el % 3600 // 60:>2} minutes {el % 60 + g.r.random():>4.1f} seconds.", "elapsed_time")
        e(f" File lengths (MBytes):  RWF={g.num(20, 900):>6} Int={0:>6} D2E={0:>6} Chk={g.num(2, 9):>6} Scr={g.num(1, 3):>6}", "file_lengths")
        if ok:
            e(f" Normal termination of Gaussian 16 at {ctime(st['t'])}.", "normal_termination")
        else:
            e(f" Error termination via Lnk1e in /apps/gaussian/g16/l9999.exe at {ctime(st['t'])}.", "error_termination")

    def job(mol_i, conf, kind, first):
        name, atoms, formula = MOLS[mol_i]
        xyz = [(g.r.uniform(-2.5, 2.5), g.r.uniform(-2, 2), g.r.uniform(-1.5, 1.5)) for _ in atoms]
        if kind == "opt":
            route = "#p opt freq b3lyp/6-31+g(d,p) empiricaldispersion=gd3bj scrf=(smd,solvent=water) geom=connectivity"
            if g.r.random() < 0.3:
                route = "#p opt=(maxcycles=6,calcfc) freq b3lyp/6-31+g(d,p) empiricaldispersion=gd3bj scrf=(smd,solvent=water)"
        else:
            route = "#p b3lyp/def2tzvp empiricaldispersion=gd3bj scrf=(smd,solvent=water) geom=check guess=read"
        title = f"{name} conformer {conf} in water"
        start(f"{name}_c{conf}", route, title, atoms, xyz, first)
        energy = -(len(atoms) * 28.1 + g.r.uniform(0, 5))
        if kind == "opt":
            e(" " + "Grad" * 18, "gradgrad")
            e(" Berny optimization.", "berny")
            e(" Initialization pass.", "initialization_pass")
            e(" " + "Grad" * 18, "gradgrad")
        leave(101)
        enter(202)
        geom_table("Input orientation:", atoms, xyz)
        e(f" Stoichiometry    {formula}", "stoichiometry")
        e(f" Framework group  C1[X({formula})]", "framework_group")
        e(f" Deg. of freedom {3 * len(atoms) - 6:>5}", "degrees_of_freedom")
        e(f" Full point group                 C1      NOp   1", "point_group")
        e(f" Rotational constants (GHZ):{g.r.uniform(1, 12):>16.7f}{g.r.uniform(1, 6):>16.7f}{g.r.uniform(0.8, 4):>16.7f}", "rotational_constants")
        leave(202)
        enter(301)
        nbf = len(atoms) * 11 + g.num(0, 10)
        e(f" Standard basis: {'6-31+G(d,p) (6D, 7F)' if kind == 'opt' else 'def2TZVP (5D, 7F)'}", "standard_basis")
        e(f" There are {nbf:>5} symmetry adapted cartesian basis functions of A   symmetry.", "sym_cartesian")
        e(f" There are {nbf - 5:>5} symmetry adapted basis functions of A   symmetry.", "sym_basis")
        e(f"{nbf - 5:>6} basis functions,{nbf * 2 - 20:>6} primitive gaussians,{nbf:>6} cartesian basis functions", "basis_functions")
        ne = sum(z for _, z in atoms) // 2
        e(f"{ne:>6} alpha electrons{ne:>8} beta electrons", "electrons")
        e(f"       nuclear repulsion energy{g.r.uniform(150, 450):>22.10f} Hartrees.", "nuclear_repulsion")
        e(" ------------------------------------------------------------------------------", "pcm_rule")
        e(" Polarizable Continuum Model (PCM)", "pcm_title")
        e(" =================================", "pcm_underline")
        e(" Model                : PCM.", "pcm_model")
        e(" Atomic radii         : SMD-Coulomb.", "pcm_radii")
        e(" Solvent              : Water, Eps=  78.355300 Eps(inf)=   1.777849", "pcm_solvent")
        leave(301)
        fail = kind == "opt" and g.r.random() < 0.15
        st["maxstep"] = 6 if fail else 100
        steps = (6 if fail else g.num(2, 5)) if kind == "opt" else 0
        for s in range(1, steps + 1):
            if s > 1:
                enter(202)
                geom_table("Input orientation:", atoms, [(x + g.r.uniform(-0.05, 0.05), y + g.r.uniform(-0.05, 0.05), z + g.r.uniform(-0.05, 0.05)) for x, y, z in xyz])
                e(f" Rotational constants (GHZ):{g.r.uniform(1, 12):>16.7f}{g.r.uniform(1, 6):>16.7f}{g.r.uniform(0.8, 4):>16.7f}", "rotational_constants")
                leave(202)
            energy -= g.r.uniform(0.0001, 0.004) / s
            scf(len(atoms), nbf, energy, g.num(9, 16) if s == 1 else g.num(5, 10))
            enter(701)
            leave(701)
            mx = forces(atoms, 0.03 / s)
            berny(s, mx, s == steps and not fail)
        if fail:
            e(" Optimization stopped.", "opt_stopped")
            e(f"    -- Number of steps exceeded,  NStep= {steps:>4}", "nstep_exceeded")
            e("    -- Flag reset to prevent archiving.", "flag_reset")
            finish(ok=False)
            return
        if kind == "opt":
            opt_params(atoms)
            freq(atoms)
            thermo(energy)
        else:
            scf(len(atoms), nbf, energy - g.r.uniform(0.1, 0.3), g.num(12, 18))
        archive(formula, route, title, energy)
        finish()

    first = True
    while len(L.rows) < N_LINES:
        m = g.num(0, len(MOLS) - 1)
        for c in range(1, 4):
            job(m, c, "opt", first)
            first = False
            if len(L.rows) >= N_LINES:
                break
            if g.r.random() < 0.5:
                job(m, c, "sp", False)
            if len(L.rows) >= N_LINES:
                break
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Group Policy service debug logging (GPSvcDebugLevel = 0x30002) on a Windows 11 23H2 laptop of a housing association's office in Berlin joined
#   to corp.example.com, C:\Windows\debug\usermode\gpsvc.log over some working days while the helpdesk chases a drive-mapping problem: "GPSVC(3e4.41c)
#   07:58:12:101 message" (the svchost's pid and the thread's id in hex, the time of day with milliseconds after a colon, no date); the service starting at boot,
#   waiting for the network, the machine's and the user's policy passes with every GPO found and examined, slow-link detection, each client-side extension
#   entered and its result, the background refreshes every 90 minutes or so, the domain controller unreachable over the VPN, extensions failing
@checked
def log_gpsvc(seed):
    L = Log("gpsvc_log", seed, "tod", False, True, start=dt.datetime(2026, 11, 30, 7, 58, 12, tzinfo=UTC))
    g = L.g
    DN = "DC=corp,DC=example,DC=com"
    GPOS_M = [("{31B2F340-016D-11D2-945F-00C04FB984F9}", "Default Domain Policy", "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{827D319E-6EAC-11D2-A4EA-00C04F79F83A}"),
              ("{" + g.HX(8) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(12) + "}", "Workstation Baseline",
               "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F72-3407-48AE-BA88-E8213C6761F1}"),
              ("{" + g.HX(8) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(12) + "}", "BitLocker and Defender", "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{F312195E-3D9D-447A-A3F5-08DFFA24735E}")]
    GPOS_U = [("{" + g.HX(8) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(12) + "}", "User Drive Maps", "{5794DAFD-BE60-433F-88A2-1A31939AC01F}{2EA1A81B-48E5-45E9-8BB7-A6E3AC170006}"),
              ("{" + g.HX(8) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(12) + "}", "Office 365 Settings", "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}{D02B1F73-3407-48AE-BA88-E8213C6761F1}"),
              ("{" + g.HX(8) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(4) + "-" + g.HX(12) + "}", "Printers Berlin", "{BC75B1ED-5833-4858-9BB8-CBF0B166DF9D}{A8C42CEA-CDB8-4388-97F4-5831F933DA84}")]
    CSE_M = [("Registry", "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}"), ("Security", "{827D319E-6EAC-11D2-A4EA-00C04F79F83A}"), ("Windows Defender", "{F312195E-3D9D-447A-A3F5-08DFFA24735E}"),
             ("Group Policy Registry", "{B087BE9D-ED37-454F-AF9C-04291E351182}")]
    CSE_U = [("Registry", "{35378EAC-683F-11D2-A89A-00C04FBBCFA2}"), ("Group Policy Drive Maps", "{5794DAFD-BE60-433F-88A2-1A31939AC01F}"),
             ("Group Policy Printers", "{BC75B1ED-5833-4858-9BB8-CBF0B166DF9D}"), ("Group Policy Shortcuts", "{C418DD9D-0D14-4EFB-8FBF-CFE535C8FAC7}")]
    st = {"pid": 0x3e4, "vpn": False, "user": None}

    def gp(tid, msg, ev):
        ms_(L, 0, 12)
        fn = msg.split(": ")[0] if ": " in msg else ""
        comp = f"GPSVC|{fn}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_:]*(\([A-Za-z]+\))?", fn) else "GPSVC"
        L.emit(f"GPSVC({st['pid']:x}.{tid:x}) {L.t:%H:%M:%S}:{ms3(L.t)} {msg}", ev, None, comp)

    def tid():
        return g.num(0x100, 0x2fff)

    def boot():
        st["pid"] = g.c([0x3e4, 0x3f0, 0x418, 0x420, 0x44c])
        t = tid()
        gp(t, "CGPService::Start: InstantiateGPEngine", "start_instantiate")
        gp(t, "CGPService::InitializeRPCServer starting RPCServer", "rpc_starting")
        gp(t, "CGPService::InitializeRPCServer finished starting RPCServer. status 0x0", "rpc_started")
        gp(t, "CGPService::Start: CreateGPSessions", "create_sessions")
        gp(t, "Updating the service status to be RUNNING.", "service_running")
        gp(t, "CGPService::Start: InitializeGPEngine", "initialize_engine")
        t2 = tid()
        gp(t2, f"CGPMachineStartupConnectivity::CalculateWaitTimeoutFromHistory: Average is {g.num(2000, 6000)}.", "wait_average")
        gp(t2, f"CGPMachineStartupConnectivity::CalculateWaitTimeoutFromHistory: Current is {g.num(1000, 9000)}.", "wait_current")
        gp(t2, f"CGPMachineStartupConnectivity::CalculateWaitTimeoutFromHistory: Taking min of {g.num(4000, 12000)} and 120000.", "wait_min")
        gp(t2, "CGPApplicationService::MachinePolicyStartedWaitingOnNetwork.", "waiting_on_network")
        L.tick(1.5)
        if g.r.random() < 0.5:
            gp(t2, "NlaGetIntranetCapability returned Not Ready error. Consider it as NOT intranet capable.", "nla_not_ready")
            gp(t2, "There is no connectivity. Waiting for connectivity again...", "no_connectivity")
            L.tick(2)
        gp(t2, "There is connectivity.", "connectivity")
        gp(t2, "Wait For Connectivity: Succeeded", "wait_succeeded")
        gp(t2, "We have network connectivity... proceeding to apply policy.", "proceeding")
        policy(t2, "Machine", True)

    def policy(t, who, fg):
        gp(t, f"CGroupPolicySession::ApplyGroupPolicyForPrincipal::++ (bTriggered: 0, bConsole: {1 if fg else 0})", "apply_for_principal")
        gp(t, f"ProcessGPOs({who}): Entering", "process_entering")
        if not fg:
            gp(t, f"ProcessGPOs({who}): Background is not a remote session", "background_not_remote")
        bm = 1 if who == "Machine" else 0
        gp(t, f"EnterCriticalPolicySectionEx: Entering with bMachine = {bm}", "enter_critical")
        gp(t, f"LockPolicySection called for user <{who if who == 'Machine' else st['user'][0]}>", "lock_section")
        gp(t, "EnterCriticalPolicySectionEx: Leaving successfully.", "enter_critical_ok")
        if st["vpn"] is False and g.r.random() < 0.1 or st["vpn"] == "down":
            gp(t, "GetDomainControllerConnectionInfo: Enabling bandwidth estimate.", "enable_bandwidth")
            gp(t, f"DsGetDcName failed with {g.c([1355, 1355, 1311])}.", "dsgetdcname_failed")
            gp(t, f"ProcessGPOs({who}): The DC for domain corp.example.com is not available. aborting", "dc_not_available")
            gp(t, f"UnLockPolicySection called for user <{who if who == 'Machine' else st['user'][0]}>", "unlock_section")
            gp(t, f"ProcessGPOs({who}): Leaving with 0x{g.c(['54b', '54b', '51f'])}", "process_leaving")
            return
        gp(t, "GetDomainControllerConnectionInfo: Enabling bandwidth estimate.", "enable_bandwidth")
        gp(t, "Started bandwidth estimation successfully", "bandwidth_started")
        gp(t, f"Estimated bandwidth : DestinationIP = 10.1.0.{g.c([10, 11])}", "bandwidth_dest")
        gp(t, f"Estimated bandwidth : SourceIP = {g.c(['10.1.20.55', '10.1.20.55', '10.8.0.' + str(g.num(2, 60))])}", "bandwidth_source")
        gp(t, "IsSlowLink: Bandwidth Threshold (WINLOGON) = 500.", "slowlink_threshold_winlogon")
        gp(t, "IsSlowLink: Bandwidth Threshold (SYSTEM) = 500.", "slowlink_threshold_system")
        gp(t, "IsSlowLink: WWAN Policy (SYSTEM) = 0.", "slowlink_wwan")
        slow = g.r.random() < 0.15
        gp(t, f"IsSlowLink: Current Bandwidth {'<' if slow else '>='} Bandwidth Threshold.", "slowlink_current")
        gp(t, "GetGPOInfo:  Entering...", "getgpoinfo_entering")
        ou = f"OU=Workstations,OU=Berlin,{DN}" if who == "Machine" else f"OU=Users,OU=Berlin,{DN}"
        gp(t, f"GetGPOInfo:  Searching <{ou}>", "getgpoinfo_searching")
        gpos = GPOS_M if who == "Machine" else GPOS_U
        for lvl in [ou, DN]:
            gp(t, f"SearchDSObject:  Searching <{lvl}>", "searchds_searching")
            found = gpos[1:] if lvl == ou else gpos[:1]
            for guid, name, ext in found:
                gp(t, f"SearchDSObject:  Found GPO(s):  <[LDAP://cn={guid},cn=policies,cn=system,{DN};0]>", "searchds_found")
                gp(t, "ProcessGPO:  ==============================", "processgpo_rule")
                gp(t, f"ProcessGPO:  Searching <cn={guid},cn=policies,cn=system,{DN}>", "processgpo_searching")
                acc = name != "Printers Berlin" or g.r.random() < 0.5
                if not acc:
                    gp(t, "ProcessGPO:  User does not have access to the GPO and so will not apply.", "processgpo_no_access")
                elif who == "Machine":
                    gp(t, "ProcessGPO:  Machine has access to this GPO.", "processgpo_access_machine")
                else:
                    gp(t, "ProcessGPO:  User has access to this GPO.", "processgpo_access_user")
                if acc:
                    gp(t, f"ProcessGPO:  Found common name of:  <{guid}>", "processgpo_cn")
                    gp(t, "ProcessGPO:  GPO passes the filter check.", "processgpo_filter")
                    gp(t, "ProcessGPO:  Found functionality version of:  2", "processgpo_version")
                    gp(t, f"ProcessGPO:  Found file system path of:  <\\\\corp.example.com\\SysVol\\corp.example.com\\Policies\\{guid}>", "processgpo_path")
                    gp(t, f"ProcessGPO:  Found display name of:  <{name}>", "processgpo_name")
                    v = g.num(2, 90)
                    if who == "Machine":
                        gp(t, f"ProcessGPO:  Found machine version of:  GPC is {v}, GPT is {v}", "processgpo_machine_version")
                    else:
                        gp(t, f"ProcessGPO:  Found user version of:  GPC is {v}, GPT is {v}", "processgpo_user_version")
                    gp(t, "ProcessGPO:  Found flags of:  0", "processgpo_flags")
                    gp(t, f"ProcessGPO:  Found extensions:  [{ext}]", "processgpo_extensions")
                gp(t, "ProcessGPO:  ==============================", "processgpo_rule")
        changed = g.r.random() < 0.3
        for cse, guid in (CSE_M if who == "Machine" else CSE_U):
            L.tick(0.05)
            if not changed and not fg and cse != "Group Policy Drive Maps":
                gp(t, f"ProcessGPOs({who}): Extension {cse} skipped with flags 0x{g.c(['0', '10'])}.", "extension_skipped")
                continue
            gp(t, f"ProcessGPOList: Entering for extension {cse}", "gpolist_entering")
            if slow and cse == "Group Policy Drive Maps":
                gp(t, f"ProcessGPOList: Extension {cse} skipped because of slow link.", "gpolist_slowlink")
                continue
            rc = "0x0"
            if cse == "Group Policy Drive Maps" and g.r.random() < 0.35:
                rc = g.c(["0x80070035", "0x80070043", "0x800704cf"])
            elif g.r.random() < 0.03:
                rc = "0x8007000d"
            gp(t, f"ProcessGPOList: Extension {cse} returned {rc}.", "gpolist_returned")
        if changed:
            gp(t, f"ProcessGPOs({who}): Policies changed - checking if UBPM trigger events need to be fired", "policies_changed")
            gp(t, f"CheckAndFireGPTriggerEvent: Fired Policy present UBPM trigger event for {who}.", "fired_trigger")
        gp(t, f"Application complete with bConsole: {1 if fg else 0}", "application_complete")
        gp(t, f"UnLockPolicySection called for user <{who if who == 'Machine' else st['user'][0]}>", "unlock_section")
        gp(t, f"ProcessGPOs({who}): Leaving with 0x0", "process_leaving")
        gp(t, f"CGroupPolicySession::ApplyGroupPolicyForPrincipal::-- (bTriggered: 0, bConsole: {1 if fg else 0})", "apply_for_principal_end")
        if not fg:
            gp(t, f"CGPApplicationService::CalculateNextRefresh: Next refresh in {g.num(90, 120)} minutes.", "next_refresh")

    def logon():
        if st["user"]:
            return refresh()
        st["user"] = g.c([("CORP\\mbeck", "S-1-5-21-" + "-".join(str(g.num(10 ** 8, 4 * 10 ** 9)) for _ in range(3)) + "-1" + str(g.num(100, 999))),
                          ("CORP\\sakyol", "S-1-5-21-" + "-".join(str(g.num(10 ** 8, 4 * 10 ** 9)) for _ in range(3)) + "-1" + str(g.num(100, 999)))])
        t = tid()
        gp(t, f"CGPService::OnSessionLogon: Session {g.num(1, 3)} user {st['user'][0]} ({st['user'][1]})", "session_logon")
        gp(t, f"CGPApplicationService::UserPolicyStartedWaitingOnNetwork.", "user_waiting_network")
        policy(t, "User", True)

    def refresh():
        t = tid()
        who = "Machine" if not st["user"] or g.r.random() < 0.5 else "User"
        policy(t, who, False)

    def vpn():
        st["vpn"] = g.c([False, "down", False])
        t = tid()
        gp(t, f"NlaQueryNetSignatures returned {g.num(1, 3)} networks", "nla_signatures")
        gp(t, f"NSI Information (Network GUID) : {{{g.HX(8)}-{g.HX(4)}-{g.HX(4)}-{g.HX(4)}-{g.HX(12)}}}", "nsi_information")
        gp(t, f"# Interfaces : {g.num(1, 3)}, Smart Card Removal Policy : 1, Connection Name : {g.c(['corp.example.com', 'FRITZ!Box 7590', 'Netzwerk 2'])}", "interfaces")

    def shutdown():
        t = tid()
        if st["user"]:
            gp(t, f"CGPService::OnSessionLogoff: Session {g.num(1, 3)} user {st['user'][0]}", "session_logoff")
            st["user"] = None
        gp(t, "CGPService::Stop: service stopping", "service_stopping")
        gp(t, "Updating the service status to be STOPPED.", "service_stopped")
        day = L.t.date() + dt.timedelta(days=1)
        L.t = dt.datetime(day.year, day.month, day.day, g.num(7, 8), g.num(0, 59), g.num(0, 59), tzinfo=UTC)
        boot()

    boot()
    ev = [(6, logon), (10, refresh), (3, vpn), (1.6, shutdown)]
    return L.run(slowed(L, ev, 2400), None)


# 17 --------------------------------------------------------------- H3C Comware switches (an S6520X core pair and S5130 access switches on Comware 7, two old S5120s still on Comware 5) of a vocational
#   school's campus network, logging to a syslog server whose rsyslog writes what they send with the traditional template, /var/log/network/h3c.log: "Dec  1 10:00:00
#   2026 SW-ACC-03 %%10IFNET/3/PHY_UPDOWN(l): message" (the switches put the year after the stamp, so rsyslog takes it for the host; then the sysname, "%%10",
#   module/severity/mnemonic and "(l)" for a log, "(t)" for a trap); ports going up and down with students' PCs, STP topology changes, LLDP neighbours, 802.1X and
#   MAC authentication of PCs and printers, admins over SSH with their commands, failed logins from the guest VLAN, configuration changes, MAC flapping, IP
#   conflicts, optics with low receive power, a fan failing, OSPF between the core and the firewall; the Comware 5 switches' own mnemonics and wording
@checked
def log_h3c(seed):
    L = Log("h3c_comware_syslog", seed, "full", True, True)
    g = L.g
    V7 = ["SW-CORE-01", "SW-CORE-02"] + [f"SW-ACC-{i:02d}" for i in range(1, 13)]
    V5 = ["SW-ACC-13", "SW-ACC-14"]
    SEV = {0: "emergency", 1: "alert", 2: "critical", 3: "error", 4: "warning", 5: "notice", 6: "informational", 7: "debug"}
    ADMINS = [("netadmin", "10.20.0.5"), ("mwagner", "10.20.0.7"), ("h3c-backup", "10.20.0.9")]
    st = {"ports": {}, "sessions": {}, "fan": False}

    def c(dev, mod, sev, mn, msg, ev, kind="l"):
        ms_(L, 0, 900)
        L.emit(f"{syslog_ts(L.t)} {L.t:%Y} {dev} %%10{mod}/{sev}/{mn}({kind}): {msg}", ev, f"{sev}|{SEV[sev]}", mod)

    def port(dev):
        if dev.startswith("SW-CORE"):
            return f"Ten-GigabitEthernet1/0/{g.num(1, 48)}"
        return f"GigabitEthernet1/0/{g.num(1, 48)}"

    def mac():
        h = g.hx(12)
        return f"{h[:4]}-{h[4:8]}-{h[8:]}"

    def updown():
        dev = g.c(V7 + V5)
        p = port(dev).replace("Ten-", "") if dev in V5 else port(dev)
        key = (dev, p)
        up = st["ports"].get(key, True)
        new = not up if g.r.random() < 0.9 else up
        st["ports"][key] = new
        w = "up" if new else "down"
        if dev in V5:
            c(dev, "IFNET", 4, "LINK UPDOWN", f"{p} link status is {w.upper()}.", "v5_link_updown")
            c(dev, "IFNET", 4, "UPDOWN", f"Line protocol on the interface {p} is {w.upper()}.", "v5_protocol_updown")
            if new and g.r.random() < 0.5:
                c(dev, "MSTP", 1, "PFWD", f"Instance 0's Port {p} has been set to forwarding state!", "v5_mstp_pfwd", "t")
            return
        c(dev, "IFNET", 3, "PHY_UPDOWN", f"Physical state on the interface {p} changed to {w}.", "phy_updown")
        c(dev, "IFNET", 5, "LINK_UPDOWN", f"Line protocol state on the interface {p} changed to {w}.", "link_updown")
        if new:
            if g.r.random() < 0.6:
                c(dev, "STP", 6, "STP_FORWARDING", f"Instance 0's port {p} has been set to forwarding state.", "stp_forwarding")
            if g.r.random() < 0.4:
                c(dev, "STP", 6, "STP_DETECTED_TC", f"Instance 0's port {p} detected a topology change.", "stp_detected_tc")
            if g.r.random() < 0.5:
                m = mac()
                c(dev, "DOT1X", 6, "DOT1X_LOGIN_SUCC", f"-IfName={p}-MACAddr={m}-VLANID={g.c([20, 20, 30, 40])}-Username=host/PC-R{g.num(100, 320)}-{g.num(1, 30):02d}.schule.example; "
                                                      "The user passed 802.1X authentication and came online.", "dot1x_login_succ")
            elif g.r.random() < 0.2:
                m = mac()
                c(dev, "MACA", 6, "MACA_LOGIN_SUCC", f"-IfName={p}-MACAddr={m}-AccessVLANID=50-AuthorizationVLANID=50-Username={m.replace('-', '')}-UsernameFormat=MAC address; "
                                                    "The user passed MAC address authentication and got online successfully.", "maca_login_succ")
        else:
            if g.r.random() < 0.4:
                c(dev, "STP", 6, "STP_DISCARDING", f"Instance 0's port {p} has been set to discarding state.", "stp_discarding")
            if g.r.random() < 0.4:
                c(dev, "DOT1X", 6, "DOT1X_LOGOFF", f"-IfName={p}-MACAddr={mac()}-VLANID={g.c([20, 30, 40])}-Username=host/PC-R{g.num(100, 320)}-{g.num(1, 30):02d}.schule.example; "
                                                  "Session of the 802.1X user was terminated.", "dot1x_logoff")

    def dot1x_fail():
        dev = g.c(V7[2:])
        c(dev, "DOT1X", 5, "DOT1X_LOGIN_FAILURE", f"-IfName={port(dev)}-MACAddr={mac()}-VLANID={g.c([20, 30])}-Username={g.c(['schueler', 'test', 'host/LAPTOP-' + g.alnum(7).upper()])}; "
                                                 f"A user failed 802.1X authentication. Reason: {g.c(['Wrong password', 'The user does not exist', 'Authentication timed out'])}.", "dot1x_login_failure")

    def tc():
        dev = g.c(V7)
        if dev.startswith("SW-CORE"):
            c(dev, "STP", 6, "STP_NOTIFIED_TC", f"Instance 0's port Bridge-Aggregation{g.num(1, 14)} was notified a topology change.", "stp_notified_tc")
        else:
            c(dev, "STP", 6, "STP_NOTIFIED_TC", f"Instance 0's port Ten-GigabitEthernet1/0/{g.c([49, 50])} was notified a topology change.", "stp_notified_tc")

    def lldp():
        dev = g.c(V7)
        p = port(dev)
        cid = mac()
        if g.r.random() < 0.5:
            c(dev, "LLDP", 6, "LLDP_CREATE_NEIGHBOR", f"Nearest bridge agent neighbor created on port {p} (IfIndex {g.num(1, 60)}), neighbor's chassis ID is {cid}, port ID is {g.c([cid, p, 'Gi0/1', '1'])}.", "lldp_create")
        else:
            c(dev, "LLDP", 5, "LLDP_DELETE_NEIGHBOR", f"Nearest bridge agent neighbor deleted on port {p} (IfIndex {g.num(1, 60)}), neighbor's chassis ID is {cid}, port ID is {g.c([cid, p, 'Gi0/1', '1'])}.", "lldp_delete")

    def admin():
        dev = g.c(V7 + V5)
        user, ip = g.c(ADMINS)
        if dev in V5:
            c(dev, "SHELL", 5, "LOGIN", f" {user} logged in from {ip}", "v5_shell_login")
            for _ in range(g.num(1, 5)):
                L.tick(10)
                c(dev, "SHELL", 5, "CMD", f" -Task=VT0-IPAddr={ip}-User={user}; Command is {g.c(['display interface brief', 'display mac-address', 'save force', 'system-view', 'quit'])}", "v5_shell_cmd")
            L.tick(60)
            c(dev, "SHELL", 5, "LOGOUT", f" {user} logged out from {ip}", "v5_shell_logout")
            return
        c(dev, "SSHS", 6, "SSHS_CONNECT", f"SSH user {user} (IP: {ip}) connected to the server successfully.", "sshs_connect")
        c(dev, "SHELL", 5, "SHELL_LOGIN", f"{user} logged in from {ip}.", "shell_login")
        changed = False
        for _ in range(g.num(1, 8) if user != "h3c-backup" else 1):
            L.tick(15)
            cmd = g.c(["display interface brief", "display mac-address interface GigabitEthernet1/0/" + str(g.num(1, 48)), "display dot1x connection", "system-view",
                       "interface GigabitEthernet1/0/" + str(g.num(1, 48)), "port access vlan " + str(g.c([20, 30, 40, 99])), "shutdown", "undo shutdown", "quit", "save force",
                       "display logbuffer", "display lldp neighbor-information list"]) if user != "h3c-backup" else "display current-configuration"
            if g.r.random() < 0.05:
                c(dev, "SHELL", 4, "SHELL_CMD_MATCHFAIL", f"-User={user}-IPAddr={ip}; Command {g.c(['dispaly int brief', 'dis mac-addres', 'sav'])} in view shell failed to be matched.", "shell_cmd_matchfail")
                continue
            c(dev, "SHELL", 6, "SHELL_CMD", f"-Line=vty{g.num(0, 4)}-IPAddr={ip}-User={user}; Command is {cmd}", "shell_cmd")
            changed = changed or cmd in ("save force", "shutdown", "undo shutdown") or cmd.startswith("port access")
        if changed:
            c(dev, "CFGMAN", 5, "CFGMAN_CFGCHANGED", f"-EventIndex={g.num(10, 300)}-CommandSource=2-ConfigSource=2-ConfigDestination=2; Configuration changed.", "cfgman_changed")
        L.tick(60)
        c(dev, "SHELL", 5, "SHELL_LOGOUT", f"{user} logged out from {ip}.", "shell_logout")
        c(dev, "SSHS", 6, "SSHS_DISCONNECT", f"SSH user {user} (IP: {ip}) disconnected from the server.", "sshs_disconnect")

    def login_fail():
        dev = g.c(V7)
        ip = g.c([f"10.20.99.{g.num(10, 250)}", f"10.20.20.{g.num(10, 250)}"])
        if g.r.random() < 0.6:
            c(dev, "SSHS", 6, "SSHS_LOG", f"Authentication failed for user {g.c(['admin', 'root', 'h3c', 'manager'])} from {ip} port {g.port()} because of invalid username or wrong password.", "sshs_auth_failed")
        else:
            c(dev, "LOGIN", 5, "LOGIN_FAILED", f"{g.c(['admin', 'root', 'test'])} failed to log in from {ip}.", "login_failed")

    def flap():
        dev = g.c(V7[2:])
        c(dev, "MAC", 4, "MAC_FLAPPING", f"MAC address {mac()} in VLAN {g.c([20, 30, 40])} has moved from port GE1/0/{g.num(1, 48)} to port GE1/0/{g.num(1, 48)} for {g.num(1, 40)} times.", "mac_flapping")

    def arp():
        dev = g.c(V7[:2])
        v = g.c([20, 30, 40])
        c(dev, "ARP", 4, "ARP_DUPLICATE_IPADDR_DETECT", f"Detected an IP address conflict. The device with MAC address {mac()} connected to Vlan-interface{v} in VLAN {v} and the device with "
                                                     f"MAC address {mac()} connected to Vlan-interface{v} in VLAN {v} are using the same IP address 10.20.{v}.{g.num(10, 250)}.", "arp_duplicate")

    def optics():
        dev = g.c(V7)
        p = f"Ten-GigabitEthernet1/0/{g.c([49, 50, 51, 52])}"
        if g.r.random() < 0.6:
            c(dev, "OPTMOD", 4, "RX_POW_LOW", f"{p}: RX power is low!", "rx_pow_low")
        else:
            c(dev, "OPTMOD", 5, "RX_POW_NORMAL", f"{p}: RX power is normal!", "rx_pow_normal")

    def fan():
        if not st["fan"]:
            c("SW-CORE-02", "DEV", 2, "FAN_FAILED", "Chassis 1 Fan 2 failed.", "fan_failed")
        else:
            c("SW-CORE-02", "DEV", 5, "FAN_RECOVERED", "Chassis 1 Fan 2 recovered.", "fan_recovered")
        st["fan"] = not st["fan"]

    def ospf():
        dev = g.c(V7[:2])
        a, b = g.c([("FULL", "DOWN"), ("DOWN", "INIT"), ("INIT", "2WAY"), ("LOADING", "FULL"), ("EXCHANGE", "LOADING")])
        c(dev, "OSPF", 5, "OSPF_NBR_CHG", f"OSPF 1 Neighbor 10.255.0.{g.c([2, 3])}(Vlan-interface{g.c([100, 101])}) changed from {a} to {b}.", "ospf_nbr_chg")

    def ntp():
        dev = g.c(V7)
        c(dev, "NTP", 5, "NTP_SOURCE_CHANGE", f"NTP server's IP address changed from 10.20.0.{g.c([1, 2])} to 10.20.0.{g.c([1, 2])}.", "ntp_source_change")

    ev = [(40, updown), (6, dot1x_fail), (10, tc), (6, lldp), (3, admin), (4, login_fail), (2, flap), (1, arp), (1.5, optics), (0.2, fan), (0.8, ospf), (0.5, ntp)]
    return L.run(slowed(L, ev, 60), None)


# 18 --------------------------------------------------------------- Hasura GraphQL Engine 2.44 (the hasura/graphql-engine image, PostgreSQL 16, JWTs from the company's Keycloak, event triggers calling a
#   Node service) behind a field-service company's technician app and back office, `docker logs hasura`: one JSON object per line with the keys sorted,
#   {"detail":{...},"level":"info","timestamp":"2026-12-01T10:00:00.123+0000","type":"http-log"}; start-ups with their startup records, GraphQL requests (single and
#   batched, with and without errors), health checks, subscriptions over WebSocket (accepted, operations started and stopped, closed, rejected for expired
#   tokens), event trigger deliveries and failures, metadata reloads through schema-sync, the JWK refresh failing while Keycloak restarts, Postgres going away
@checked
def log_hasura(seed):
    L = Log("hasura_graphql_json", seed, "full", True, True)
    g = L.g
    OPS = [("GetJobsForTechnician", "query"), ("GetJob", "query"), ("UpdateJobStatus", "mutation"), ("InsertTimeEntry", "mutation"), ("GetCustomers", "query"), ("SearchParts", "query"),
           ("InsertPhoto", "mutation"), ("GetDashboard", "query"), ("UpsertSignature", "mutation"), ("GetInvoices", "query")]
    SUBS = ["JobUpdates", "DispatchBoard", "TechnicianLocations", "ChatMessages"]
    ERRS = [("validation-failed", "field 'serial_no' not found in type: 'jobs'", "$.selectionSet.jobs.selectionSet.serial_no"),
            ("constraint-violation", "Uniqueness violation. duplicate key value violates unique constraint \"time_entries_job_id_started_at_key\"", "$.selectionSet.insert_time_entries_one.args.object[0]"),
            ("permission-error", "check constraint of an insert/update permission has failed", "$.selectionSet.update_jobs_by_pk.args"),
            ("invalid-jwt", "Could not verify JWT: JWTExpired", "$"), ("data-exception", "invalid input syntax for type uuid: \"undefined\"", "$")]
    TRIGGERS = ["job_created", "job_completed", "invoice_paid", "photo_uploaded"]
    st = {"ws": {}, "inst": g.uuid()}

    def h(typ, lvl, detail, ev):
        ms_(L, 0, 300)
        rec = {"detail": detail, "level": lvl, "timestamp": f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}+0000", "type": typ}
        L.emit(json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False), ev, lvl, typ)

    def uv():
        if g.r.random() < 0.8:
            return {"x-hasura-role": "technician", "x-hasura-user-id": str(g.num(1000, 1200))}
        return {"x-hasura-role": g.c(["dispatcher", "backoffice", "admin"]), "x-hasura-user-id": str(g.num(10, 80))}

    def ip():
        return f"10.0.{g.c([2, 2, 3])}.{g.num(2, 250)}"

    def startup():
        st["inst"] = g.uuid()
        h("startup", "info", {"info": {"admin_secret_set": True, "auth_hook": None, "cors_config": {"allowed_origins": "*", "disabled": False, "ws_read_cookie": None}, "enable_allowlist": False,
                                       "enable_console": False, "enable_maintenance_mode": False, "enable_metadata_query_logging": False, "enable_telemetry": False,
                                       "enabled_apis": ["metadata", "graphql", "config", "metrics"], "enabled_log_types": ["startup", "http-log", "webhook-log", "websocket-log", "query-log"],
                                       "events_fetch_batch_size": 100, "experimental_features": [], "graceful_shutdown_timeout": 60, "infer_function_permissions": True,
                                       "jwt_secret": [{"audience": None, "claims_format": "json", "header": None, "issuer": "https://sso.example.com/realms/field", "key": "<JWK REDACTED>",
                                                       "type": "<TYPE REDACTED>"}], "live_query_options": {"batch_size": 100, "refetch_delay": 1}, "log_level": "info",
                                       "port": 8080, "server_host": "HostAny", "stringify_numeric_types": False, "transaction_isolation": "ISOLATION LEVEL READ COMMITTED",
                                       "unauth_role": None, "use_prepared_statements": True, "v1-boolean-null-collapse": False, "websocket_compression_options": "NoCompression",
                                       "websocket_connection_init_timeout": "3s", "websocket_keep_alive": "KeepAliveDelay {unKeepAliveDelay = 5s}"},
                              "kind": "server_configuration"}, "startup_server_configuration")
        h("startup", "info", {"info": {"database": "hasura", "host": "postgres", "port": 5432, "retries": 1, "user": "hasura"}, "kind": "postgres_connection"}, "startup_postgres_connection")
        h("startup", "info", {"info": "Already at the latest catalog version (48); nothing to do.", "kind": "catalog_migrate"}, "startup_catalog_migrate")
        h("startup", "info", {"info": {"instance_id": st["inst"], "message": "listener thread started", "thread_id": f"ThreadId {g.num(20, 60)}"}, "kind": "schema-sync"}, "startup_schema_sync")
        h("startup", "info", {"info": {"instance_id": st["inst"], "message": "processor thread started", "thread_id": f"ThreadId {g.num(20, 60)}"}, "kind": "schema-sync"}, "startup_schema_sync")
        h("startup", "info", {"info": "preparing data", "kind": "event_triggers"}, "startup_event_triggers")
        h("startup", "info", {"info": "starting workers", "kind": "event_triggers"}, "startup_event_triggers")
        h("startup", "info", {"info": "Unlocking all the locked events of all the sources", "kind": "event_triggers"}, "startup_event_triggers")
        h("startup", "info", {"info": {"message": "starting API server", "time_taken": round(g.r.uniform(1, 9), 6)}, "kind": "server"}, "startup_server")

    def http():
        op, kind = g.c(OPS)
        rid = g.uuid()
        err = g.r.random() < 0.07
        size = g.num(40, 90000)
        opd = {"parameterized_query_hash": g.hx(40), "query": {"operationName": op}, "query_execution_time": round(g.r.expovariate(1 / 0.03), 6), "request_id": rid,
               "request_mode": "single", "request_read_time": round(g.r.uniform(0.00001, 0.0009), 6), "response_size": size, "uncompressed_response_size": size * g.num(3, 6),
               "user_vars": uv()}
        if err:
            code, msg, path = g.c(ERRS)
            opd = {"error": {"code": code, "error": msg, "path": path}, "query": {"operationName": op}, "request_id": rid, "request_mode": "error",
                   "request_read_time": round(g.r.uniform(0.00001, 0.0009), 6), "response_size": g.num(90, 300), "user_vars": uv() if code != "invalid-jwt" else None}
        h("http-log", "error" if err else "info", {"http_info": {"content_encoding": "gzip" if not err else None, "http_version": "HTTP/1.1", "ip": ip(), "method": "POST",
                                                                   "status": 200, "url": "/v1/graphql"}, "operation": opd, "request_id": rid}, "http_error" if err else "http_ok")

    def batched():
        rid = g.uuid()
        n = g.num(2, 5)
        qs = [{"operationName": g.c(OPS)[0]} for _ in range(n)]
        h("http-log", "info", {"http_info": {"content_encoding": "gzip", "http_version": "HTTP/1.1", "ip": ip(), "method": "POST", "status": 200, "url": "/v1/graphql"},
                               "operation": {"query": qs, "query_execution_time": round(g.r.uniform(0.01, 0.3), 6), "request_id": rid, "request_mode": "batched",
                                             "request_read_time": round(g.r.uniform(0.00001, 0.0009), 6), "response_size": g.num(400, 90000), "user_vars": uv()}, "request_id": rid}, "http_batched")

    def health():
        rid = g.uuid()
        h("http-log", "info", {"http_info": {"content_encoding": None, "http_version": "HTTP/1.1", "ip": "10.0.1.1", "method": "GET", "status": 200, "url": "/healthz"},
                               "operation": {"query": None, "request_id": rid, "request_mode": "non-graphql", "request_read_time": 0.000004, "response_size": 2,
                                             "uncompressed_response_size": 2, "user_vars": None}, "request_id": rid}, "http_healthz")

    def ws_open():
        wid = g.uuid()
        u = uv()
        exp = (L.t + dt.timedelta(minutes=g.num(1, 60))).strftime("%Y-%m-%dT%H:%M:%SZ")
        if g.r.random() < 0.08:
            h("websocket-log", "error", {"connection_info": {"msg": None, "token_expiry": None, "websocket_id": wid}, "event": {"detail": {"code": "invalid-jwt", "error": "Could not verify JWT: JWTExpired", "path": "$"},
                                                                                                                          "type": "rejected"}, "user_vars": None}, "ws_rejected")
            return
        st["ws"][wid] = (u, exp, [])
        h("websocket-log", "info", {"connection_info": {"msg": None, "token_expiry": exp, "websocket_id": wid}, "event": {"type": "accepted"}, "user_vars": u}, "ws_accepted")
        ws_op(wid)

    def ws_op(wid=None):
        if wid is None:
            if not st["ws"]:
                return ws_open()
            wid = g.c(sorted(st["ws"]))
        u, exp, ops = st["ws"][wid]
        oid = str(len(ops) + 1)
        name = g.c(SUBS)
        ops.append((oid, name))
        h("websocket-log", "info", {"connection_info": {"msg": None, "token_expiry": exp, "websocket_id": wid},
                                    "event": {"detail": {"operation_id": oid, "operation_name": name, "operation_type": {"type": "started"}, "parameterized_query_hash": g.hx(40),
                                                         "query": {"operationName": name}, "request_id": g.uuid()}, "type": "operation"}, "user_vars": u}, "ws_op_started")

    def ws_close():
        if not st["ws"]:
            return ws_open()
        wid = g.c(sorted(st["ws"]))
        u, exp, ops = st["ws"].pop(wid)
        for oid, name in ops:
            if g.r.random() < 0.5:
                h("websocket-log", "info", {"connection_info": {"msg": None, "token_expiry": exp, "websocket_id": wid},
                                            "event": {"detail": {"operation_id": oid, "operation_name": name, "operation_type": {"type": "stopped"}, "query": None, "request_id": None},
                                                      "type": "operation"}, "user_vars": u}, "ws_op_stopped")
        h("websocket-log", "info", {"connection_info": {"msg": None, "token_expiry": exp, "websocket_id": wid}, "event": {"type": "closed"}, "user_vars": u}, "ws_closed")

    def trigger():
        t = g.c(TRIGGERS)
        eid = g.uuid()
        if g.r.random() < 0.85:
            h("event-trigger", "info", {"event_id": eid, "event_name": t, "http_status": 200, "latency": round(g.r.uniform(0.01, 0.8), 6), "source": "default",
                                        "webhook": f"http://jobs-service:3000/hooks/{t}"}, "trigger_delivered")
        else:
            h("event-trigger", "error", {"event_id": eid, "event_name": t, "message": g.c(["HttpException: ConnectionFailure Network.Socket.connect: <socket: 42>: does not exist (Connection refused)",
                                                                                            "HttpException: ResponseTimeout", "webhook returned 500"]),
                                         "retry_in_seconds": g.c([10, 30, 60]), "source": "default", "tries": g.num(1, 5), "webhook": f"http://jobs-service:3000/hooks/{t}"}, "trigger_failed")

    def schema_sync():
        h("schema-sync", "info", {"info": {"instance_id": st["inst"], "message": "Schema cache reloaded", "received_metadata_resource_version": g.num(300, 900),
                                           "thread_id": f"ThreadId {g.num(20, 60)}"}, "kind": "processor"}, "schema_reloaded")

    def metadata_call():
        rid = g.uuid()
        h("http-log", "info", {"http_info": {"content_encoding": None, "http_version": "HTTP/1.1", "ip": "10.0.4.7", "method": "POST", "status": 200, "url": "/v1/metadata"},
                               "operation": {"query": {"type": g.c(["reload_metadata", "export_metadata", "pg_create_event_trigger", "replace_metadata"])}, "request_id": rid,
                                             "request_mode": "non-graphql", "request_read_time": round(g.r.uniform(0.0001, 0.005), 6), "response_size": g.num(20, 90000),
                                             "uncompressed_response_size": g.num(20, 90000), "user_vars": {"x-hasura-role": "admin"}}, "request_id": rid}, "http_metadata")
        if g.r.random() < 0.6:
            schema_sync()

    def jwk():
        for _ in range(g.num(1, 4)):
            L.tick(30)
            h("jwk-refresh-log", "error", {"error": "Error fetching JWK: ConnectionFailure Network.Socket.connect: <socket: 31>: does not exist (Connection refused)",
                                           "http_error": None, "message": "error fetching JWK", "response": None, "url": "https://sso.example.com/realms/field/protocol/openid-connect/certs"}, "jwk_error")
        h("jwk-refresh-log", "info", {"error": None, "http_error": None, "message": "refreshed JWK from https://sso.example.com/realms/field/protocol/openid-connect/certs",
                                      "response": None, "url": "https://sso.example.com/realms/field/protocol/openid-connect/certs"}, "jwk_refreshed")

    def pg_down():
        for _ in range(g.num(2, 6)):
            L.tick(1)
            rid = g.uuid()
            h("http-log", "error", {"http_info": {"content_encoding": None, "http_version": "HTTP/1.1", "ip": ip(), "method": "POST", "status": 500, "url": "/v1/graphql"},
                                    "operation": {"error": {"code": "postgres-error", "error": "connection error", "internal": "connection to server at \"postgres\" (10.0.5.2), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n",
                                                            "path": "$"}, "query": {"operationName": g.c(OPS)[0]}, "request_id": rid, "request_mode": "single", "response_size": g.num(200, 400),
                                                  "user_vars": uv()}, "request_id": rid}, "http_pg_error")
        h("unstructured", "error", "postgres connection error: connection to server at \"postgres\" (10.0.5.2), port 5432 failed: Connection refused", "pg_unstructured")

    def shutdown():
        h("unstructured", "info", "Shutting down server...", "shutting_down")
        h("unstructured", "info", f"Waiting for {g.num(0, 30)} websocket connections to close", "waiting_websockets")
        st["ws"] = {}
        L.tick(5)
        startup()

    startup()
    ev = [(40, http), (3, batched), (10, health), (6, ws_open), (4, ws_op), (6, ws_close), (6, trigger), (0.8, metadata_call), (0.3, jwk), (0.25, pg_down), (0.12, shutdown)]
    return L.run(slowed(L, ev, 25), None)


# 19 --------------------------------------------------------------- Kurento Media Server 7.1 (the kurento/kurento-media-server image, default GST_DEBUG levels) behind a telemedicine service's video
#   consultations (one WebRTC call per consultation between doctor and patient, recorded with a RecorderEndpoint, TURN through coturn), `docker logs kms`:
#   Kurento's GStreamer log layout, "2026-12-01T10:00:00,123456 1 0x00007f6d1e4bb1c0 info     KurentoWebRtcEndpointImpl WebRtcEndpointImpl.cpp:1056 onIceCandidate()
#   message" (local time with microseconds after a comma, pid, thread, the level word padded to eight, the category padded to 25, source file and line,
#   function); the start-up with its modules, pipelines created and released, ICE candidates gathered and pairs selected, media flowing in and out,
#   recordings, stream gaps, ICE failing behind strict firewalls, requests for objects already gone, GLib's and libnice's own warnings with only a time of day
@checked
def log_kurento(seed):
    L = Log("kurento_docker_logs", seed, "full", True, True)
    g = L.g
    st = {"pipes": {}, "thr": [0x7f6d00000000 + g.num(0, 0xffffff) * 0x1000 for _ in range(12)], "main": 0x7f6d1e4bb1c0 + g.num(0, 0xff) * 0x1000}

    def k(lvl, cat, src, func, msg, ev, thr=None):
        ms_(L, 0, 40)
        t = thr or g.c(st["thr"])
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S},{us6(L.t)} 1 0x{t:016x} {lvl:<8} {cat:<25} {src} {func}() {msg}", ev, lvl, cat)

    def glib(msg, ev):
        ms_(L, 0, 40)
        L.emit(f"(kurento-media-server:1): {msg.replace('%T', f'{L.t:%H:%M:%S}.{ms3(L.t)}')}", ev, None, None)

    def mid(kind):
        return f"{g.uuid()}_kurento.{kind}"

    def startup():
        m = st["main"]
        k("info", "KurentoMediaServer", "main.cpp:256", "main", "Kurento Media Server version: 7.1.1", "kms_version", m)
        k("info", "KurentoMediaServer", "main.cpp:257", "main", "Found config file: /etc/kurento/kurento.conf.json", "found_config", m)
        k("info", "KurentoMediaServer", "main.cpp:261", "main", "Configuration loaded successfully", "config_loaded", m)
        k("info", "KurentoMediaServer", "main.cpp:290", "main", "Using above 70% of system limits will throw NotEnoughResources errors", "limits_note", m)
        k("info", "KurentoMediaServer", "main.cpp:295", "main", f"System limits: 'threads': {g.num(30000, 126000)}, 'files': 1048576", "system_limits", m)
        for mod in ["core", "elements", "filters"]:
            k("info", "KurentoModuleManager", "ModuleManager.cpp:63", "loadModule", f"Loading module: '{mod}', version: '7.1.1', path: '/usr/lib/x86_64-linux-gnu/kurento/modules/libkms{mod}module.so'", "loading_module", m)
        k("info", "KurentoModuleManager", "ModuleManager.cpp:126", "loadModules", "Loaded 3 modules", "loaded_modules", m)
        k("info", "KurentoWebSocketTransport", "WebSocketTransport.cpp:267", "initWebSocket", "WebSocket server (ws://) listening on port: 8888", "ws_listening", m)
        k("info", "KurentoWebSocketTransport", "WebSocketTransport.cpp:297", "initWebSocket", "Secure WebSocket server (wss://) not enabled", "wss_not_enabled", m)
        k("info", "KurentoMediaServer", "main.cpp:219", "main", "Kurento Media Server started", "kms_started", m)

    def call():
        pipe = mid("MediaPipeline")
        a, b = mid("WebRtcEndpoint"), mid("WebRtcEndpoint")
        rec = mid("RecorderEndpoint") if g.r.random() < 0.7 else None
        sess = g.uuid()
        st["pipes"][pipe] = (a, b, rec, sess)
        k("info", "KurentoWebSocketTransport", "WebSocketTransport.cpp:424", "processMessage", f"New session: {sess}", "new_session")
        k("info", "KurentoMediaPipelineImpl", "MediaPipelineImpl.cpp:103", "MediaPipelineImpl", f"Created MediaPipeline: {pipe}", "pipeline_created")
        for ep in [a, b] + ([rec] if rec else []):
            k("info", "KurentoMediaObjectImpl", "MediaObjectImpl.cpp:51", "MediaObjectImpl", f"Created MediaObject: {pipe}/{ep}", "object_created")
        for ep in [a, b]:
            for _ in range(g.num(2, 4)):
                typ = g.c(["host", "host", "srflx", "relay"])
                ip = {"host": f"172.18.0.{g.num(2, 9)}", "srflx": f"203.0.113.{g.num(2, 60)}", "relay": f"198.51.100.{g.num(2, 60)}"}[typ]
                k("info", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:1042", "onIceCandidate",
                  f"[IceCandidateFound] local candidate: candidate:{g.num(1, 9)} 1 UDP {g.num(10 ** 8, 2 * 10 ** 9)} {ip} {g.num(40000, 60000)} typ {typ}"
                  f"{' raddr 172.18.0.' + str(g.num(2, 9)) + ' rport ' + str(g.num(40000, 60000)) if typ != 'host' else ''}, object: {pipe}/{ep}", "ice_candidate_found")
        fail = g.r.random() < 0.07
        for ep in [a, b]:
            if fail and ep == b:
                k("info", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:1089", "onIceComponentStateChanged", f"[IceComponentStateChanged] stream_id: 1, component_id: 1, state: CHECKING, object: {pipe}/{ep}", "ice_state_changed")
                L.tick(15)
                k("warning", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:1089", "onIceComponentStateChanged", f"[IceComponentStateChanged] stream_id: 1, component_id: 1, state: FAILED, object: {pipe}/{ep}", "ice_state_changed")
                if g.r.random() < 0.5:
                    glib("libnice-WARNING **: %T: Could not set up TURN relay: 401 Unauthorized (stale nonce)", "libnice_warning")
                continue
            for s in ["GATHERING", "CONNECTING", "CONNECTED", "READY"]:
                k("info", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:1089", "onIceComponentStateChanged", f"[IceComponentStateChanged] stream_id: 1, component_id: 1, state: {s}, object: {pipe}/{ep}", "ice_state_changed")
            k("info", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:1132", "onNewSelectedPairFull",
              f"[NewCandidatePairSelected] local: 'candidate:{g.num(1, 9)} 1 UDP {g.num(10 ** 8, 2 * 10 ** 9)} 172.18.0.{g.num(2, 9)} {g.num(40000, 60000)} typ host', "
              f"remote: 'candidate:{g.num(10 ** 8, 4 * 10 ** 9)} 1 udp {g.num(10 ** 8, 2 * 10 ** 9)} {g.ip('pub')} {g.num(1024, 65535)} typ {g.c(['srflx', 'host', 'relay'])}', stream_id: 1, component_id: 1, object: {pipe}/{ep}", "new_pair_selected")
            k("info", "KurentoWebRtcEndpointImpl", "WebRtcEndpointImpl.cpp:660", "onDtlsConnectionStateChange", f"[DtlsConnectionStateChange] state: CONNECTED, object: {pipe}/{ep}", "dtls_state")
            for media in ["AUDIO", "VIDEO"]:
                k("info", "KurentoMediaElementImpl", "MediaElementImpl.cpp:1085", "mediaFlowInStateChanged", f"MediaFlowInStateChanged (object: {pipe}/{ep}, tag: , media: {media}, state: FLOWING)", "media_flow_in")
                k("info", "KurentoMediaElementImpl", "MediaElementImpl.cpp:1085", "mediaFlowOutStateChanged", f"MediaFlowOutStateChanged (object: {pipe}/{ep}, tag: , media: {media}, state: FLOWING)", "media_flow_out")
        if rec and not fail:
            k("info", "KurentoRecorderEndpointImpl", "RecorderEndpointImpl.cpp:221", "onStateChanged", f"Recorder state: START, object: {pipe}/{rec}", "recorder_state")
            k("info", "kmsrecorderendpoint", "kmsrecorderendpoint.c:1128", "kms_recorder_endpoint_started", f"<kmsrecorderendpoint{g.num(0, 90)}> Recording to file:///recordings/{g.num(2026000, 2026999)}-{g.hx(8)}.webm", "recording_to")

    def gap():
        if not st["pipes"]:
            return call()
        pipe = g.c(sorted(st["pipes"]))
        k("warning", "kmsutils", "kmsutils.c:1047", "gap_detection_probe", f"<kmswebrtcendpoint{g.num(0, 90)}:{g.c(['video', 'audio'])}_src_0> Stream gap detected, timestamp: "
                                                                        f"0:{g.num(0, 59):02d}:{g.num(0, 59):02d}.{g.num(0, 999999999):09d}, duration: 0:00:0{g.num(0, 3)}.{g.num(0, 999999999):09d}", "stream_gap")

    def flow_stop():
        if not st["pipes"]:
            return call()
        pipe = g.c(sorted(st["pipes"]))
        a, b, rec, sess = st["pipes"][pipe]
        ep = g.c([a, b])
        media = g.c(["AUDIO", "VIDEO", "VIDEO"])
        k("info", "KurentoMediaElementImpl", "MediaElementImpl.cpp:1085", "mediaFlowInStateChanged", f"MediaFlowInStateChanged (object: {pipe}/{ep}, tag: , media: {media}, state: NOT_FLOWING)", "media_flow_in")
        if g.r.random() < 0.7:
            L.tick(5)
            k("info", "KurentoMediaElementImpl", "MediaElementImpl.cpp:1085", "mediaFlowInStateChanged", f"MediaFlowInStateChanged (object: {pipe}/{ep}, tag: , media: {media}, state: FLOWING)", "media_flow_in")

    def rtcp():
        k("warning", "rtpsession", "rtpsession.c:2710", "source_push_rtp", f"<rtpsession{g.num(0, 90)}> duplicate or reordered packet (seqnum {g.num(0, 65535)}, expected {g.num(0, 65535)})", "duplicate_packet")

    def hangup():
        if not st["pipes"]:
            return call()
        pipe = g.c(sorted(st["pipes"]))
        a, b, rec, sess = st["pipes"].pop(pipe)
        if rec:
            k("info", "KurentoRecorderEndpointImpl", "RecorderEndpointImpl.cpp:221", "onStateChanged", f"Recorder state: STOP, object: {pipe}/{rec}", "recorder_state")
        k("info", "KurentoMediaSet", "MediaSet.cpp:381", "release", f"Release object: {pipe}", "release_object")
        for ep in [a, b] + ([rec] if rec else []):
            k("info", "KurentoMediaObjectImpl", "MediaObjectImpl.cpp:62", "~MediaObjectImpl", f"Destroying MediaObject: {pipe}/{ep}", "object_destroyed")
        k("info", "KurentoMediaPipelineImpl", "MediaPipelineImpl.cpp:121", "~MediaPipelineImpl", f"Destroying MediaPipeline: {pipe}", "pipeline_destroyed")
        k("info", "KurentoMediaSet", "MediaSet.cpp:460", "releaseSession", f"Remove session: {sess}", "remove_session")
        if g.r.random() < 0.1:
            k("error", "KurentoServerMethods", "ServerMethods.cpp:727", "process", f"Error processing request: Object '{pipe}/{a}' not found (code 40101)", "object_not_found")

    def ws_closed():
        k("info", "KurentoWebSocketTransport", "WebSocketTransport.cpp:180", "closeHandler", f"WebSocket connection closed, session: {g.uuid()}, reason: {g.c(['Going away', 'Normal closure', 'Abnormal closure'])}", "ws_closed")

    def glib_crit():
        glib("GLib-GObject-CRITICAL **: %T: g_object_ref: assertion 'G_IS_OBJECT (object)' failed", "glib_critical")

    def resources():
        k("warning", "KurentoMediaServer", "ResourceManager.cpp:89", "checkResources", f"Used threads above {g.num(70, 85)}% of system limits", "resources_warning")

    def restart():
        k("info", "KurentoMediaServer", "main.cpp:124", "signal_handler", "Signal 'SIGTERM' received, shutting down", "sigterm", st["main"])
        st["pipes"] = {}
        L.tick(8)
        startup()

    startup()
    ev = [(14, call), (14, hangup), (6, gap), (8, flow_stop), (4, rtcp), (3, ws_closed), (1.5, glib_crit), (0.4, resources), (0.1, restart)]
    return L.run(slowed(L, ev, 90), None)


# 20 --------------------------------------------------------------- LevelDB 1.23 (through classic-level under Node.js 20) holding the job queue and the per-device state of an IoT fleet's ingestion service on
#   one server, the database directory's LOG.old and LOG put one after the other by an engineer looking into a stall: "2026/12/01-10:00:00.123456 7f3a2b1c06c0 message" (local
#   time with microseconds, the writing thread's id in hex, then LevelDB's Log() line); recovery at each open, memtables flushed to level-0 tables, compactions
#   with the tables they generate and the level summary, trivial moves, expansions, old files deleted, writes stalling on too many level-0 files or a full
#   memtable, a manual compaction, the disk filling up with compaction errors, a crash's torn log dropped at the next open
@checked
def log_leveldb(seed):
    L = Log("leveldb_LOG", seed, "full", False, False)
    g = L.g
    DIR = "/var/lib/ingest/state-db"
    st = {"num": g.num(1200, 3000), "levels": [g.num(0, 3), g.num(3, 9), g.num(20, 60), g.num(100, 300), 0, 0, 0], "log": 0, "fg": 0, "bg": 0, "full": False}

    def tids():
        base = 0x7f0000000000 + g.num(0x100000, 0xffffff) * 0x1000
        st["fg"], st["bg"] = base + 0x6c0, base - g.num(1, 40) * 0x800000 + 0x6c0

    def o(msg, ev, bg=True):
        ms_(L, 0, 30)
        L.emit(f"{L.t:%Y/%m/%d-%H:%M:%S}.{us6(L.t)} {st['bg'] if bg else st['fg']:x} {msg}", ev)

    def nxt():
        st["num"] += 1
        return st["num"]

    def summary():
        return "files[ " + " ".join(str(x) for x in st["levels"]) + " ]"

    def open_db(torn=False):
        tids()
        old = st["log"] or nxt()
        o(f"Recovering log #{old}", "recovering_log", False)
        if torn:
            o(f"Log #{old}: dropping {g.c([32768, 16384, 4096 * g.num(1, 8)])} bytes; corruption: {g.c(['checksum mismatch', 'partial record without end(3)', 'missing start of fragmented record(2)'])}", "log_dropping", False)
        t = nxt()
        o(f"Level-0 table #{t}: started", "l0_started", False)
        o(f"Level-0 table #{t}: {g.num(1000, 4000000)} bytes OK", "l0_ok", False)
        st["levels"][0] += 1
        o(f"Delete type=0 #{old}", "delete_file", False)
        o(f"Delete type=3 #{st['num'] - g.num(3, 40)}", "delete_file", False)
        st["log"] = nxt()

    def flush():
        t = nxt()
        o(f"Level-0 table #{t}: started", "l0_started")
        L.tick(0.3)
        o(f"Level-0 table #{t}: {g.num(3000000, 4300000)} bytes OK", "l0_ok")
        o(f"Delete type=0 #{st['log']}", "delete_file")
        st["log"] = nxt()
        st["levels"][0] += 1
        if st["levels"][0] >= 4:
            compact(0)

    def compact(lv=None):
        if lv is None:
            lv = g.c([0, 1, 1, 2, 2, 3]) if st["levels"][0] < 4 else 0
        n0 = st["levels"][lv] if lv == 0 else g.num(1, 2)
        if lv == 0 and n0 == 0:
            return flush()
        n1 = g.num(0, 4) if st["levels"][lv + 1] else 0
        if lv > 0 and n1 == 0 and g.r.random() < 0.5:
            t = st["num"] - g.num(1, 300)
            st["levels"][lv] = max(0, st["levels"][lv] - 1)
            st["levels"][lv + 1] += 1
            o(f"Moved #{t} to level-{lv + 1} {g.num(1000000, 2200000)} bytes OK: {summary()}", "moved_table")
            return
        if lv > 0 and g.r.random() < 0.2:
            a, b = g.num(1, 3), g.num(1, 6)
            o(f"Expanding@{lv} {a}+{b} ({a * 2097152}+{b * 2097152} bytes) to {a + 1}+{b} ({(a + 1) * 2097152}+{b * 2097152} bytes)", "expanding")
            n0 = a + 1
        o(f"Compacting {n0}@{lv} + {n1}@{lv + 1} files", "compacting")
        if st["full"]:
            L.tick(1)
            o(f"Compaction error: IO error: {DIR}/{nxt():06d}.ldb: No space left on device", "compaction_error")
            return
        outs = max(1, (n0 + n1) * g.num(6, 10) // 10)
        tot = 0
        for _ in range(outs):
            L.tick(0.4)
            b = g.num(1500000, 2200000)
            tot += b
            o(f"Generated table #{nxt()}@{lv}: {g.num(8000, 60000)} keys, {b} bytes", "generated_table")
        o(f"Compacted {n0}@{lv} + {n1}@{lv + 1} files => {tot} bytes", "compacted")
        st["levels"][lv] = max(0, st["levels"][lv] - n0)
        st["levels"][lv + 1] = max(0, st["levels"][lv + 1] - n1) + outs
        o(f"compacted to: {summary()}", "compacted_to")
        for _ in range(n0 + n1):
            o(f"Delete type=2 #{st['num'] - g.num(outs + 1, 400)}", "delete_file")

    def stall():
        if g.r.random() < 0.5:
            o("Too many L0 files; waiting...", "too_many_l0", False)
            st["levels"][0] = max(st["levels"][0], 8)
            compact(0)
        else:
            o("Current memtable full; waiting...", "memtable_full", False)
            flush()

    def manual():
        p = g.c(["jobs", "devstate", "dedup"])
        o(f"Manual compaction at level-{g.num(0, 2)} from '!{p}!' @ 72057594037927935 : 1 .. '!{p}!\\xff' @ 0 : 0; will stop at '!{p}!{g.num(0, 99999999):08d}' @ {g.num(10 ** 6, 10 ** 8)} : 1", "manual_compaction", False)
        compact(g.num(0, 2))

    def disk_full():
        st["full"] = True
        for _ in range(g.num(2, 5)):
            L.tick(30)
            compact()
        st["full"] = False

    def restart(torn=False):
        L.tick(60)
        open_db(torn)

    open_db()
    ev = [(40, flush), (30, compact), (4, stall), (0.8, manual), (0.4, disk_full), (0.4, restart), (0.2, lambda: restart(True))]
    return L.run(slowed(L, ev, 180), None)


LOGS = [log_waagent, log_amavis, log_anydesk, log_ant, log_basicstation, log_borg, log_centrifugo, log_chocolatey, log_cuckoo, log_cucm,
        log_datadog, log_drbd, log_fhem, log_foundry, log_gaussian, log_gpsvc, log_h3c, log_hasura, log_kurento, log_leveldb]


if __name__ == "__main__":
    main(LOGS, WORK)
