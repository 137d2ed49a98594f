#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fifty-fourth round, 20 logs,
written 2026-12-07 by a helper that did not read LogSleuth's code; as found: 0.566. This round is
worked on (not held out). The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and
`formats` on each and prints grouping accuracy, events against templates, the learned format and how
many lines had their time, level and component read, and read right.

Lines without a header of their own carry the time, level and component of the record they belong
to: the exception, "<tab>at" frames, "Caused by:" and "<tab>... n more" under Storm's "Async loop
died!", "Error" and "Halting process", and the tab-indented "key = value" lines under Kafka's
"ConsumerConfig values: "; ArchiSteamFarm's inner exceptions (" ---> ..."), "   --- End of inner
exception stack trace ---" and "   at" frames under the line that logged the exception; the lines
of a Ghidra message that spans several (the script paths, the importer's "Additional info" block
with its empty line, the analysis time table, and the " (Class)  " line that closes each), and the
Java frames and empty line under its script's ERROR; the "    at" frames under Joplin's [error]
Synchronizer line; the steps of a Kudu RPC trace (each with its own time of day, month and day) and
its "Metrics:" line under "Trace:"; the lines of an EPICS Channel Access exception block (the rules,
Warning, Context, Source File) take the time of its "Current Time:" line, those of a procServ "@@@"
restart block the time of its "Current time:" line. A line with no time of its own gets the time of
the last line before it that writes one (of the first after it at the start of a log) and no level
or component unless it belongs to a record as above: every line of the CDK log but the cron
wrapper's "==> 2026-11-02T02:00:01Z ..." lines and CloudFormation's activity rows (the two lines of
advice under CDK's "[WARNING] ... is deprecated." carry its level); the st.cmd lines iocsh echoes,
the iocInit banner, autosave, the sequencer, the prompts, the log client's and the interlock
program's lines in the EPICS console log; every Flyway and Hugo line but their wrapper scripts'
"[2026-12-01 02:00:01] ..." lines (the lines of Flyway's error block and Hugo's two lines of advice
under "Raw HTML omitted" carry the level of the line they follow); Gotify's start-up lines and Gin's
"Error #01: ..." line under a request; the lines of Kudu's glog header after "Log file created at:".
Ghidra's console output and Jest's run write no time at all (time kind None). The CDK log is read
for the time of day (tod): the activity rows write the build box's 12-hour clock ("2:01:04 AM",
UTC), the wrapper lines a full date. Barracuda (rsyslog's "Dec  1 10:00:00" in front of the unit's
own "2026-12-01 10:00:00.123 +0000", the same instant), lfd ("Dec  1 10:00:00"), dnsmasq and the
iSCSI host's /var/log/messages have no year at their head (noyear). Full dates elsewhere: Storm
("2026-12-01 10:00:00.123"), ArchiSteamFarm ("2026-12-01 10:00:00|"), Clash
("2026-12-01T18:00:00.123456789+08:00", Asia/Shanghai), the EPICS console (procServ's ctime lines,
StreamDevice's "2026/12/01 10:00:00.123456", the CA block's "Current Time: Tue Dec 01 2026
10:00:00.123456789"), EverQuest ("[Tue Dec 01 10:00:00 2026]"), Gotify (Gin's "2026/12/01 -
10:00:00", Go's "2026/12/01 10:00:00"), Joplin ("2026-12-01 08:30:12: "), Kudu ("I20261201
10:00:00.123456"; its trace steps' "1201 10:00:00.123456" are their own instants), listmonk
("2026/12/01 10:00:00"), Loki ("ts", Z, nanoseconds) and LXC ("20261201100000.123", the
compact stamp after the program and container); where a log writes local time without an offset the
clock is UTC.

Levels are as written: Storm's bracketed word (INFO, WARN, ERROR); ArchiSteamFarm's column (INFO,
WARN); CDK's "[WARNING]" and "[Warning at ...]" (warning; its other lines none); Barracuda's severity
in web firewall and system lines (ALER, WARN, NOTI, INFO; the access and audit lines have none);
Clash's "level" (info, warning); Flyway's "ERROR:" and "WARNING:" (error, warning) on the line and
the lines of its block; Ghidra's column (INFO, WARN, ERROR); Hugo's "WARN" and "ERROR" and the
"Error:" of its failed build; npm's "npm error" lines under Jest's run (error) and Jest's console
blocks, "console.warn" and "console.error" with the message and frames under them (warn, error;
"console.log" none); Joplin's "[warn]" and "[error]" (its info lines write none); Kudu's glog letter
(I, W); Loki's "level" (info, warn, error); LXC's padded word (INFO, NOTICE, WARN, ERROR). lfd,
dnsmasq, the EPICS console, EverQuest, Gotify, the iSCSI host's syslog and listmonk write none. The
component is Storm's abbreviated logger (o.a.s.d.w.Worker, o.a.k.c.c.i.ConsumerCoordinator,
c.s.c.b.SessionizeBolt, ...; the thread is not); ArchiSteamFarm's logger column (ASF, the bots main,
alt1, alt2, Microsoft.Hosting.Lifetime; the process and pid are not); the CDK stack's name in front
of "ApiStack:  start: ...", "ApiStack: deploying..." and the activity rows ("ApiStack | ..."; its
other lines have none); Barracuda's log type (WF, TR, AUDIT, SYS; in system lines the module after
it, STM, UPDATE, CERT, BACKUP, counts too; the unit name and the sender's address are not); lfd's
program (lfd; the "(sshd)" of a block is the trigger, not a component); dnsmasq's program (dnsmasq,
dnsmasq-dhcp, dnsmasq-tftp); the iSCSI host's syslog program (kernel, iscsid, multipathd, systemd,
systemd-logind, dnf, chronyd, rsyslogd); Ghidra's class in parentheses at the end of the record
(HeadlessAnalyzer, AutoImporter, AutoAnalysisManager, GhidraScript, ...); Joplin's prefix
(Synchronizer, SearchEngine, RevisionService, ResourceService, ResourceFetcher, PluginService,
DecryptionWorker; its lines with no prefix have none); Kudu's and listmonk's source file before
the line number (maintenance_manager.cc, heartbeater.cc, manager.go, init.go, ..., with or without
the line; Kudu's thread id is not); Loki's "component" (frontend, querier, ingester) or, where a line
writes none, its caller's file (with or without the line; either counts where it writes both);
LXC's category (confile, seccomp, start, conf, cgfsng, network, apparmor, ...; the program,
container name and source path are not). Clash, the EPICS console (StreamDevice's port and record
names are the subject, not a component), EverQuest, Flyway, Gotify, Hugo and Jest have none.

The true event of a line is the format string that wrote it: a value filled into a format string is
a variable (Storm's "Loading executor tasks %s" and "Preparing bolt %s" one each whatever the
executor, the ConsumerConfig entries one, "connection attempt %d to %s failed: %s" one;
ArchiSteamFarm's method and message one event ("OnConnected() Connected to Steam!" and
"OnConnected() Logging in..." two), "Unable to login to Steam: %s / %s" one whatever the result, the
line of a logged exception one event per method (UrlGetToHtmlDocument, UrlPostToJsonObject,
HeartBeat) whatever the exception, the inner exception lines one; CloudFormation's activity rows one
event whatever the status, type, resource and reason, the "Failed resources:" row (no progress
column) another, "start: Building", "success: Built", "start: Publishing" and "success: Published"
four, " ✅  %s" and " ✅  %s (no changes)" two, the outputs one; Barracuda's access rows one event,
its web firewall rows one whatever the attack, severity, action and details, its audit rows one
(logins and configuration changes alike), each system message its own; Clash's "[TCP] %s --> %s
match %s using %s" one whatever the rule and the proxy (DIRECT, REJECT or a node), "[UDP] ..."
another, "doesn't match any rule using DIRECT" another, the dial error one whatever the error,
"[DNS] resolve %s error: %s" one; lfd's block line one event per trigger (the application, its text
and the [LF_SSHD], [LF_SMTPAUTH], [LF_IMAPD], [LF_POP3D], [LF_FTPD], [LF_CPANEL], [LF_HTACCESS],
[LF_MODSEC] code go together) whatever the address, country, count and block time, "Watching
%s..." one, each "... Tracking..." line its own; dnsmasq's DHCP packet lines one event per message
type (DHCPDISCOVER, DHCPOFFER, DHCPREQUEST, DHCPACK, DHCPNAK, DHCPRELEASE), "sent size:%3d
option:%3d %s  %s" one whatever the option, "requested options: %s" one (the list is written over
several lines, each with the same format), "vendor class: %s" and "user class: %s" two; the st.cmd
lines iocsh echoes one event whatever the command, StreamDevice's "No reply within %d ms to "%s""
one whatever the port and record, the CA block's "Warning: "%s"" one whatever the warning;
EverQuest's "You %s %s for %d points of damage." one whatever the skill, the mobs' "%s %s YOU for %d
points of damage." one whatever the verb, "... tries to %s YOU, but misses!" one and "... but YOU
%s!" one whatever the defence, the guild, group, tell, channel, auction and out-of-character lines
one each whatever is said, /who's rows one (anonymous rows another); Flyway's info table rows one
event (versioned, repeatable, pending and outdated alike), "Successfully applied %d migration%s ..."
one, "DB: %s" one whatever PostgreSQL's notice; Ghidra's analysis time rows one event, "Decompiling
%s, pcode error at %s: %s" one; Gin's access line one event whatever the status, method and path,
"Error #01: %s" one; Hugo's pages table rows one, git's stat rows one (its binary rows another);
the iSCSI host's "alua: port group %s state %s supports TolUSNA" one whatever the state; Jest's
result line one event whatever PASS or FAIL and with or without the time, the test titles one, the
matcher hint one whatever the matcher, the code frame's lines one (the marked line and the caret line
two more), the diff's context, minus and plus lines three, "    console.%s" one whatever the method,
the coverage rows one (all files, directories and files alike); Kudu's "Scheduling %s: %s" one
whatever the operation and its reason, "%s complete. Timing: ..." one, "Processing write for tablet
%s" one; listmonk's "error sending message in campaign %s: subscriber %s: %s" one whatever the SMTP
error; LXC's "Cloned %s" one, "Processing "%s"" one, "Executing script "%s" for container
"%s", config section "%s"" one), while two format strings that look alike are two events
(Clash's "Start initial compatible provider %s" and "Start initial provider %s"; EverQuest's "You
gain party experience!!" and "You gain experience!!", "You have slain %s!" and "%s has been slain by
%s!", "--You have looted ...--" and "--%s has looted ...--"; the frontend's and the querier's
"executing query" in Loki; Joplin's "Sync: updateRemote", "updateLocal", "createRemote",
"createLocal" and "deleteRemote"; LXC's "Adding native rule" and "Adding compat rule"; Kudu's
"Starting pre-election", "pre-election: Election decided" and "election: Election decided"; the
iSCSI host's "Failing path" and "Reinstating path"). A structured line belongs to its message and
its set of keys: a Clash line to its message; a Loki line to its "msg" (or, without one, its kind)
and keys (the query statistics line one event whatever the query type, filter, limited or metric;
the labels and series statistics two more; the push error one whatever the gRPC error). In a
banner, block or table each kind of line is an event: Kudu's glog header lines each their own, the
steps of its RPC trace one event per step; the EPICS iocInit banner's lines each their own (its two
"####" rules one), procServ's "@@@" lines each their own (its "@@@ @@@ @@@ @@@ @@@" rules one), the
CA exception block's lines each their own; the CDK notices block's lines each their own (the
overview's continuation lines one); Flyway's table head and rule (one event) and its error block's
lines each their own; Hugo's pages table head and rule; Jest's coverage head and rule, the summary's
"Test Suites:", "Tests:", "Snapshots:" and "Time:" lines each their own; EverQuest's /who head, rule
and total; Ghidra's analysis table rules (one event), its total and the " (Class)  " line closing a
multi-line message (one event whatever the class). Java's "<tab>at" frames one event, .NET's "   at"
frames one event, Node's "    at" frames one event (Jest's test, console and React component frames
alike). Wrappers are not part of the event: the syslog stamp, host and program of lfd, dnsmasq and
the iSCSI host, rsyslog's stamp and sender in front of Barracuda's lines. Empty lines are one event
per log.

usage: unseen_logs_round54.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round54)
"""
import datetime as dt
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round54")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, fill, checked, syslog_ts, carry_time, ms_, ctime, epoch, jts  # noqa: E402, F401

CST = dt.timezone(dt.timedelta(hours=8))


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def hms12(t):
    """JavaScript's toLocaleTimeString() in en-US: "2:01:04 AM"."""
    h = t.hour % 12 or 12
    return f"{h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


# 1 ---------------------------------------------------------------- Apache Storm 2.6 worker log (logs/workers-artifacts/<topology>/<port>/worker.log, log4j2's "%d{yyyy-MM-dd
#   HH:mm:ss.SSS} %c{1.} %t [%p] %msg") of a clickstream-enrichment topology at an online retailer (a Kafka spout, parse, geo/enrich, sessionize and
#   Redis/Elasticsearch sink bolts): the worker's launch with its executors loading, spouts opening and bolts preparing, Kafka consumer group
#   rebalances, Netty connections to the other workers, the bolts' own periodic lines, broker and Redis hiccups, and now and then an "Async loop
#   died!" with its Java stack trace, the worker halting and the supervisor relaunching it
@checked
def log_storm(seed):
    L = Log("apache_storm_worker_log", seed, "full", True, True)
    g = L.g
    TOPO = f"clickstream-enrich-7-{1764460000 + g.num(0, 99999)}"
    SPOUTS = [("kafka-spout", t) for t in range(11, 15)]
    BOLTS = [("parse", t) for t in range(15, 19)] + [("enrich", t) for t in range(19, 23)] + [("sessionize", t) for t in range(23, 25)] + \
        [("es-sink", 25), ("redis-sink", 26)]
    PEERS = ["storm-sup-01.dc1.shop.internal/10.40.2.11:6700", "storm-sup-02.dc1.shop.internal/10.40.2.12:6701", "storm-sup-03.dc1.shop.internal/10.40.2.13:6700",
             "storm-sup-04.dc1.shop.internal/10.40.2.14:6702"]
    GROUP = "clickstream-enrich"
    st = {"gen": 1}

    def w(lv, logger, thread, msg, ev):
        ms_(L, 0, 40)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} {logger} {thread} [{lv}] {msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def xthread(c, t):
        return f"Thread-{t + 4}-{c}-executor[{t}, {t}]"

    def cid(t):
        return f"consumer-{GROUP}-{t - 10}"

    def launch():
        st["gen"] += 1
        wid = g.uuid()
        w("INFO", "o.a.s.d.w.Worker", "main", f"Launching worker for {TOPO} on {g.uuid()}:6700 with id {wid} and conf {{storm.messaging.netty.min_wait_ms=100, "
          f"topology.workers=4, topology.max.spout.pending=2000, topology.message.timeout.secs=60, storm.zookeeper.servers=[zk-1.dc1.shop.internal, "
          f"zk-2.dc1.shop.internal, zk-3.dc1.shop.internal], ...}}", "launching")
        w("INFO", "o.a.s.s.o.a.c.f.i.CuratorFrameworkImpl", "main", "Starting", "curator_starting")
        w("INFO", "o.a.s.s.o.a.z.ZooKeeper", "main", f"Initiating client connection, connectString=zk-1.dc1.shop.internal:2181,zk-2.dc1.shop.internal:2181,"
          f"zk-3.dc1.shop.internal:2181/storm sessionTimeout=20000 watcher=org.apache.storm.shade.org.apache.curator.ConnectionState@{g.hx(8)}", "zk_initiating")
        w("INFO", "o.a.s.s.o.a.c.f.s.ConnectionStateManager", "main-EventThread", "State change: CONNECTED", "zk_state_change")
        w("INFO", "o.a.s.d.w.WorkerState", "main", "Reading assignments", "reading_assignments")
        w("INFO", "o.a.s.d.w.Worker", "main", "Backpressure is enabled; waitStrategy=org.apache.storm.policy.WaitStrategyProgressive", "backpressure")
        for c, t in SPOUTS[:1] + BOLTS[::3]:
            w("INFO", "o.a.s.e.Executor", "main", f"Loading executor tasks {c}:[{t}, {t}]", "loading_executor")
            w("INFO", "o.a.s.e.Executor", "main", f"Finished loading executor {c}:[{t}, {t}]", "finished_loading")
        w("INFO", "o.a.s.d.w.Worker", "main", "Started with log levels: {\"\"=INFO, org.apache.storm.metric.LoggingMetricsConsumer=INFO, "
          "STDERR=INFO, STDOUT=INFO, com.shop.clickstream=INFO}", "log_levels")
        w("INFO", "o.a.s.d.w.Worker", "main", "Worker has topology config {...}", "topology_config")
        w("INFO", "o.a.s.d.w.Worker", "main", f"Worker {wid} for storm {TOPO} on {g.uuid()}:6700  has finished loading", "finished_loading_worker")
        for p in PEERS:
            w("INFO", "o.a.s.m.n.Client", "refresh-connections-timer", f"creating Netty Client, connecting to {p.split('/')[0]}:{p.split(':')[1]}, bufferSize: 5242880, "
              "lowWatermark: 8388608, highWatermark: 16777216", "netty_creating")
        w("INFO", "o.a.s.d.w.WorkerState", "refresh-active-timer", "All connections are ready for worker " + f"{g.uuid()}:6700 with id {wid}", "all_connections_ready")
        for c, t in SPOUTS[:1]:
            th = xthread(c, t)
            w("INFO", "o.a.s.e.s.SpoutExecutor", th, f"Opening spout {c}:[{t}]", "opening_spout")
            w("INFO", "o.a.k.c.c.ConsumerConfig", th, "ConsumerConfig values: ", "consumer_config")
            for k in ["allow.auto.create.topics = false", "auto.offset.reset = latest", "bootstrap.servers = [kafka-1.dc1.shop.internal:9092, "
                      "kafka-2.dc1.shop.internal:9092, kafka-3.dc1.shop.internal:9092]", f"client.id = {cid(t)}", "enable.auto.commit = false",
                      f"group.id = {GROUP}", "max.poll.records = 500", "session.timeout.ms = 45000"]:
                cont(f"\t{k}", "consumer_config_entry", "INFO", "o.a.k.c.c.ConsumerConfig")
            w("INFO", "o.a.k.c.u.AppInfoParser", th, "Kafka version: 3.7.1", "kafka_version")
            w("INFO", "o.a.k.c.u.AppInfoParser", th, "Kafka commitId: e2494e6ffb89f828", "kafka_commit")
            w("INFO", "o.a.s.e.s.SpoutExecutor", th, f"Opened spout {c}:[{t}]", "opened_spout")
            w("INFO", "o.a.s.e.s.SpoutExecutor", th, f"Activating spout {c}:[{t}]", "activating_spout")
        for c, t in BOLTS[::3]:
            th = xthread(c, t)
            w("INFO", "o.a.s.e.b.BoltExecutor", th, f"Preparing bolt {c}:[{t}]", "preparing_bolt")
            if c == "enrich":
                w("INFO", "c.s.c.b.EnrichBolt", th, "Loaded GeoLite2-City database built 2026-11-28 (7412938 nodes)", "geoip_loaded")
            w("INFO", "o.a.s.e.b.BoltExecutor", th, f"Prepared bolt {c}:[{t}]", "prepared_bolt")
        rebalance()

    def rebalance():
        c, t = SPOUTS[0]
        th = xthread(c, t)
        pre = f"[Consumer clientId={cid(t)}, groupId={GROUP}]"
        parts = sorted(g.r.sample(range(24), 3))
        w("INFO", "o.a.k.c.c.i.ConsumerCoordinator", th, f"{pre} Revoke previously assigned partitions " + ", ".join(f"clicks-{p}" for p in parts), "revoke_partitions")
        w("INFO", "o.a.k.c.c.i.AbstractCoordinator", th, f"{pre} (Re-)joining group", "rejoining")
        w("INFO", "o.a.k.c.c.i.AbstractCoordinator", th, f"{pre} Successfully joined group with generation Generation{{generationId={g.num(100, 900)}, "
          f"memberId='{cid(t)}-{g.uuid()}', protocol='range'}}", "joined")
        w("INFO", "o.a.k.c.c.i.AbstractCoordinator", th, f"{pre} Successfully synced group in generation Generation{{generationId={g.num(100, 900)}, "
          f"memberId='{cid(t)}-{g.uuid()}', protocol='range'}}", "synced")
        w("INFO", "o.a.k.c.c.i.ConsumerCoordinator", th, f"{pre} Notifying assignor about the new Assignment(partitions=[" + ", ".join(f"clicks-{p}" for p in parts) + "])",
          "notifying_assignor")
        w("INFO", "o.a.s.k.s.KafkaSpout", th, f"Partitions reassignment. [task-ID={t}, consumer-group={GROUP}, consumer=org.apache.kafka.clients.consumer.KafkaConsumer@"
          f"{g.hx(8)}, topic-partitions=[" + ", ".join(f"clicks-{p}" for p in parts) + "]]", "partitions_reassignment")
        for p in parts:
            w("INFO", "o.a.k.c.c.i.ConsumerCoordinator", th, f"{pre} Setting offset for partition clicks-{p} to the committed offset FetchPosition{{offset="
              f"{g.num(10 ** 8, 10 ** 9)}, offsetEpoch=Optional[{g.num(20, 40)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{g.num(1, 3)}.dc1.shop.internal:9092 "
              f"(id: {g.num(1, 3)} rack: null)], epoch={g.num(20, 40)}}}}}", "setting_offset")

    def periodic():
        x = g.r.random()
        if x < 0.4:
            c, t = g.c([b for b in BOLTS if b[0] == "sessionize"])
            w("INFO", "c.s.c.b.SessionizeBolt", xthread(c, t), f"Flushed {g.num(200, 9000)} closed sessions to Redis in {g.num(3, 300)} ms ({g.num(1000, 40000)} open)",
              "flushed_sessions")
        elif x < 0.7:
            w("INFO", "c.s.c.b.EsSinkBolt", xthread("es-sink", 25), f"Bulk request of {g.num(200, 1000)} actions to index clicks-{L.t:%Y.%m.%d} took {g.num(20, 900)} ms, "
              f"{g.c([0, 0, 0, 0, g.num(1, 9)])} failures", "bulk_request")
        elif x < 0.85:
            c, t = g.c([b for b in BOLTS if b[0] == "enrich"])
            w("WARN", "c.s.c.b.EnrichBolt", xthread(c, t), f"No GeoIP entry for {g.ip('pub')}, using country=ZZ", "geoip_missing")
        elif x < 0.95:
            c, t = g.c([b for b in BOLTS if b[0] == "parse"])
            w("WARN", "c.s.c.b.ParseBolt", xthread(c, t), f"Dropping malformed event at offset {g.num(10 ** 8, 10 ** 9)} of clicks-{g.num(0, 23)}: Unexpected character "
              f"('{g.c(['<', '}', 'N'])}' (code {g.num(40, 125)})): was expecting double-quote to start field name", "malformed_event")
        else:
            c, t = SPOUTS[0]
            w("WARN", "o.a.k.c.NetworkClient", xthread(c, t), f"[Consumer clientId={cid(t)}, groupId={GROUP}] Connection to node {g.num(1, 3)} "
              f"(kafka-{g.num(1, 3)}.dc1.shop.internal/10.40.5.{g.num(11, 13)}:9092) could not be established. Node may not be available.", "kafka_no_connection")

    def peer_drop():
        p = g.c(PEERS)
        host = p.split("/")[0] + ":" + p.split(":")[1]
        th = f"client-worker-{g.num(1, 3)}"
        for i in range(1, g.num(2, 6)):
            w("ERROR", "o.a.s.m.n.Client", th, f"connection attempt {i} to Netty-Client-{host} failed: "
              f"org.apache.storm.shade.io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: {p}", "connection_attempt_failed")
            L.tick(1)
        w("INFO", "o.a.s.m.n.Client", th, f"connection established to Netty-Client-{host}", "connection_established")

    def redis_hiccup():
        c, t = g.c([b for b in BOLTS if b[0] == "sessionize"])
        th = xthread(c, t)
        w("WARN", "c.s.c.b.SessionizeBolt", th, f"Redis flush failed, will retry ({g.num(1, 3)}/5): redis.clients.jedis.exceptions.JedisConnectionException: "
          "java.net.SocketTimeoutException: Read timed out", "redis_retry")

    def crash():
        c, t = g.c([b for b in BOLTS if b[0] in ("es-sink", "redis-sink")])
        th = xthread(c, t)
        lg = "o.a.s.u.Utils"
        ex = ("java.lang.RuntimeException: co.elastic.clients.transport.TransportException: node: https://es-03.dc1.shop.internal:9200/, status: 429, "
              "[es/bulk] Expecting a response body, but none was sent" if c == "es-sink" else
              "java.lang.RuntimeException: redis.clients.jedis.exceptions.JedisConnectionException: Failed to connect to any host resolved for DNS name.")
        w("ERROR", lg, th, "Async loop died!", "async_loop_died")
        cont(ex, "exc_line", "ERROR", lg)
        frames = ["org.apache.storm.executor.Executor.accept(Executor.java:301) ~[storm-client-2.6.4.jar:2.6.4]",
                  "org.apache.storm.utils.JCQueue.consumeImpl(JCQueue.java:113) ~[storm-client-2.6.4.jar:2.6.4]",
                  "org.apache.storm.utils.JCQueue.consume(JCQueue.java:89) ~[storm-client-2.6.4.jar:2.6.4]",
                  "org.apache.storm.executor.bolt.BoltExecutor$1.call(BoltExecutor.java:172) ~[storm-client-2.6.4.jar:2.6.4]",
                  "org.apache.storm.utils.Utils$1.run(Utils.java:409) [storm-client-2.6.4.jar:2.6.4]", "java.lang.Thread.run(Thread.java:840) [?:?]"]
        for f in frames:
            cont(f"\tat {f}", "java_at", "ERROR", lg)
        cont(f"Caused by: {ex.split(': ', 1)[1]}", "caused_by", "ERROR", lg)
        for f in [f"com.shop.clickstream.bolt.{'EsSinkBolt.flush(EsSinkBolt.java:142)' if c == 'es-sink' else 'RedisSinkBolt.execute(RedisSinkBolt.java:77)'} "
                  "~[clickstream-topology-3.4.1.jar:?]", "org.apache.storm.daemon.Task.execute(Task.java:186) ~[storm-client-2.6.4.jar:2.6.4]"]:
            cont(f"\tat {f}", "java_at", "ERROR", lg)
        cont(f"\t... {g.num(6, 9)} more", "java_more", "ERROR", lg)
        w("ERROR", "o.a.s.e.e.ReportError", th, "Error", "report_error")
        cont(ex, "exc_line", "ERROR", "o.a.s.e.e.ReportError")
        for f in frames[:3]:
            cont(f"\tat {f}", "java_at", "ERROR", "o.a.s.e.e.ReportError")
        cont(f"\t... {g.num(2, 4)} more", "java_more", "ERROR", "o.a.s.e.e.ReportError")
        w("ERROR", lg, th, "Halting process: Worker died", "halting")
        cont("java.lang.RuntimeException: Halting process: Worker died", "exc_line", "ERROR", lg)
        cont("\tat org.apache.storm.utils.Utils.exitProcess(Utils.java:522) ~[storm-client-2.6.4.jar:2.6.4]", "java_at", "ERROR", lg)
        cont("\tat org.apache.storm.utils.Utils$3.run(Utils.java:862) [storm-client-2.6.4.jar:2.6.4]", "java_at", "ERROR", lg)
        w("INFO", "o.a.s.d.w.Worker", "Thread-3", f"Shutting down worker {TOPO} {g.uuid()} 6700", "shutting_down")
        L.tick(25)
        launch()

    launch()
    fill(L, [(40, periodic), (2, peer_drop), (3, redis_hiccup), (0.25, crash), (1.2, rebalance)], N_LINES, 60)
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- ArchiSteamFarm 6.1 (the generic .NET 8 build) idling trading cards for three Steam accounts on a Raspberry Pi 4
#   under systemd, its NLog file log.txt ("2026-12-01 10:00:00|ArchiSteamFarm-1234|INFO|main|OnLoggedOn() Successfully logged on!": date, process
#   and pid, level, logger (the bot's name or ASF), the calling method and the message); connecting and logging on, badge checks and card
#   farming, trades accepted and rejected, Steam's nightly maintenance and disconnects, the daily update check, an update with restart, the
#   IPC server (Kestrel), and exceptions written with their inner exceptions and "   at" frames
@checked
def log_asf(seed):
    L = Log("archisteamfarm_log_txt", seed, "full", True, True)
    g = L.g
    BOTS = ["main", "alt1", "alt2"]
    GAMES = [(730, "Counter-Strike 2"), (440, "Team Fortress 2"), (1091500, "Cyberpunk 2077"), (1245620, "ELDEN RING"), (892970, "Valheim"),
             (413150, "Stardew Valley"), (1145360, "Hades"), (367520, "Hollow Knight"), (646570, "Slay the Spire"), (105600, "Terraria"),
             (292030, "The Witcher 3: Wild Hunt"), (1174180, "Red Dead Redemption 2"), (814380, "Sekiro: Shadows Die Twice")]
    st = {"pid": g.num(700, 3000), "ver": "6.1.0.3", "farm": {b: [] for b in BOTS}, "online": set(BOTS)}

    def w(lv, who, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}|ArchiSteamFarm-{st['pid']}|{lv}|{who}|{msg}", ev, lv, who)

    def cont(text, ev, lv, who):
        L.emit(text, ev, lv, who)

    def boot():
        st["pid"] = g.num(700, 30000)
        w("INFO", "ASF", f"InitASF() ArchiSteamFarm V{st['ver']} (generic/{g.hx(40)} | .NET 8.0.{g.c([8, 10, 11])}; linux-arm64; Debian GNU/Linux 12 (bookworm))",
          "init_asf")
        w("INFO", "ASF", "InitASF() Copyright © 2015-2024 JustArchiNET", "copyright")
        w("INFO", "ASF", "UpdateAndRestart() Checking for new version...", "checking_version")
        w("INFO", "ASF", f"UpdateAndRestart() Local version: V{st['ver']} | Remote version: V{st['ver']}", "local_remote_version")
        w("INFO", "ASF", "Start() Starting IPC server...", "ipc_starting")
        w("INFO", "Microsoft.Hosting.Lifetime", "Now listening on: http://127.0.0.1:1242", "kestrel_listening")
        w("INFO", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down.", "kestrel_started")
        w("INFO", "Microsoft.Hosting.Lifetime", "Hosting environment: Production", "kestrel_env")
        w("INFO", "Microsoft.Hosting.Lifetime", "Content root path: /opt/asf/www", "kestrel_root")
        w("INFO", "ASF", "Start() IPC server ready!", "ipc_ready")
        for b in BOTS:
            w("INFO", b, "Start() Starting...", "bot_starting")
        for b in BOTS:
            connect(b)
        st["online"] = set(BOTS)

    def connect(b):
        w("INFO", b, "Connect() Connecting...", "connecting")
        L.tick(1)
        w("INFO", b, "OnConnected() Connected to Steam!", "connected")
        w("INFO", b, "OnConnected() Logging in...", "logging_in")
        L.tick(1)
        w("INFO", b, "OnLoggedOn() Successfully logged on!", "logged_on")
        badges(b)

    def badges(b):
        w("INFO", b, "CheckBadges() Checking first badge page...", "badge_first")
        if g.r.random() < 0.5:
            w("INFO", b, "CheckBadges() Checking other badge pages...", "badge_other")
        left = g.r.sample(GAMES, g.num(0, 4)) if g.r.random() < 0.6 else []
        if not left:
            w("INFO", b, "StartFarming() Nothing to idle!", "nothing_to_idle")
            st["farm"][b] = []
            return
        cards = sum(g.num(1, 4) for _ in left)
        w("INFO", b, f"StartFarming() We have a total of {len(left)} games ({cards} cards) left to farm (~{g.num(1, 9)} hours {g.num(1, 59)} minutes)...",
          "total_left")
        st["farm"][b] = left
        w("INFO", b, f"FarmSolo() Now idling: {left[0][0]} ({left[0][1]})", "now_idling")

    def farm_step():
        b = g.c([x for x in BOTS if st["farm"][x]] or BOTS)
        if not st["farm"][b]:
            return trade()
        gid, gn = st["farm"][b].pop(0)
        L.tick(600)
        w("INFO", b, f"FarmSolo() Done idling: {gid} ({gn}) after {g.num(0, 3):02d}:{g.num(0, 59):02d} of playtime!", "done_idling")
        if st["farm"][b]:
            w("INFO", b, f"FarmSolo() Now idling: {st['farm'][b][0][0]} ({st['farm'][b][0][1]})", "now_idling")
        else:
            w("INFO", b, "StopFarming() Farming finished!", "farming_finished")

    def trade():
        b = g.c(BOTS)
        tid = g.num(6000000000, 7999999999)
        x = g.r.random()
        if x < 0.5:
            w("INFO", b, f"ParseTrade() Accepting trade: {tid}", "accept_trade")
        elif x < 0.8:
            w("INFO", b, f"ParseTrade() Ignoring trade: {tid}", "ignore_trade")
        else:
            w("INFO", b, f"ParseTrade() Rejecting trade: {tid}", "reject_trade")

    def occupied():
        b = g.c(BOTS)
        w("INFO", b, "CheckOccupationStatus() Account is currently being used, ASF will resume farming when it's free...", "occupied")
        L.tick(3600)
        w("INFO", b, "CheckOccupationStatus() Account is no longer occupied, farming process resumed!", "not_occupied")

    def disconnect():
        bots = BOTS if g.r.random() < 0.6 else [g.c(BOTS)]
        for b in bots:
            w("INFO", b, "OnDisconnected() Disconnected from Steam!", "disconnected")
        for _ in range(g.num(0, 4)):
            for b in bots:
                L.tick(2)
                w("INFO", b, "Connect() Connecting...", "connecting")
                w("INFO", b, "OnConnected() Connected to Steam!", "connected")
                w("INFO", b, "OnConnected() Logging in...", "logging_in")
                w("WARN", b, f"OnLoggedOn() Unable to login to Steam: {g.c(['TryAnotherCM', 'ServiceUnavailable'])} / {g.c(['OK', 'ServiceUnavailable'])}",
                  "unable_login")
                w("INFO", b, "OnDisconnected() Disconnected from Steam!", "disconnected")
        for b in bots:
            L.tick(30)
            connect(b)

    def web_fail():
        b = g.c(BOTS)
        url = g.c(["https://steamcommunity.com/profiles/7656119{n}/badges?l=english&p=1", "https://steamcommunity.com/tradeoffer/{t}/accept",
                   "https://api.steampowered.com/IEconService/GetTradeOffers/v1?active_only=1&get_descriptions=1&get_received_offers=1"])
        url = url.format(n=g.num(8000000000, 9999999999), t=g.num(6000000000, 7999999999))
        if g.r.random() < 0.55:
            w("WARN", b, "UrlGetToHtmlDocument() Request failed after 5 tries", "request_failed")
            return
        meth = g.c(["UrlGetToHtmlDocument", "UrlPostToJsonObject", "HeartBeat"])
        w("WARN", b, f"{meth}() System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 60 seconds elapsing.",
          "exc_head:" + meth)
        cont(" ---> System.TimeoutException: The operation was canceled.", "exc_inner", "WARN", b)
        cont(" ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled.", "exc_inner", "WARN", b)
        cont(" ---> System.IO.IOException: Unable to read data from the transport connection: Operation canceled.", "exc_inner", "WARN", b)
        cont(" ---> System.Net.Sockets.SocketException (125): Operation canceled", "exc_inner", "WARN", b)
        cont("   --- End of inner exception stack trace ---", "exc_end_inner", "WARN", b)
        for fr in ["System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
                   "System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource<System.Int32>.GetResult(Int16 token)",
                   "System.Net.Security.SslStream.EnsureFullTlsFrameAsync[TIOAdapter](CancellationToken cancellationToken, Int32 estimatedSize)",
                   "System.Net.Http.HttpConnection.SendAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)"]:
            cont(f"   at {fr}", "exc_at", "WARN", b)
        cont("   --- End of inner exception stack trace ---", "exc_end_inner", "WARN", b)
        cont("   --- End of inner exception stack trace ---", "exc_end_inner", "WARN", b)
        for fr in ["System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, "
                   "CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)",
                   "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, "
                   "CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
                   "ArchiSteamFarm.Web.WebBrowser.InternalRequest[T](Uri request, HttpMethod httpMethod, IReadOnlyCollection`1 headers, T data, Uri referer, "
                   "ERequestOptions requestOptions, HttpCompletionOption httpCompletionOption, Byte maxRedirections, CancellationToken cancellationToken)",
                   f"ArchiSteamFarm.Web.WebBrowser.{meth}(Uri request, IReadOnlyCollection`1 headers, Uri referer, ERequestOptions requestOptions, Byte maxTries, "
                   "Int32 rateLimitingDelay, CancellationToken cancellationToken)"]:
            cont(f"   at {fr}", "exc_at", "WARN", b)

    def maint():
        for b in BOTS:
            w("INFO", b, "OnDisconnected() Disconnected from Steam!", "disconnected")
        for _ in range(g.num(2, 6)):
            L.tick(120)
            for b in BOTS:
                w("INFO", b, "Connect() Connecting...", "connecting")
                if g.r.random() < 0.5:
                    w("INFO", b, "OnConnected() Connected to Steam!", "connected")
                    w("INFO", b, "OnConnected() Logging in...", "logging_in")
                    w("WARN", b, "OnLoggedOn() Unable to login to Steam: ServiceUnavailable / ServiceUnavailable", "unable_login")
                w("INFO", b, "OnDisconnected() Disconnected from Steam!", "disconnected")
        for b in BOTS:
            L.tick(60)
            connect(b)

    def update_check():
        w("INFO", "ASF", "UpdateAndRestart() Checking for new version...", "checking_version")
        if g.r.random() < 0.12:
            new = f"6.1.{g.num(1, 2)}.{g.num(1, 9)}"
            w("INFO", "ASF", f"UpdateAndRestart() Local version: V{st['ver']} | Remote version: V{new}", "local_remote_version")
            w("INFO", "ASF", f"Update() Downloading new version: V{new} ({g.f(5, 6, 1)} MB)... While waiting, consider donating if you appreciate the work being "
              "done! :)", "downloading")
            L.tick(20)
            w("INFO", "ASF", "Update() Update process finished!", "update_finished")
            w("INFO", "ASF", "RestartOrExit() Restarting...", "restarting")
            st["ver"] = new
            L.tick(15)
            boot()
        else:
            w("INFO", "ASF", f"UpdateAndRestart() Local version: V{st['ver']} | Remote version: V{st['ver']}", "local_remote_version")

    boot()
    fill(L, [(14, farm_step), (9, trade), (2, occupied), (1.2, disconnect), (1.5, web_fail), (0.3, maint), (1.5, update_check)], N_LINES, 1200)
    del L.rows[N_LINES:]
    return L


# 3 ---------------------------------------------------------------- AWS CDK v2 (CLI 2.171) deploying the infrastructure of a small SaaS (five stacks: network, data, API, frontend,
#   monitoring) every night from a build box: a cron wrapper runs `npx cdk deploy --all --require-approval never` and appends everything to
#   /var/log/cdk-nightly.log between its own "==> <ISO date>" lines; synthesis (deprecation warnings, esbuild bundling of the Lambda handlers), asset
#   building and publishing, "deploying... [n/5]", CloudFormation's stack activity rows ("ApiStack | 3/14 | 2:01:04 AM | UPDATE_COMPLETE | ..." with
#   the 12-hour time of the build box, UTC), the outputs, the odd failed update with its rollback and the CLI's stack trace, the notices block
@checked
def log_cdk(seed):
    L = Log("aws_cdk_deploy_nightly", seed, "tod", True, True, start=dt.datetime(2026, 11, 1, 2, 0, 1, tzinfo=UTC))
    g = L.g
    ACC, REG = "381492650127", "eu-central-1"
    STACKS = {
        "NetworkStack": [("AWS::EC2::VPC", "Vpc"), ("AWS::EC2::Subnet", "Vpc/PrivateSubnet1/Subnet"), ("AWS::EC2::Subnet", "Vpc/PrivateSubnet2/Subnet"),
                         ("AWS::EC2::NatGateway", "Vpc/PublicSubnet1/NATGateway"), ("AWS::EC2::SecurityGroup", "DbSecurityGroup")],
        "DataStack": [("AWS::RDS::DBCluster", "Db/Cluster"), ("AWS::RDS::DBInstance", "Db/Writer"), ("AWS::SecretsManager::Secret", "Db/Secret"),
                      ("AWS::DynamoDB::Table", "SessionsTable"), ("AWS::S3::Bucket", "UploadsBucket")],
        "ApiStack": [("AWS::IAM::Role", "OrdersFn/ServiceRole"), ("AWS::Lambda::Function", "OrdersFn"), ("AWS::IAM::Role", "BillingFn/ServiceRole"),
                     ("AWS::Lambda::Function", "BillingFn"), ("AWS::ApiGateway::RestApi", "Api"), ("AWS::ApiGateway::Deployment", "Api/Deployment"),
                     ("AWS::ApiGateway::Stage", "Api/DeploymentStage.prod"), ("AWS::Lambda::Permission", "Api/Default/orders/POST/ApiPermission"),
                     ("Custom::LogRetention", "OrdersFn/LogRetention"), ("AWS::SQS::Queue", "BillingQueue")],
        "FrontendStack": [("AWS::S3::Bucket", "SiteBucket"), ("AWS::CloudFront::Distribution", "SiteDistribution"),
                          ("Custom::CDKBucketDeployment", "DeploySite/CustomResource"), ("AWS::Route53::RecordSet", "SiteAlias")],
        "MonitoringStack": [("AWS::CloudWatch::Dashboard", "Dashboard"), ("AWS::CloudWatch::Alarm", "OrdersErrors"), ("AWS::CloudWatch::Alarm", "Api5xx"),
                            ("AWS::SNS::Topic", "AlarmTopic"), ("AWS::SNS::Subscription", "AlarmTopic/oncall")],
    }
    ORDER = list(STACKS)
    OUTS = {"NetworkStack": [("ExportsOutputRefVpc8378EB38", f"vpc-0{g.hx(16)}")], "DataStack": [("DbEndpoint", f"app-db.cluster-c{g.alnum(11)}.{REG}.rds.amazonaws.com")],
            "ApiStack": [("ApiEndpoint4F160690", f"https://{g.alnum(10)}.execute-api.{REG}.amazonaws.com/prod/"),
                         ("BillingQueueUrl", f"https://sqs.{REG}.amazonaws.com/{ACC}/ApiStack-BillingQueue{g.HX(8)}-{g.alnum(12, string.ascii_letters + string.digits)}")],
            "FrontendStack": [("DistributionDomain", f"d{g.alnum(13)}.cloudfront.net")], "MonitoringStack": []}
    st = {"sha": g.hx(7), "ids": {}}

    def lid(path):
        if path not in st["ids"]:
            st["ids"][path] = path.replace("/", "").replace(".", "")[:40] + g.HX(8)
        return st["ids"][path]

    def w(text, ev, lv=None, comp=None, t=None):
        L.emit(text, ev, lv, comp, t)

    def sec(a, b):
        L.t += dt.timedelta(seconds=g.r.uniform(a, b))

    def synth():
        if g.r.random() < 0.5:
            w("[WARNING] aws-cdk-lib.aws_lambda.FunctionOptions#logRetention is deprecated.", "deprecated", "warning")
            w("  use `logGroup` instead", "deprecated_use", "warning")
            w("  This API will be removed in the next major release.", "deprecated_removed", "warning")
        for fn in ("OrdersFn", "BillingFn"):
            sec(1, 3)
            w(f"Bundling asset ApiStack/{fn}/Code/Stage...", "bundling")
            w("", "empty")
            w(f"  cdk.out/bundling-temp-{g.hx(64)}/index.js  {g.f(200, 1400, 1)}kb", "esbuild_out")
            w("", "empty")
            w(f"⚡ Done in {g.num(40, 400)}ms", "esbuild_done")
        if g.r.random() < 0.3:
            w("[Warning at /ApiStack/Api] @aws-cdk/aws-apigateway:restApiCloudWatchRoleDeprecated: The CloudWatch role is a singleton per account and region. "
              "Set cloudWatchRole: false and manage the role yourself. [ack: @aws-cdk/aws-apigateway:restApiCloudWatchRole]", "annotation_warning", "warning")
        w("", "empty")
        w(f"✨  Synthesis time: {g.f(9, 25, 2)}s", "synth_time")
        w("", "empty")

    def activity(name, i, n, status, typ, path, reason, width):
        who = name if path == name else f"{path} ({lid(path)})"
        w(f"{name} | {i:>{len(str(n))}}/{n} | {hms12(L.t)} | {status:<20} | {typ:<{width}} | {who} {reason}".rstrip(), "activity", None, name, L.t)

    def stack(k, name, fail):
        res = STACKS[name]
        width = max(len(r[0]) for r in res + [("AWS::CloudFormation::Stack", "")])
        assets = [g.hx(64)] + ([g.hx(64), g.hx(64)] if name == "ApiStack" else []) + ([g.hx(64)] if name == "FrontendStack" else [])
        for a in assets:
            w(f"{name}:  start: Building {a}:{ACC}-{REG}", "asset_building", None, name)
            w(f"{name}:  success: Built {a}:{ACC}-{REG}", "asset_built", None, name)
        for a in assets:
            w(f"{name}:  start: Publishing {a}:{ACC}-{REG}", "asset_publishing", None, name)
            sec(0.5, 4)
            w(f"{name}:  success: Published {a}:{ACC}-{REG}", "asset_published", None, name)
        w(f"{name}: deploying... [{k}/{len(ORDER)}]", "deploying", None, name)
        t0 = L.t
        changed = fail or name in ("ApiStack", "FrontendStack") and g.r.random() < 0.8 or g.r.random() < 0.15
        if changed:
            w(f"{name}: creating CloudFormation changeset...", "changeset", None, name)
            touched = [r for r in res if r[0] in ("AWS::Lambda::Function", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Stage", "Custom::CDKBucketDeployment",
                                                  "AWS::CloudWatch::Dashboard", "AWS::SQS::Queue")] or [g.c(res)]
            if g.r.random() < 0.2:
                touched = touched + [g.c(res)]
            n = 2 * len(touched) + 3
            i = 0
            sec(3, 8)
            activity(name, i, n, "UPDATE_IN_PROGRESS", "AWS::CloudFormation::Stack", name, "User Initiated", width)
            bad = g.c([r for r in touched if r[0] == "AWS::Lambda::Function"] or touched) if fail else None
            for r in touched:
                sec(2, 12)
                activity(name, i, n, "UPDATE_IN_PROGRESS", r[0], r[1], "", width)
                sec(2, 40 if r[0] != "Custom::CDKBucketDeployment" else 90)
                if r == bad:
                    why = g.c([f"Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400, "
                               f"Request ID: {g.uuid()})\" (RequestToken: {g.uuid()}, HandlerErrorCode: InvalidRequest)",
                               f"Resource handler returned message: \"Rate exceeded (Service: Lambda, Status Code: 429, Request ID: {g.uuid()})\" "
                               f"(RequestToken: {g.uuid()}, HandlerErrorCode: Throttling)"])
                    activity(name, i, n, "UPDATE_FAILED", r[0], r[1], why, width)
                    t_fail = L.t
                    sec(2, 6)
                    activity(name, i, n, "UPDATE_ROLLBACK_IN_PROGRESS", "AWS::CloudFormation::Stack", name,
                             f"The following resource(s) failed to update: [{lid(r[1])}]. ", width)
                    for r2 in touched[:touched.index(r)] + [r]:
                        sec(2, 20)
                        activity(name, i, n, "UPDATE_IN_PROGRESS", r2[0], r2[1], "", width)
                        sec(2, 20)
                        activity(name, i, n, "UPDATE_COMPLETE", r2[0], r2[1], "", width)
                    sec(2, 8)
                    activity(name, i, n, "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS", "AWS::CloudFormation::Stack", name, "", width)
                    sec(2, 8)
                    activity(name, i, n, "UPDATE_ROLLBACK_COMPLETE", "AWS::CloudFormation::Stack", name, "", width)
                    w("", "empty")
                    w("Failed resources:", "failed_resources")
                    w(f"{name} | {hms12(t_fail)} | {'UPDATE_FAILED':<20} | {r[0]:<{width}} | {r[1]} ({lid(r[1])}) {why}", "failed_row", None, name, t_fail)
                    msg = f"The stack named {name} failed to deploy: UPDATE_ROLLBACK_COMPLETE: {why}"
                    w("", "empty")
                    w(f" ❌  {name} failed: Error: {msg}", "stack_failed")
                    for fr in ["FullCloudFormationDeployment.monitorDeployment (/home/deploy/infra/node_modules/aws-cdk/lib/index.js:455:10568)",
                               "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                               "async Object.deployStack2 [as deployStack] (/home/deploy/infra/node_modules/aws-cdk/lib/index.js:458:200276)",
                               "async /home/deploy/infra/node_modules/aws-cdk/lib/index.js:458:181698"]:
                        w(f"    at {fr}", "js_at")
                    w("", "empty")
                    w(f" ❌ Deployment failed: Error: {msg}", "deployment_failed")
                    return False
                i += 1
                activity(name, i, n, "UPDATE_COMPLETE", r[0], r[1], "", width)
            sec(2, 6)
            i += 1
            activity(name, i, n, "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "AWS::CloudFormation::Stack", name, "", width)
            for r in touched:
                if r[0] in ("AWS::ApiGateway::Deployment",) and g.r.random() < 0.7:
                    sec(1, 5)
                    activity(name, i, n, "DELETE_IN_PROGRESS", r[0], r[1], "", width)
                    sec(1, 5)
                    activity(name, i, n, "DELETE_COMPLETE", r[0], r[1], "", width)
            sec(1, 5)
            i += 1
            activity(name, i, n, "UPDATE_COMPLETE", "AWS::CloudFormation::Stack", name, "", width)
            w("", "empty")
            w(f" ✅  {name}", "stack_ok")
        else:
            sec(1, 3)
            w("", "empty")
            w(f" ✅  {name} (no changes)", "stack_no_changes")
        w("", "empty")
        w(f"✨  Deployment time: {(L.t - t0).total_seconds():.2f}s", "deployment_time")
        w("", "empty")
        if OUTS[name]:
            w("Outputs:", "outputs")
            for k2, v in OUTS[name]:
                w(f"{name}.{k2} = {v}", "output")
        w("Stack ARN:", "stack_arn")
        w(f"arn:aws:cloudformation:{REG}:{ACC}:stack/{name}/{st.setdefault(name, g.uuid())}", "arn")
        w("", "empty")
        w(f"✨  Total time: {(L.t - t0).total_seconds() + g.r.uniform(9, 25):.2f}s", "total_time")
        w("", "empty")
        return True

    def night():
        L.t = L.t.replace(hour=2, minute=0, second=1, microsecond=0) + dt.timedelta(days=1)
        if g.r.random() < 0.7:
            st["sha"] = g.hx(7)
        w(f"==> {L.t:%Y-%m-%dT%H:%M:%S}Z nightly deploy of infra@{st['sha']} (main)", "wrap_start", None, None, L.t)
        sec(20, 60)
        synth()
        ok = True
        fail_at = g.c(["ApiStack", "ApiStack", "FrontendStack"]) if g.r.random() < 0.15 else None
        for k, name in enumerate(ORDER, 1):
            if not stack(k, name, name == fail_at):
                ok = False
                break
        if g.r.random() < 0.35:
            w("", "empty")
            w("NOTICES         (What's this? https://github.com/aws/aws-cdk/wiki/CLI-Notices)", "notices_head")
            w("", "empty")
            w("31885\t(cli): Bootstrap stack outdated", "notice_title")
            w("", "empty")
            w("\tOverview: The bootstrap stack in aws://381492650127/eu-central-1 is outdated.", "notice_overview")
            w("\t          We recommend at least version 21, distributed with CDK CLI", "notice_overview_cont")
            w("\t          2.149.0 or higher. Please rebootstrap your environment by", "notice_overview_cont")
            w("\t          runing 'cdk bootstrap aws://381492650127/eu-central-1'", "notice_overview_cont")
            w("", "empty")
            w("\tAffected versions: bootstrap: <21", "notice_affected")
            w("", "empty")
            w("\tMore information at: https://github.com/aws/aws-cdk/issues/31885", "notice_more")
            w("", "empty")
            w("", "empty")
            w("If you don’t want to see a notice anymore, use \"cdk acknowledge <id>\". For example, \"cdk acknowledge 31885\".", "notices_ack")
        sec(1, 3)
        w(f"==> {L.t:%Y-%m-%dT%H:%M:%S}Z exit code {0 if ok else 1}", "wrap_exit", None, None, L.t)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 4 ---------------------------------------------------------------- Barracuda Web Application Firewall (a 460 appliance, firmware 12.1) in front of a regional insurer's customer portal
#   and broker API, sending its web firewall (WF), access (TR), audit (AUDIT) and system (SYS) logs to the SIEM's rsyslog, which writes them with
#   its own stamp and the sender's address in front of the unit's own "2026-12-01 10:00:00.123 +0000 waf01" (the appliance on UTC); the access
#   rows of every request, attacks detected and denied (SQL injection, cross-site scripting, the scanners' probes, rate limits), admins changing
#   policies in the GUI, and the system's notices (back-end servers down and up, certificate expiry, firmware and attack definition updates)
@checked
def log_barracuda(seed):
    L = Log("barracuda_waf_syslog", seed, "noyear", True, True)
    g = L.g
    SVC = [("10.60.1.10", 443, "portal.versicherung-nord.de"), ("10.60.1.11", 443, "api.versicherung-nord.de"), ("10.60.1.12", 80, "portal.versicherung-nord.de")]
    SRV = {"10.60.1.10": ["10.61.0.21", "10.61.0.22"], "10.60.1.11": ["10.61.0.31", "10.61.0.32", "10.61.0.33"], "10.60.1.12": ["10.61.0.21"]}
    URLS = ["/", "/login", "/kundenportal/vertraege", "/kundenportal/schaden/melden", "/static/js/app.{h}.js", "/static/css/main.{h}.css", "/api/v2/policies/{n}",
            "/api/v2/claims", "/api/v2/claims/{n}/documents", "/api/v2/quotes", "/favicon.ico", "/kundenportal/postfach", "/api/v2/brokers/{n}/commissions"]
    UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
          "okhttp/4.12.0", "BrokerSync/3.2 (+https://makler-software.example)", "python-requests/2.32.3"]

    def stamp():
        return f"{syslog_ts(L.t)} 10.60.0.5 {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +0000 waf01"

    def url():
        return g.c(URLS).format(h=g.hx(8), n=g.num(100000, 999999))

    def tr():
        ms_(L, 0, 900)
        sip, sport, host = g.c(SVC)
        cip = g.ip("pub")
        m = g.c(["GET"] * 8 + ["POST", "POST", "PUT", "HEAD"])
        st = g.c([200] * 20 + [304, 302, 301, 404, 401, 500, 503, 204])
        uid = g.c(["\"-\""] * 6 + [f"\"{g.user()}@makler-{g.num(1, 40)}\""])
        u = url()
        q = g.c(["\"-\""] * 5 + [f"page={g.num(1, 9)}&size=20", f"lang=de&ts={int(epoch(L.t))}"])
        L.emit(f"{stamp()} TR {sip} {sport} {cip} {g.port()} {uid} \"-\" {m} {'HTTPS' if sport == 443 else 'HTTP'} {host} HTTP/{g.c(['1.1', '1.1', '2.0'])} {st} "
               f"{g.num(200, 90000)} {g.num(0, 1)} {g.num(1, 900)} {g.num(0, 800)} {g.num(300, 4000)} {g.c(SRV[sip])} {g.c([8080, 8443])} \"-\" \"-\" "
               f"{g.HX(16)}-{g.hx(8)} {u} {q} SERVER \"{g.c(['-', 'https://' + host + '/kundenportal/vertraege'])}\" \"{g.c(UA)}\" 1 {g.c(['-', 'TLSv1.3', 'TLSv1.2'])}",
               "tr", None, "TR")

    def wf():
        ms_(L, 0, 900)
        sip, sport, host = g.c(SVC)
        cip = g.ip("pub")
        kind = g.c([("ALER", "SQL_INJECTION_IN_URL", "global", "GLOBAL", "DENY", "NONE", '[type="sql-injection-medium" pattern="sql-tautology" token="1=1" '
                     'context="url-param"]', "injection attacks"),
                    ("ALER", "CROSS_SITE_SCRIPTING_IN_PARAM", "global", "GLOBAL", "DENY", "NONE", '[type="cross-site-scripting-strict" pattern="script-tag" '
                     'token="<script" context="param:q"]', "injection attacks"),
                    ("WARN", "DIRECTORY_TRAVERSAL_BEYOND_ROOT", "global", "GLOBAL", "DENY", "NONE", "[]", "forceful browsing"),
                    ("WARN", "PRE_1000_0000", "/", "URL_POLICY", "LOG", "NONE", '[Matched scanner signature "Nikto"]', "advanced policy violations"),
                    ("NOTI", "FORBIDDEN_EXTENSION", "/", "URL_POLICY", "DENY", "NONE", '[extension=".bak"]', "forceful browsing"),
                    ("WARN", "BRUTE_FORCE_FROM_IP", "/login", "URL_DDOS", "DENY", "BLOCK_IP", f"[{g.num(20, 90)} requests in 60 seconds]", "application DDoS"),
                    ("ALER", "OS_CMD_INJECTION_IN_PARAM", "global", "GLOBAL", "DENY", "NONE", '[type="os-command-injection-strict" pattern="shell-pipe" '
                     'token="|cat" context="param:file"]', "injection attacks"),
                    ("NOTI", "HEADER_VALUE_LENGTH_EXCEEDED", "global", "GLOBAL", "DENY", "NONE", "[header=Cookie length=9123]", "protocol violations"),
                    ("INFO", "GEO_IP_BLOCKED", "global", "GLOBAL", "DENY", "NONE", f"[country={g.c(['RU', 'CN', 'KP', 'IR'])}]", "ip reputation")])
        lv, atk, rule, rtype, act, follow, det, grp = kind
        m = g.c(["GET", "GET", "POST"])
        u = url() if atk != "DIRECTORY_TRAVERSAL_BEYOND_ROOT" else "/static/../../../../etc/passwd"
        L.emit(f"{stamp()} WF {lv} {atk} {cip} {g.port()} {sip} {sport} {rule} {rtype} {act} {follow} {det} {m} {host}{u} {'HTTPS' if sport == 443 else 'HTTP'} "
               f"\"-\" \"{g.c(UA + ['Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000126)', 'sqlmap/1.8.11#stable (https://sqlmap.org)'])}\" {cip} {g.port()} \"-\" "
               f"\"-\" {g.hx(12)}-{g.hx(8)} \"{grp}\"", "wf", lv, "WF")

    def audit():
        adm = g.c(["admin", "s.petersen", "j.krause"])
        ip = f"10.50.0.{g.num(10, 40)}"
        if g.r.random() < 0.3:
            L.emit(f"{stamp()} AUDIT {adm} GUI {ip} {g.port()} LOGIN {g.num(100, 9999)} - - - - - - - - []", "audit", None, "AUDIT")
            return
        obj, var, old, new = g.c([("web_firewall_policy default", "url_protect_status", '"On"', '"Off"'),
                                  ("web_firewall_policy default", "url_protect_status", '"Off"', '"On"'),
                                  ("service portal_https", "comment", '""', '"Wartung 01.12."'),
                                  ("server 10.61.0.22", "status", '"In Service"', '"Out of Service Maintenance"'),
                                  ("server 10.61.0.22", "status", '"Out of Service Maintenance"', '"In Service"'),
                                  ("allow_deny_url api_quotes", "action", '"Allow"', '"Deny and Log"'),
                                  ("rate_control_pool login_pool", "max_requests", '"60"', '"30"')])
        ot, on = obj.split(" ")
        L.emit(f"{stamp()} AUDIT {adm} GUI {ip} {g.port()} CONFIG {g.num(100, 9999)} config SET {ot} {on} {var} {old} {new} []", "audit", None, "AUDIT")

    def sys_():
        x = g.r.random()
        if x < 0.3:
            srv = g.c(sum(SRV.values(), []))
            L.emit(f"{stamp()} SYS STM ALER 79007 Server {srv}:{g.c([8080, 8443])} is down: health check failed (connection timed out)", "sys_server_down", "ALER", "SYS|STM")
            L.tick(120)
            L.emit(f"{stamp()} SYS STM INFO 79008 Server {srv}:{g.c([8080, 8443])} is up", "sys_server_up", "INFO", "SYS|STM")
        elif x < 0.5:
            L.emit(f"{stamp()} SYS UPDATE INFO 52544 Attack Definitions updated to version 2.1.{g.num(300, 400)}", "sys_attack_defs", "INFO", "SYS|UPDATE")
        elif x < 0.65:
            L.emit(f"{stamp()} SYS CERT WARN 56020 Certificate \"portal-2026\" will expire in {g.num(5, 29)} days", "sys_cert_expiry", "WARN", "SYS|CERT")
        elif x < 0.8:
            L.emit(f"{stamp()} SYS BACKUP NOTI 43102 Configuration backup to ftp://10.50.0.9/waf-backups/ completed", "sys_backup", "NOTI", "SYS|BACKUP")
        elif x < 0.9:
            L.emit(f"{stamp()} SYS SYS WARN 38001 CPU usage high: {g.num(85, 99)}% for 300 seconds", "sys_cpu", "WARN", "SYS")
        else:
            L.emit(f"{stamp()} SYS UPDATE NOTI 43110 Energize Updates: new security definitions available ({g.num(1, 5)} new)", "sys_energize", "NOTI", "SYS|UPDATE")

    fill(L, [(80, tr), (16, wf), (1.5, audit), (2.5, sys_)], N_LINES, 3)
    del L.rows[N_LINES:]
    return L


# 5 ---------------------------------------------------------------- Clash Premium (2023.08) as the transparent proxy of a home server in Shanghai (TUN mode, a subscription of Hong Kong,
#   Japan and Singapore nodes, rule sets for direct and proxied traffic), run under systemd with its output appended to /var/log/clash.log by
#   the unit's StandardOutput= (logrus' text format without a terminal: time="2026-12-01T18:00:00.123456789+08:00" level=info msg="..."); the
#   start-up, every connection's rule match ("[TCP] 192.168.1.23:51234 --> www.youtube.com:443 match RuleSet(proxy) using Proxy[🇭🇰 HK 02]"),
#   dial failures when a node drops, DNS errors, provider and GeoIP updates, the odd restart
@checked
def log_clash(seed):
    L = Log("clash_premium_log", seed, "full", True, False)
    g = L.g
    CLIENTS = ["192.168.1.23", "192.168.1.31", "192.168.1.40", "192.168.1.52", "198.18.0.1", "192.168.1.77"]
    NODES = ["🇭🇰 HK 01", "🇭🇰 HK 02", "🇭🇰 HK 03 IEPL", "🇯🇵 JP 01", "🇯🇵 JP 02", "🇸🇬 SG 01", "🇺🇸 US 01"]
    PROXIED = [("www.google.com", 443, "RuleSet(proxy)"), ("www.youtube.com", 443, "RuleSet(proxy)"), ("i.ytimg.com", 443, "RuleSet(proxy)"),
               ("rr3---sn-i3belne6.googlevideo.com", 443, "DomainKeyword(googlevideo)"), ("api.github.com", 443, "DomainSuffix(github.com)"),
               ("github.com", 443, "DomainSuffix(github.com)"), ("objects.githubusercontent.com", 443, "DomainSuffix(githubusercontent.com)"),
               ("api.openai.com", 443, "RuleSet(proxy)"), ("www.reddit.com", 443, "RuleSet(proxy)"), ("registry-1.docker.io", 443, "DomainSuffix(docker.io)"),
               ("api.telegram.org", 443, "RuleSet(telegramcidr)"), ("149.154.167.51", 443, "RuleSet(telegramcidr)"), ("pypi.org", 443, "RuleSet(proxy)")]
    DIRECT = [("www.baidu.com", 443, "RuleSet(direct)"), ("api.weixin.qq.com", 443, "RuleSet(direct)"), ("mmbiz.qpic.cn", 443, "RuleSet(direct)"),
              ("www.bilibili.com", 443, "RuleSet(direct)"), ("upos-sz-mirrorcos.bilivideo.com", 443, "RuleSet(direct)"), ("mirrors.aliyun.com", 443, "RuleSet(direct)"),
              ("dns.alidns.com", 443, "RuleSet(direct)"), ("192.168.1.1", 80, "RuleSet(lancidr)"), ("114.114.114.114", 53, "GeoIP(CN)"),
              ("time.apple.com", 123, "RuleSet(applications)"), ("ntp.aliyun.com", 123, "RuleSet(direct)")]
    REJECT = [("mon.zijieapi.com", 443, "RuleSet(reject)"), ("ads.youku.com", 80, "RuleSet(reject)"), ("adservice.google.com", 443, "RuleSet(reject)")]
    st = {"node": g.c(NODES), "down": None}

    def w(lv, msg, ev):
        ms_(L, 0, 300)
        loc = L.t.astimezone(CST)
        m = msg.replace("\\", "\\\\").replace('"', '\\"')
        L.emit(f'time="{loc:%Y-%m-%dT%H:%M:%S}.{us6(loc)}{g.num(0, 999):03d}+08:00" level={lv} msg="{m}"', ev, lv)

    def start():
        w("info", "Start initial compatible provider default", "initial_compatible_provider")
        w("info", "Start initial compatible provider Proxy", "initial_compatible_provider")
        w("info", "Start initial provider subscription", "initial_provider")
        w("info", "Start initial provider telegramcidr", "initial_provider")
        w("info", "inbound redir://:7892 create success.", "inbound_created")
        w("info", "inbound mixed://:7890 create success.", "inbound_created")
        w("info", "RESTful API listening at: [::]:9090", "restful_api")
        w("info", "Mixed(http+socks) proxy listening at: [::]:7890", "mixed_listening")
        w("info", "Redirect proxy listening at: [::]:7892", "redir_listening")
        w("info", "TUN stack listening at: Meta(gvisor)", "tun_listening")
        w("info", "DNS server listening at: 0.0.0.0:1053", "dns_listening")

    def conn():
        src = f"{g.c(CLIENTS)}:{g.port()}"
        x = g.r.random()
        udp = g.r.random() < 0.08
        if x < 0.55:
            d = g.c(PROXIED)
            node = st["node"]
            if st["down"] == node and g.r.random() < 0.7:
                err = g.c([f"dial tcp {g.ip('pub')}:{g.c([443, 8443, 20001])}: i/o timeout", "context deadline exceeded", "connect failed: dial tcp: lookup "
                           "hk02.node.example-airport.net: i/o timeout", "EOF"])
                w("warning", f"[TCP] dial Proxy (match {d[2].replace('(', '/').rstrip(')')}) {src} --> {d[0]}:{d[1]} error: {err}", "dial_error")
                return
            w("info", f"[{'UDP' if udp else 'TCP'}] {src} --> {d[0]}:{d[1]} match {d[2]} using Proxy[{node}]", "match_udp" if udp else "match_tcp")
        elif x < 0.9:
            d = g.c(DIRECT)
            w("info", f"[{'UDP' if udp or d[1] in (53, 123) else 'TCP'}] {src} --> {d[0]}:{d[1]} match {d[2]} using DIRECT", "match_udp" if udp or d[1] in (53, 123) else "match_tcp")
        elif x < 0.96:
            d = g.c(REJECT)
            w("info", f"[TCP] {src} --> {d[0]}:{d[1]} match {d[2]} using REJECT", "match_tcp")
        else:
            host = g.c([f"{g.alnum(10)}.cdn.example-game.cn", f"{g.ip('pub')}", f"telemetry.{g.c(['smartdevice', 'iot-hub', 'camcloud'])}.com"])
            w("info", f"[TCP] {src} --> {host}:{g.c([443, 80, 8883])} doesn't match any rule using DIRECT", "no_match")

    def node_trouble():
        st["down"] = st["node"]
        for _ in range(g.num(4, 12)):
            L.tick(2)
            conn()
            conn()
        if g.r.random() < 0.6:
            st["node"] = g.c([n for n in NODES if n != st["node"]])
        st["down"] = None

    def dns_err():
        host = g.c(["www.google.com", "clients4.google.com", "github.com", "time.android.com", "mtalk.google.com", "api.openai.com"])
        if g.r.random() < 0.6:
            w("warning", f"[DNS] resolve {host} error: all DNS requests failed, first error: read udp 192.168.1.5:{g.port()}->8.8.8.8:53: i/o timeout", "dns_error")
        else:
            w("warning", f"[DNS] resolve {host} error: couldn't find ip", "dns_error")

    def provider():
        x = g.r.random()
        if x < 0.6:
            w("info", "[Provider] subscription's proxies doesn't change", "provider_unchanged")
        elif x < 0.85:
            w("warning", f"[Provider] subscription pull error: Get \"https://sub.example-airport.net/api/v1/client/subscribe?token={g.hx(32)}\": "
              "context deadline exceeded", "provider_pull_error")
        else:
            w("info", "[Provider] telegramcidr's rules doesn't change", "ruleset_unchanged")

    def restart():
        L.tick(5)
        start()

    start()
    fill(L, [(300, conn), (2, node_trouble), (6, dns_err), (3, provider), (0.2, restart)], N_LINES, 6)
    del L.rows[N_LINES:]
    return L


# 6 ---------------------------------------------------------------- ConfigServer Security & Firewall (csf/lfd 14.20) on a cPanel shared-hosting server (AlmaLinux 8, Exim, Dovecot,
#   Pure-FTPd, Apache with ModSecurity), lfd's own log /var/log/lfd.log ("Dec  1 10:00:00 cp12 lfd[1234]: ..."): the daemon starting and listing
#   what it watches, blocklists and IPSET sets loaded, brute-force blocks of SSH, SMTP AUTH, IMAP/POP3, FTP and cPanel logins, ModSecurity and
#   port-scan and connection-tracking blocks, temporary blocks expiring, permanent blocks after repeated temporary ones, excessive resource usage
#   and suspicious processes of the hosting accounts, file-system integrity alerts after updates
@checked
def log_lfd(seed):
    L = Log("csf_lfd_log", seed, "noyear", False, True)
    g = L.g
    CC = [("CN", "China"), ("RU", "Russia"), ("US", "United States"), ("BR", "Brazil"), ("VN", "Vietnam"), ("IN", "India"), ("DE", "Germany"), ("NL", "The Netherlands"),
          ("ID", "Indonesia"), ("KR", "Republic of Korea"), ("UA", "Ukraine"), ("SG", "Singapore")]
    ACCTS = ["shopbakery", "lawfirm01", "dentalcare", "wpblog22", "photoart", "sportsclub", "autohaus", "kita-sonne", "weddingpix", "techstart"]
    TRIG = [("sshd", "Failed SSH login from", "LF_SSHD", 5, 22),
            ("smtpauth", "Failed SMTP AUTH login from", "LF_SMTPAUTH", 5, 30),
            ("imapd", "Failed IMAP login from", "LF_IMAPD", 10, 12),
            ("pop3d", "Failed POP3 login from", "LF_POP3D", 10, 5),
            ("ftpd", "Failed FTP login from", "LF_FTPD", 10, 8),
            ("cpanel", "Failed cPanel login from", "LF_CPANEL", 5, 6),
            ("htpasswd", "Failed web page login from", "LF_HTACCESS", 5, 3)]
    st = {"pid": g.num(1000, 5000), "temp": []}

    def w(msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{syslog_ts(L.t)} cp12 lfd[{st['pid']}]: {msg}", ev, None, "lfd")

    def cc():
        c = g.c(CC)
        return f"{c[0]}/{c[1]}/-"

    def ip():
        return g.c([g.ip("pub"), g.ip("pub"), f"{g.c([45, 92, 103, 141, 179, 218])}.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}"])

    def start():
        st["pid"] = g.num(1000, 60000)
        w("daemon started on cp12.hostingnord.de - csf v14.20 (cPanel)", "daemon_started")
        w("CSF Tracking...", "csf_tracking")
        w("IPv6 Enabled...", "ipv6_enabled")
        for f in ["/var/log/secure", "/var/log/messages", "/var/log/exim_mainlog", "/var/log/maillog", "/usr/local/apache/logs/error_log",
                  "/usr/local/cpanel/logs/login_log", "/var/log/lfd.log"]:
            w(f"Watching {f}...", "watching")
        for s in ["ID Tracking...", "Directory Watching...", "System Integrity Checking...", "Process Tracking...", "Account Tracking...", "Connection Tracking...",
                  "Port Scan Tracking...", "Temp to Perm Block Tracking...", "Blocklist Tracking..."]:
            w(s, "tracking:" + s.split()[0])
        for bl, n in [("SPAMDROP", g.num(800, 1100)), ("SPAMEDROP", g.num(20, 90)), ("DSHIELD", 20), ("BFB", g.num(2000, 9000))]:
            w(f"Retrieved and blocking blocklist {bl} IP address ranges", "blocklist_retrieved")
            w(f"IPSET: loading set new_{bl} with {n} entries", "ipset_loading")
            w(f"IPSET: switching set new_{bl} to bl_{bl}", "ipset_switching")
            w(f"IPSET: loading set new_6_{bl} with 0 entries", "ipset_loading")
            w(f"IPSET: switching set new_6_{bl} to bl_6_{bl}", "ipset_switching")

    def brute():
        app, text, code, hits, _ = g.c([t for t in TRIG for _ in range(t[4])])
        a = ip()
        ttl = g.c([3600, 3600, 86400]) if code != "LF_CPANEL" else 3600
        w(f"({app}) {text} {a} ({cc()}): {hits} in the last 3600 secs - *Blocked in csf* for {ttl} secs [{code}]", "block:" + code)
        st["temp"].append((L.t + dt.timedelta(seconds=ttl), a))

    def modsec():
        a = ip()
        w(f"(mod_security) mod_security (id:{g.c([210730, 211200, 218500, 212000, 214940])}) triggered by {a} ({cc()}): {g.c([5, 5, 10])} in the last 3600 secs - "
          f"*Blocked in csf* for 3600 secs [LF_MODSEC]", "block:LF_MODSEC")
        st["temp"].append((L.t + dt.timedelta(seconds=3600), a))

    def portscan():
        a = ip()
        w(f"*Port Scan* detected from {a} ({cc()}). {g.num(11, 90)} hits in the last {g.num(20, 290)} seconds - *Blocked in csf* for 3600 secs [PS_LIMIT]",
          "portscan")
        st["temp"].append((L.t + dt.timedelta(seconds=3600), a))

    def conntrack():
        a = ip()
        w(f"(CT) IP {a} ({cc()}) found to have {g.num(301, 900)} connections - *Blocked in csf* for 1800 secs [CT_LIMIT]", "ct_limit")
        st["temp"].append((L.t + dt.timedelta(seconds=1800), a))

    def unblock():
        due = sorted(x for x in st["temp"] if x[0] <= L.t)
        if not due:
            return brute()
        st["temp"].remove(due[0])
        w(f"Incoming IP {due[0][1]} temporary block removed", "temp_removed")

    def perm():
        a = ip()
        w(f"(PERMBLOCK) {a} ({cc()}) has had more than 4 temp blocks in the last 86400 secs - *Blocked in csf* [LF_PERMBLOCK]", "permblock")

    def distattack():
        acct = "info@" + g.c(["baeckerei-mueller.de", "kanzlei-berg.de", "zahnarzt-lange.de", "autohaus-kern.de"])
        w(f"Distributed SMTP AUTH attack on account [{acct}] from {g.num(5, 30)} IP addresses - *Blocked in csf* for 3600 secs [LF_DISTATTACK]", "distattack")

    def resource():
        acct = g.c(ACCTS)
        pid = g.num(1000, 4000000)
        if g.r.random() < 0.7:
            w(f"*Excessive resource usage* {acct} ({pid} (Parent PID:{pid - g.num(1, 50)}))", "excessive_usage")
        else:
            exe = g.c(["/tmp/.x/kswapd0", "/dev/shm/.s/xmrig", f"/home/{acct}/public_html/wp-content/uploads/2024/03/.cache/php"])
            w(f"*Suspicious Process* PID:{pid} PPID:{g.num(1, 3000)} User:{acct} Uptime:{g.num(60, 9000)} secs EXE:{exe} CMD:{exe.split('/')[-1]} "
              f"{g.c(['-o pool.example.net:3333', '--donate-level 1', ''])}".rstrip(), "suspicious_process")

    def integrity():
        files = " ".join(g.r.sample(["/usr/bin/curl", "/usr/bin/openssl", "/usr/sbin/sshd", "/usr/bin/ls", "/usr/bin/ps", "/usr/bin/bash", "/usr/bin/wget"], g.num(1, 4)))
        w(f"*System Integrity* has detected modified file(s): {files}", "system_integrity")

    def su():
        w(f"*SU login* Successful login as root by {g.c(['mario', 'sven', 'deploy'])} from /dev/pts/{g.num(0, 4)}", "su_login")

    start()
    fill(L, [(40, brute), (6, modsec), (4, portscan), (2, conntrack), (30, unblock), (1.5, perm), (0.8, distattack), (5, resource), (0.3, integrity),
             (1, su), (0.05, start)], N_LINES, 120)
    del L.rows[N_LINES:]
    return L


# 7 ---------------------------------------------------------------- dnsmasq 2.89 as the DHCP, TFTP and DNS server of a university HPC cluster's provisioning network (PXE and iPXE
#   boots of the compute nodes, leases for the BMCs and the lab's laptops), log-facility=/var/log/dnsmasq.log with log-dhcp on: "Dec  1 10:00:00
#   dnsmasq-dhcp[812]: 3125408611 DHCPACK(eno1) 10.10.0.123 52:54:00:ab:cd:ef node07" (no host name, the program names dnsmasq, dnsmasq-dhcp and
#   dnsmasq-tftp); the start-up lines, every DHCP exchange with its transaction id, vendor and user class, tags, requested and sent options,
#   TFTP transfers of the boot loaders, a reload on SIGHUP after the hosts file was edited, upstream DNS trouble
@checked
def log_dnsmasq(seed):
    L = Log("dnsmasq_dhcp_tftp_log", seed, "noyear", False, True)
    g = L.g
    NODES = [(f"node{n:02d}", f"10.10.0.{100 + n}", "52:54:00:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))) for n in range(1, 41)]
    BMCS = [(f"bmc{n:02d}", f"10.10.1.{100 + n}", "3c:ec:ef:" + ":".join(f"{g.num(0, 255):02x}" for _ in range(3))) for n in range(1, 41)]
    OPTS_PXE = ["1:netmask, 2:time-offset, 3:router, 4, 5, 6:dns-server, ", "12:hostname, 13:boot-file-size, 15:domain-name, ", "17:root-path, 18:extension-path, "
                "22:max-datagram-reassembly, 23:default-ttl, ", "28:broadcast, 40:nis-domain, 41:nis-server, ", "42:ntp-server, 43:vendor-encap, 50:requested-address, ",
                "51:lease-time, 54:server-identifier, 58:T1, 59:T2, ", "60:vendor-class, 66:tftp-server, 67:bootfile-name, ", "97:client-machine-id, 128, 129, 130, 131, ",
                "132, 133, 134, 135"]
    OPTS_LINUX = ["1:netmask, 28:broadcast, 2:time-offset, 3:router, ", "15:domain-name, 6:dns-server, 119:domain-search, ", "12:hostname, 44:netbios-ns, 47:netbios-scope, ",
                  "26:mtu, 121:classless-static-route, 42:ntp-server"]
    st = {"pid": 812}

    def w(prog, msg, ev):
        ms_(L, 0, 30)
        L.emit(f"{syslog_ts(L.t)} {prog}[{st['pid']}]: {msg}", ev, None, prog)

    def start():
        st["pid"] = g.num(600, 40000)
        w("dnsmasq", "started, version 2.89 cachesize 1000", "started")
        w("dnsmasq", "compile time options: IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset nftset auth cryptohash DNSSEC loop-detect "
          "inotify dumpfile", "compile_options")
        w("dnsmasq-dhcp", "DHCP, IP range 10.10.0.200 -- 10.10.0.250, lease time 12h", "dhcp_range")
        w("dnsmasq-dhcp", "DHCP, static leases only on 10.10.0.0, lease time 1d", "dhcp_static")
        w("dnsmasq-dhcp", "DHCP, static leases only on 10.10.1.0, lease time 1d", "dhcp_static")
        w("dnsmasq-tftp", "TFTP root is /srv/tftp secure mode", "tftp_root")
        w("dnsmasq", "using nameserver 10.0.0.53#53", "using_nameserver")
        w("dnsmasq", "using nameserver 10.0.0.54#53", "using_nameserver")
        w("dnsmasq", "using only locally-known addresses for cluster.hpc.uni-example.de", "local_domain")
        w("dnsmasq", "read /etc/hosts - 9 names", "read_hosts")
        w("dnsmasq", "read /etc/dnsmasq.d/cluster.hosts - 82 names", "read_hosts")
        w("dnsmasq-dhcp", "read /etc/ethers - 0 addresses", "read_ethers")

    def xid():
        return g.num(10 ** 8, 4294967295)

    def sent(x, opts):
        for size, num, name, val in opts:
            w("dnsmasq-dhcp", f"{x} sent size:{size:3d} option:{num:3d} {name}  {val}", "sent_option")

    def exchange(host, ip, mac, kind):
        x = xid()
        iface = "eno1"
        tags = {"pxe": "pxe, efi64, known, eno1", "ipxe": "ipxe, efi64, known, eno1", "linux": "known, eno1", "bmc": "bmc, known, eno1"}[kind]
        vc = {"pxe": "PXEClient:Arch:00007:UNDI:003016", "ipxe": "PXEClient:Arch:00007:UNDI:003010", "linux": None, "bmc": "udhcp 1.34.1"}[kind]
        steps = [("DHCPDISCOVER", "DHCPOFFER"), ("DHCPREQUEST", "DHCPACK")] if kind in ("pxe", "ipxe") else [("DHCPREQUEST", "DHCPACK")]
        boot = {"pxe": "ipxe.efi", "ipxe": "http://10.10.0.1/boot/node.ipxe"}.get(kind)
        for req, ans in steps:
            w("dnsmasq-dhcp", f"{x} available DHCP range: 10.10.0.200 -- 10.10.0.250", "available_range")
            if vc:
                w("dnsmasq-dhcp", f"{x} vendor class: {vc}", "vendor_class")
            if kind == "ipxe":
                w("dnsmasq-dhcp", f"{x} user class: iPXE", "user_class")
            w("dnsmasq-dhcp", f"{x} {req}({iface}) {ip + ' ' if req == 'DHCPREQUEST' else ''}{mac}", req.lower())
            w("dnsmasq-dhcp", f"{x} tags: {tags}", "tags")
            w("dnsmasq-dhcp", f"{x} {ans}({iface}) {ip} {mac}{' ' + host if ans == 'DHCPACK' else ''}", ans.lower())
            for line in (OPTS_PXE if kind in ("pxe", "ipxe") else OPTS_LINUX if kind == "linux" else OPTS_LINUX[:2]):
                w("dnsmasq-dhcp", f"{x} requested options: {line}", "requested_options")
            if boot:
                w("dnsmasq-dhcp", f"{x} bootfile name: {boot}", "bootfile_name")
                w("dnsmasq-dhcp", f"{x} next server: 10.10.0.1", "next_server")
            if kind in ("pxe", "ipxe"):
                w("dnsmasq-dhcp", f"{x} broadcast response", "broadcast_response")
            opts = [(1, 53, "message-type", 2 if ans == "DHCPOFFER" else 5), (4, 54, "server-identifier", "10.10.0.1"), (4, 51, "lease-time", "1d"),
                    (4, 58, "T1", "12h"), (4, 59, "T2", "21h"), (4, 1, "netmask", "255.255.255.0"), (4, 28, "broadcast", "10.10.0.255"),
                    (4, 3, "router", "10.10.0.1"), (4, 6, "dns-server", "10.10.0.1")]
            if kind != "bmc":
                opts.append((23, 15, "domain-name", "cluster.hpc.uni-example.de"))
                opts.append((len(host), 12, "hostname", host))
            if kind == "pxe":
                opts.append((17, 43, "vendor-encap", "06:01:08:0a:04:00:50:58:45:09:14:00:00:11..."))
            if kind == "ipxe":
                opts.append((8, 175, "", "b1:05:01:80:86:15:f3:eb:03:01:00:00:15:01:01:22:01:01..."))
            sent(x, opts)
            L.tick(0.2)
        if boot == "ipxe.efi":
            L.tick(0.5)
            if g.r.random() < 0.3:
                w("dnsmasq-tftp", f"error 8 User aborted the transfer received from {ip}", "tftp_error_received")
            w("dnsmasq-tftp", f"sent /srv/tftp/ipxe.efi to {ip}", "tftp_sent")

    def pxe_boot():
        host, ip, mac = g.c(NODES)
        exchange(host, ip, mac, "pxe")
        L.tick(3)
        exchange(host, ip, mac, "ipxe")
        if g.r.random() < 0.2:
            w("dnsmasq-tftp", f"file /srv/tftp/pxelinux.cfg/01-{mac.replace(':', '-')} not found", "tftp_not_found")

    def renew():
        host, ip, mac = g.c(NODES + BMCS)
        exchange(host, ip, mac, "bmc" if host.startswith("bmc") else "linux")

    def laptop():
        mac = g.mac()
        x = xid()
        ip = f"10.10.0.{g.num(200, 250)}"
        w("dnsmasq-dhcp", f"{x} available DHCP range: 10.10.0.200 -- 10.10.0.250", "available_range")
        w("dnsmasq-dhcp", f"{x} vendor class: {g.c(['MSFT 5.0', 'android-dhcp-14', 'dhcpcd-10.0.6:Linux-6.8.0:x86_64:GenuineIntel'])}", "vendor_class")
        w("dnsmasq-dhcp", f"{x} DHCPDISCOVER(eno1) {mac}", "dhcpdiscover")
        w("dnsmasq-dhcp", f"{x} tags: eno1", "tags")
        w("dnsmasq-dhcp", f"{x} DHCPOFFER(eno1) {ip} {mac}", "dhcpoffer")
        if g.r.random() < 0.2:
            w("dnsmasq-dhcp", f"{x} DHCPREQUEST(eno1) 10.10.0.{g.num(2, 90)} {mac}", "dhcprequest")
            w("dnsmasq-dhcp", f"{x} DHCPNAK(eno1) 10.10.0.{g.num(2, 90)} {mac} address not available", "dhcpnak")
            return
        w("dnsmasq-dhcp", f"{x} DHCPREQUEST(eno1) {ip} {mac}", "dhcprequest")
        w("dnsmasq-dhcp", f"{x} tags: eno1", "tags")
        name = g.c([f"DESKTOP-{g.alnum(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}", "thinkpad-t14", "Galaxy-S23", f"lab-pc{g.num(1, 9)}"])
        w("dnsmasq-dhcp", f"{x} DHCPACK(eno1) {ip} {mac} {name}", "dhcpack")
        if g.r.random() < 0.1:
            w("dnsmasq-dhcp", f"not giving name {name} to the DHCP lease of {ip} because the name exists in /etc/dnsmasq.d/cluster.hosts with address 10.10.0.{g.num(2, 99)}",
              "not_giving_name")

    def release():
        _, ip, mac = g.c(NODES)
        w("dnsmasq-dhcp", f"{xid()} DHCPRELEASE(eno1) {ip} {mac}", "dhcprelease")

    def dns_trouble():
        x = g.r.random()
        if x < 0.5:
            w("dnsmasq", "Maximum number of concurrent DNS queries reached (max: 150)", "max_queries")
        elif x < 0.8:
            w("dnsmasq", "nameserver 10.0.0.53 refused to do a recursive query", "refused_recursive")
        else:
            w("dnsmasq", "reading /etc/resolv.conf", "reading_resolv")
            w("dnsmasq", "using nameserver 10.0.0.53#53", "using_nameserver")
            w("dnsmasq", "using nameserver 10.0.0.54#53", "using_nameserver")

    def sighup():
        w("dnsmasq", "read /etc/hosts - 9 names", "read_hosts")
        w("dnsmasq", f"read /etc/dnsmasq.d/cluster.hosts - {g.num(80, 84)} names", "read_hosts")
        w("dnsmasq-dhcp", "read /etc/ethers - 0 addresses", "read_ethers")

    def noaddr():
        w("dnsmasq-dhcp", "DHCP packet received on eno2 which has no address", "no_address")

    def restart():
        w("dnsmasq", "exiting on receipt of SIGTERM", "exiting")
        L.tick(3)
        start()

    start()
    fill(L, [(6, pxe_boot), (30, renew), (6, laptop), (2, release), (2, dns_trouble), (1, sighup), (1.5, noaddr), (0.2, restart)], N_LINES, 240)
    del L.rows[N_LINES:]
    return L


# 8 ---------------------------------------------------------------- An EPICS 7 soft IOC (the vacuum system of one sector of a synchrotron storage ring: MKS 937B gauge controllers and
#   ion pump controllers on terminal servers, driven by asyn and StreamDevice, an SNL interlock program) run under procServ 2.8, the console log
#   procServ writes (-L, without --logstamp): procServ's "@@@" lines when the IOC is restarted, the st.cmd lines iocsh echoes, the iocInit banner,
#   autosave restoring, the sequencer starting, the "epics> " prompts, StreamDevice's time-stamped errors when a controller stops answering,
#   Channel Access client exception blocks when a neighbouring IOC goes away, the interlock program's messages
@checked
def log_epics(seed):
    L = Log("epics_ioc_procserv_log", seed, "full", False, False)
    g = L.g
    GAUGES = [(f"GAUGE{n}", f"10.20.4.{30 + n}:{4000 + n}", f"SR0{(n + 1) // 2}") for n in range(1, 7)]
    PUMPS = [(f"IPUMP{n}", f"10.20.4.{50 + n}:{4100 + n}", f"SR0{(n + 1) // 2}") for n in range(1, 5)]
    NEIGH = ["ioc-vac02.acc.example.org:5064", "ioc-vac03.acc.example.org:5064", "ioc-rf01.acc.example.org:5064", "ioc-mps01.acc.example.org:5064"]
    st = {"pid": g.num(2000, 9000)}

    def raw(text, ev, t=None):
        L.emit(text, ev, None, None, t)

    def cmd(text):
        raw(text, "stcmd_echo")

    def ts():
        return f"{L.t:%Y/%m/%d %H:%M:%S}.{us6(L.t)}"

    def boot(restart):
        if restart:
            t = L.t
            raw("@@@ @@@ @@@ @@@ @@@", "procserv_rule", t)
            raw(f"@@@ Received a sigChild for process {st['pid']}. Normal exit status = {g.c([0, 0, 1])}", "procserv_sigchild", t)
            raw(f"@@@ Current time: {ctime(t)}", "procserv_current_time", t)
            raw("@@@ Child process is shutting down, a new one will be restarted shortly", "procserv_shutting_down", t)
            raw("@@@ ^R or ^X restarts the child, ^Q quits the server", "procserv_keys", t)
            raw("@@@ Restarting child \"iocVac01\"", "procserv_restarting", t)
            raw("@@@    (as /opt/epics/ioc/vac01/iocBoot/iocVac01/st.cmd)", "procserv_as", t)
            st["pid"] = g.num(2000, 60000)
            raw(f"@@@ The PID of new child \"iocVac01\" is: {st['pid']}", "procserv_pid", t)
            raw("@@@ @@@ @@@ @@@ @@@", "procserv_rule", t)
        L.tick(2)
        cmd("#!../../bin/linux-x86_64/vacIoc")
        cmd("< envPaths")
        cmd("epicsEnvSet(\"IOC\",\"iocVac01\")")
        cmd("epicsEnvSet(\"TOP\",\"/opt/epics/ioc/vac01\")")
        cmd("epicsEnvSet(\"ASYN\",\"/opt/epics/support/asyn-R4-44-2\")")
        cmd("epicsEnvSet(\"STREAM\",\"/opt/epics/support/StreamDevice-2.8.24\")")
        cmd("epicsEnvSet(\"AUTOSAVE\",\"/opt/epics/support/autosave-R5-11\")")
        cmd("epicsEnvSet(\"EPICS_CA_MAX_ARRAY_BYTES\",\"1000000\")")
        cmd("epicsEnvSet(\"STREAM_PROTOCOL_PATH\",\"/opt/epics/ioc/vac01/db\")")
        cmd("cd \"/opt/epics/ioc/vac01\"")
        cmd("## Register all support components")
        cmd("dbLoadDatabase \"dbd/vacIoc.dbd\"")
        cmd("vacIoc_registerRecordDeviceDriver pdbbase")
        for p, addr, _ in GAUGES + PUMPS:
            cmd(f"drvAsynIPPortConfigure(\"{p}\", \"{addr}\", 0, 0, 0)")
        cmd("## Load record instances")
        for p, _, sec in GAUGES:
            cmd(f"dbLoadRecords(\"db/mks937b.db\", \"P=VAC:{sec}:,G={p[-1]},PORT={p}\")")
        for p, _, sec in PUMPS:
            cmd(f"dbLoadRecords(\"db/digitelMpc.db\", \"P=VAC:{sec}:,IP={p[-1]},PORT={p}\")")
        cmd("dbLoadRecords(\"db/interlock.db\", \"P=VAC:SR:\")")
        cmd("set_requestfile_path(\"/opt/epics/ioc/vac01/autosave\")")
        cmd("set_savefile_path(\"/opt/epics/autosave/iocVac01\")")
        cmd("set_pass1_restoreFile(\"auto_settings.sav\")")
        cmd("iocLogInit")
        cmd("cd \"/opt/epics/ioc/vac01/iocBoot/iocVac01\"")
        cmd("iocInit")
        raw("Starting iocInit", "starting_iocinit")
        raw("############################################################################", "banner_rule")
        raw("## EPICS R7.0.8.1", "banner_version")
        raw("## Rev. R7.0.8.1-dirty", "banner_rev")
        raw("## Rev. Date Git: 2024-07-24 10:42:13 -0500", "banner_rev_date")
        raw("############################################################################", "banner_rule")
        raw("reboot_restore: entry for file 'auto_settings.sav'", "autosave_entry")
        raw("reboot_restore: Found filename 'auto_settings.sav' in restoreFileList (status 0)", "autosave_found")
        raw("*** restoring from '/opt/epics/autosave/iocVac01/auto_settings.sav' at initHookState 7 (after record/device init) ***", "autosave_restoring")
        raw("reboot_restore: done with file 'auto_settings.sav'", "autosave_done")
        raw("", "empty")
        raw("log client: connected to log server at \"10.20.0.5:7004\"", "logclient_connected")
        raw("iocRun: All initialization complete", "iocrun_complete")
        cmd("## Start any sequence programs")
        cmd("seq sncVacInterlock \"P=VAC:SR:\"")
        raw("Sequencer release 2.2.9, compiled Tue Jul 30 09:12:44 2024", "seq_release")
        raw(f"Spawning sequencer program \"sncVacInterlock\", thread 0x{g.hx(12)}: \"sncVacInterlock\"", "seq_spawning")
        cmd("create_monitor_set(\"auto_settings.req\", 30, \"P=VAC:SR:\")")
        raw("epics> ", "prompt")

    def gauge_outage():
        p, _, sec = g.c(GAUGES + PUMPS)
        kind = "G" if p.startswith("GAUGE") else "IP"
        recs = [f"VAC:{sec}:{kind}{p[-1]}:{s}" for s in (["PRES_RBV", "STATUS_RBV", "SP1_RBV"] if kind == "G" else ["CUR_RBV", "VOLT_RBV", "PRES_RBV"])]
        cmdstr = g.c(["#01RD<cr>", "#01RDS1<cr>", "#01RS<cr>"]) if kind == "G" else g.c(["~ 01 0A 00<cr>", "~ 01 0B 00<cr>", "~ 01 0D 00<cr>"])
        for _ in range(g.num(1, 4)):
            for r in recs:
                ms_(L, 0, 400)
                raw(f"{ts()} {p} {r}: No reply within 1000 ms to \"{cmdstr}\"", "stream_no_reply", L.t)
            L.tick(5)
        if g.r.random() < 0.4:
            ms_(L, 0, 400)
            raw(f"{ts()} {p} {recs[0]}: Timeout after reading {g.num(2, 9)} bytes \"...{g.c(['1.2E-0', 'OK 00 ', '#01'])}\"", "stream_timeout_after_reading", L.t)
        if g.r.random() < 0.3:
            ms_(L, 0, 400)
            raw(f"{ts()} {p} {recs[0]}: Input \"{g.c(['*01_OFF', '*01_LO<E-11', '?01_SYNTX ER'])}\" mismatch after {g.num(3, 4)} bytes", "stream_mismatch", L.t)

    def ca_exc():
        ctx = g.c(NEIGH)
        for warn in ([("Virtual circuit unresponsive", 1183)] if g.r.random() < 0.5 else []) + [("Virtual circuit disconnect", 1237)]:
            L.tick(8)
            t = L.t
            raw("CA.Client.Exception...............................................", "ca_exc_head", t)
            raw(f"    Warning: \"{warn[0]}\"", "ca_exc_warning", t)
            raw(f"    Context: \"{ctx}\"", "ca_exc_context", t)
            raw(f"    Source File: ../cac.cpp line {warn[1]}", "ca_exc_source", t)
            raw(f"    Current Time: {t:%a %b %d %Y %H:%M:%S}.{us6(t)}{g.num(0, 999):03d}", "ca_exc_time", t)
            raw("..................................................................", "ca_exc_tail", t)

    def interlock():
        sec = g.c(["SR01", "SR02", "SR03"])
        v = g.num(1, 4)
        if g.r.random() < 0.6:
            raw(f"sncVacInterlock: {sec} V{v} interlock tripped, P={g.f(1.1, 9.9, 1)}e-0{g.num(5, 7)} mbar > limit 1.0e-07 mbar, closing VAC:{sec}:V{v}", "snc_tripped")
        else:
            raw(f"sncVacInterlock: {sec} V{v} interlock reset by operator, VAC:{sec}:V{v} permitted", "snc_reset")

    def logclient():
        raw("log client: lost contact with log server at \"10.20.0.5:7004\"", "logclient_lost")
        L.tick(300)
        raw("log client: connected to log server at \"10.20.0.5:7004\"", "logclient_connected")

    def prompt():
        raw("epics> ", "prompt")

    L.t = L.t - dt.timedelta(days=12)
    raw(f"@@@ procServ server started at: {ctime(L.t)}", "procserv_started", L.t)
    raw("@@@ Server unix socket: /run/procServ/iocVac01/control", "procserv_socket", L.t)
    raw("@@@ Server listening on 127.0.0.1:20001", "procserv_listening", L.t)
    boot(False)
    fill(L, [(6, gauge_outage), (4, ca_exc), (3, interlock), (0.7, logclient), (1, prompt), (0.35, lambda: boot(True))], N_LINES, 900)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 9 ---------------------------------------------------------------- EverQuest (the live servers, a level 120 warrior on Firiona Vie) with /log on, eqlog_Brannoc_firiona.txt:
#   "[Tue Dec 01 10:00:00 2026] You slash a frost giant for 2345 points of damage." (the player's clock, UTC); a few evenings of play: logging in
#   with the message of the day, zoning, group and raid combat (melee hits and misses, the mobs' hits, parries and ripostes, critical hits,
#   kills, experience, loot and coin), the guild, group, tells, auctions and channel chat, /who lists, skill-ups and faction, camping out
@checked
def log_everquest(seed):
    L = Log("everquest_eqlog", seed, "full", False, False, start=dt.datetime(2026, 11, 27, 19, 30, 0, tzinfo=UTC))
    g = L.g
    ME = "Brannoc"
    PEOPLE = ["Elaria", "Thrumdin", "Kazzik", "Velindra", "Orrukk", "Sylvaine", "Mordrak", "Tinkleblast", "Ashvar", "Quellanis", "Gorbash", "Nyxaria", "Pellomir",
              "Zhaedra", "Fennick", "Blotharn"]
    GROUP = ["Elaria", "Thrumdin", "Kazzik", "Velindra", "Sylvaine"]
    ZONES = [("The Plane of Knowledge", None), ("Laurion Inn", None), ("Hodstock Hills", ["a Hodstock hunter", "a scaled hillbeast", "a Hodstock warden",
             "a prowling lynx"]), ("Timorous Falls", ["a shadowed lurker", "a falls stalker", "a mistmoore bloodsucker", "an unliving attendant"]),
             ("The Ankexfen Keep", ["an Ankexfen knight", "an Ankexfen squire", "Sir Erwin the Bold", "a keep sentinel"])]
    LOOT = ["Hodstock Hide", "Glowing Essence", "Froststone Ore", "Laurion Commemorative Coin", "Spell: Heroic Aegis", "Fine Steel Ingot", "Lynx Pelt",
            "Shadowed Fragment", "Jagged Soulstone", "Ankexfen Signet"]
    CHAT_G = ["inc", "oom", "med break pls", "pulling", "add!", "nice", "ty", "brb bio", "back", "mez on the add", "AE incoming", "need a CR on Kazzik", "lol",
              "ok one more pull", "gratz!", "camp in 5"]
    AUC = ["WTS Spell: Heroic Aegis 2k", "WTB Glowing Essence x20 paying 150p ea", "WTS Fine Steel Ingot stacks, pst", "LF tank for HH mission", "WTS Lynx Pelts cheap"]
    st = {"zone": ZONES[0], "mobs": []}

    def w(msg, ev):
        ms_(L, 0, 900)
        L.emit(f"[{L.t:%a %b %d %H:%M:%S %Y}] {msg}", ev)

    def login():
        w("Welcome to EverQuest!", "welcome")
        w("You have entered The Plane of Knowledge.", "entered_zone")
        st["zone"] = ZONES[0]
        w("MESSAGE OF THE DAY: Welcome to Firiona Vie! Please remember to follow the server rules. Patch notes are available at everquest.com.", "motd")
        w(f"GUILD MOTD: {g.c(PEOPLE)} - Raids Tue/Thu/Sun 8pm EST. Bring your Laurion flags! Loot council rules on the forums.", "guild_motd")
        w("Auto attack is off.", "autoattack_off")

    def zone():
        z = g.c([z for z in ZONES if z is not st["zone"]])
        w("LOADING, PLEASE WAIT...", "loading")
        L.tick(20)
        w(f"You have entered {z[0]}.", "entered_zone")
        st["zone"] = z

    def fight():
        if not st["zone"][1]:
            return chat()
        mob = g.c(st["zone"][1])
        w("Auto attack is on.", "autoattack_on")
        for _ in range(g.num(4, 14)):
            x = g.r.random()
            if x < 0.4:
                w(f"You {g.c(['slash', 'slash', 'slash', 'kick', 'bash'])} {mob} for {g.num(900, 9000)} points of damage.", "you_hit")
            elif x < 0.5:
                w(f"You try to {g.c(['slash', 'kick', 'bash'])} {mob}, but miss!", "you_miss")
            elif x < 0.55:
                w(f"{ME} scores a critical hit! ({g.num(9000, 30000)})", "crit")
            elif x < 0.7:
                w(f"{mob[0].upper() + mob[1:]} {g.c(['hits', 'slashes', 'bites', 'claws', 'crushes'])} YOU for {g.num(1000, 14000)} points of damage.", "mob_hits_you")
            elif x < 0.8:
                w(f"{mob[0].upper() + mob[1:]} tries to {g.c(['hit', 'slash', 'bite', 'claw', 'crush'])} YOU, but misses!", "mob_misses_you")
            elif x < 0.9:
                w(f"{mob[0].upper() + mob[1:]} tries to {g.c(['hit', 'slash', 'bite'])} YOU, but YOU {g.c(['parry', 'dodge', 'block', 'riposte'])}!", "mob_you_avoid")
            elif x < 0.95:
                p = g.c(GROUP)
                w(f"{p} {g.c(['hits', 'slashes', 'pierces', 'crushes', 'kicks', 'backstabs'])} {mob} for {g.num(900, 40000)} points of damage.", "other_hits")
            else:
                w("You are stunned!", "stunned")
                w("You are unstunned.", "unstunned")
        if g.r.random() < 0.7:
            w(f"You have slain {mob}!", "you_slain")
        else:
            w(f"{mob[0].upper() + mob[1:]} has been slain by {g.c(GROUP)}!", "mob_slain_by")
        w("Auto attack is off.", "autoattack_off")
        if g.r.random() < 0.75:
            w("You gain party experience!!", "gain_party_exp")
        else:
            w("You gain experience!!", "gain_exp")
        if g.r.random() < 0.5:
            w(f"You receive {g.num(1, 30)} platinum, {g.num(0, 9)} gold, {g.num(0, 9)} silver and {g.num(0, 9)} copper from the corpse.", "coin")
        if g.r.random() < 0.5:
            who = g.c([ME] * 2 + GROUP)
            if who == ME:
                w(f"--You have looted a {g.c(LOOT)} from {mob}'s corpse.--", "you_looted")
            else:
                w(f"--{who} has looted a {g.c(LOOT)} from {mob}'s corpse.--", "other_looted")
        if g.r.random() < 0.15:
            w(f"Your faction standing with {g.c(['Hodstock Residents', 'The Ankexfen Keep', 'Nokk Legion'])} has been adjusted by -{g.num(1, 40)}.", "faction")
        if g.r.random() < 0.05:
            w(f"You have become better at {g.c(['1H Slashing', 'Kick', 'Bash', 'Defense', 'Double Attack'])}! ({g.num(200, 300)})", "skillup")

    def chat():
        x = g.r.random()
        if x < 0.3:
            w(f"{g.c(PEOPLE)} tells the guild, '{g.c(CHAT_G + ['anyone up for HH?', 'grats on the drop!', 'server hiccup?'])}'", "guild_chat")
        elif x < 0.5:
            w(f"{g.c(GROUP)} tells the group, '{g.c(CHAT_G)}'", "group_chat")
        elif x < 0.6:
            w(f"You tell your party, '{g.c(CHAT_G)}'", "you_group")
        elif x < 0.7:
            p = g.c(PEOPLE)
            w(f"{p} tells you, '{g.c(['hey, you tanking tonight?', 'can you open the door in HH?', 'ty for the group!', 'got a spot for a shaman?'])}'", "tell_in")
            L.tick(10)
            w(f"You told {p}, '{g.c(['sure', 'give me 5', 'np', 'group full sorry'])}'", "tell_out")
        elif x < 0.8:
            w(f"{g.c(PEOPLE)} auctions, '{g.c(AUC)}'", "auction")
        elif x < 0.9:
            w(f"{g.c(PEOPLE)} tells General:1, '{g.c(['anyone know where the HH mission starts?', 'LFG 120 cleric', 'is the server lagging?', 'wts port to Laurion'])}'",
              "channel_chat")
        else:
            w(f"{g.c(PEOPLE)} says out of character, '{g.c(['LFG', 'selling ports', 'anyone seen a GM?', 'hail'])}'", "ooc")

    def who():
        w("Players on EverQuest:", "who_head")
        w("---------------------------", "who_rule")
        n = g.num(3, 12)
        for p in g.r.sample(PEOPLE, min(n, len(PEOPLE))):
            if g.r.random() < 0.2:
                w(f"[ANONYMOUS] {p}  <{g.c(['Knights of Dawn', 'Vanquish', 'Hodstock Irregulars'])}>", "who_anon")
            else:
                w(f"[{g.c([115, 118, 120, 120, 121])} {g.c(['Cleric', 'Shaman', 'Enchanter', 'Rogue', 'Bard', 'Paladin', 'Necromancer', 'Wizard', 'Beastlord'])}] {p} "
                  f"({g.c(['Human', 'Dark Elf', 'High Elf', 'Vah Shir', 'Froglok', 'Gnome', 'Barbarian', 'Drakkin'])}) <{g.c(['Knights of Dawn', 'Vanquish', 'Hodstock Irregulars'])}>",
                  "who_row")
        w(f"There are {n} players in {st['zone'][0]}.", "who_total")

    def camp():
        w("It will take you about 30 seconds to prepare your camp.", "camp_start")
        if g.r.random() < 0.2:
            L.tick(10)
            w("You abandon your preparations to camp.", "camp_abandon")
            return
        L.tick(10)
        w("It will take about 20 more seconds to prepare your camp.", "camp_more")
        L.tick(10)
        w("It will take about 10 more seconds to prepare your camp.", "camp_more")
        w("It will take about 5 more seconds to prepare your camp.", "camp_more")
        L.t += dt.timedelta(hours=g.num(16, 26))
        login()

    login()
    fill(L, [(30, fight), (25, chat), (2, zone), (1.5, who), (0.7, camp)], N_LINES, 25)
    del L.rows[N_LINES:]
    return L


# 10 --------------------------------------------------------------- Flyway Community Edition 10.21 migrating the PostgreSQL databases of a multi-tenant booking platform (one database per
#   tenant) every night: a cron script runs `flyway info migrate` for each tenant and appends the output to /var/log/flyway/nightly.log between
#   its own "[2026-12-01 02:00:01] tenant=... : flyway info migrate" and "... exit=N" lines (the box on UTC); Flyway's banner, the database line,
#   the schema's info table ("+-----------+---------+..." with its "Installed On" column), validation, "Migrating schema ... to version ...", the
#   PostgreSQL notices it passes on ("DB: ..."), warnings, and failed migrations with Flyway's error block
@checked
def log_flyway(seed):
    L = Log("flyway_nightly_log", seed, "full", True, False, start=dt.datetime(2026, 11, 10, 2, 0, 1, tzinfo=UTC))
    g = L.g
    TENANTS = ["alpenhof", "seeblick", "stadtmitte", "zum_loewen", "bergkristall", "hafenhotel"]
    MIGS = [("1", "init"), ("2", "add rooms"), ("3", "add bookings"), ("4", "add guests"), ("5", "booking status enum"), ("6", "add invoices"), ("7", "invoice numbers"),
            ("8", "add rate plans"), ("9", "bookings idx arrival"), ("10", "add channel manager"), ("11", "guest gdpr flags"), ("12", "add payments"),
            ("12.1", "payments fix currency"), ("13", "add housekeeping"), ("14", "room blocks"), ("15", "add vouchers"), ("16", "audit log"),
            ("17", "bookings add source"), ("18", "invoice due date"), ("19", "add loyalty"), ("20", "rate plan restrictions"), ("21", "drop legacy tables")]
    REPEAT = ["refresh reporting views", "grant readonly role"]
    st = {"ver": {t: 17 + g.num(0, 1) for t in TENANTS}, "avail": 18, "inst": {}}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def sec(a, b):
        L.t += dt.timedelta(seconds=g.r.uniform(a, b))

    def inst(t, i):
        key = (t, i)
        if key not in st["inst"]:
            st["inst"][key] = L.t - dt.timedelta(days=(len(MIGS) - i) * 37 + g.num(0, 30), seconds=g.num(0, 80000))
        return st["inst"][key]

    def table(t):
        cur = st["ver"][t]
        w(f"Schema version: {MIGS[cur - 1][0]}", "schema_version")
        w("", "empty")
        rule = "+-----------+---------+------------------------------+------+---------------------+---------+----------+"
        w(rule, "table_rule")
        w("| Category  | Version | Description                  | Type | Installed On        | State   | Undoable |", "table_head")
        w(rule, "table_rule")
        for i, (v, d) in enumerate(MIGS[:st["avail"]]):
            if i < cur:
                w(f"| Versioned | {v:<7} | {d:<28} | SQL  | {inst(t, i):%Y-%m-%d %H:%M:%S} | Success | No       |", "table_row")
            else:
                w(f"| Versioned | {v:<7} | {d:<28} | SQL  |                     | Pending | No       |", "table_row")
        for d in REPEAT:
            w(f"| Repeatable|         | {d:<28} | SQL  | {inst(t, 5):%Y-%m-%d %H:%M:%S} | {g.c(['Success', 'Success', 'Outdated'])} |          |", "table_row")
        w(rule, "table_rule")
        w("", "empty")

    def run(t):
        w(f"[{L.t:%Y-%m-%d %H:%M:%S}] tenant={t}: flyway info migrate", "wrap_start", None, L.t)
        w("Flyway Community Edition 10.21.0 by Redgate", "banner")
        w("", "empty")
        w("See release notes here: https://rd.gt/416ObMi", "release_notes")
        sec(1, 3)
        w(f"Database: jdbc:postgresql://pg-tenants.internal:5432/{t} (PostgreSQL 16.6)", "database")
        if g.r.random() < 0.7:
            w("WARNING: Flyway upgrade recommended: PostgreSQL 16.6 is newer than this version of Flyway and support has not been tested. The latest supported "
              "version of PostgreSQL is 16.4.", "warn_pg_newer", "warning")
        table(t)
        cur = st["ver"][t]
        n = st["avail"]
        if g.r.random() < 0.04:
            w("ERROR: Validate failed: Migrations have failed validation", "validate_failed", "error")
            w(f"Migration checksum mismatch for migration version {MIGS[cur - 2][0]}", "checksum_mismatch", "error")
            w(f"-> Applied to database : {g.num(-2 ** 31, 2 ** 31)}", "checksum_applied", "error")
            w(f"-> Resolved locally    : {g.num(-2 ** 31, 2 ** 31)}", "checksum_resolved", "error")
            w("Either revert the changes to the migration, or run repair to update the schema history.", "checksum_hint", "error")
            w("Need more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE", "validate_more", "error")
            sec(0, 1)
            w(f"[{L.t:%Y-%m-%d %H:%M:%S}] tenant={t}: exit=1", "wrap_exit", None, L.t)
            return
        w(f"Successfully validated {n + len(REPEAT)} migrations (execution time 00:00.{g.num(40, 400):03d}s)", "validated")
        w(f"Current version of schema \"public\": {MIGS[cur - 1][0]}", "current_version")
        if cur >= n:
            if g.r.random() < 0.5:
                w(f"Migrating schema \"public\" with repeatable migration \"{REPEAT[0]}\"", "migrating_repeatable")
                w("DB: drop cascades to view report_occupancy_daily", "db_notice")
                w(f"Successfully applied 1 migration to schema \"public\", now at version v{MIGS[cur - 1][0]} (execution time 00:0{g.num(0, 3)}.{g.num(0, 999):03d}s)",
                  "applied")
            else:
                w("Schema \"public\" is up to date. No migration necessary.", "up_to_date")
            sec(0, 1)
            w(f"[{L.t:%Y-%m-%d %H:%M:%S}] tenant={t}: exit=0", "wrap_exit", None, L.t)
            return
        applied = 0
        for i in range(cur, n):
            v, d = MIGS[i]
            w(f"Migrating schema \"public\" to version \"{v} - {d}\"", "migrating")
            sec(0.1, 30)
            if d.startswith("drop"):
                w(f"DB: table \"legacy_{g.c(['rates', 'guests_old', 'tmp_import'])}\" does not exist, skipping", "db_notice")
            if d.startswith("bookings idx") or d == "room blocks":
                w(f"DB: relation \"{g.c(['idx_bookings_arrival', 'idx_room_blocks_room'])}\" already exists, skipping", "db_notice")
            if g.r.random() < 0.06:
                sql = g.c([("42P07", f"ERROR: relation \"idx_{d.replace(' ', '_')}\" already exists", f"CREATE INDEX idx_{d.replace(' ', '_')} ON bookings (source)"),
                           ("23505", "ERROR: could not create unique index \"uq_invoices_number\"\n  Detail: Key (number)=(2026-00412) is duplicated.",
                            "ALTER TABLE invoices ADD CONSTRAINT uq_invoices_number UNIQUE (number)"),
                           ("55P03", "ERROR: canceling statement due to lock timeout", f"ALTER TABLE bookings ADD COLUMN {d.split()[-1]} text")])
                fn = f"V{v}__{d.replace(' ', '_')}.sql"
                w(f"ERROR: Migration {fn} failed", "migration_failed", "error")
                w("---------------------------------------------", "error_rule", "error")
                w(f"SQL State  : {sql[0]}", "sql_state", "error")
                w("Error Code : 0", "error_code", "error")
                msg = sql[1].split("\n")
                w(f"Message    : {msg[0]}", "error_message", "error")
                for m in msg[1:]:
                    w(m, "error_message_detail", "error")
                w(f"Location   : db/migration/{fn} (/opt/flyway/sql/{fn})", "error_location", "error")
                w(f"Line       : {g.num(1, 30)}", "error_line", "error")
                w(f"Statement  : {sql[2]}", "error_statement", "error")
                w("", "empty")
                sec(0, 1)
                w(f"[{L.t:%Y-%m-%d %H:%M:%S}] tenant={t}: exit=1", "wrap_exit", None, L.t)
                st["ver"][t] = i
                return
            applied += 1
            st["ver"][t] = i + 1
            inst(t, i)
        w(f"Successfully applied {applied} migration{'s' if applied > 1 else ''} to schema \"public\", now at version v{MIGS[n - 1][0]} (execution time "
          f"00:{g.num(0, 59):02d}.{g.num(0, 999):03d}s)", "applied")
        if g.r.random() < 0.3:
            w("A new version of Flyway is available", "new_version")
            w("Upgrade to Flyway 11.1.0: https://rd.gt/2X0gakb", "upgrade_to")
        sec(0, 1)
        w(f"[{L.t:%Y-%m-%d %H:%M:%S}] tenant={t}: exit=0", "wrap_exit", None, L.t)

    def night():
        if g.r.random() < 0.25 and st["avail"] < len(MIGS):
            st["avail"] += 1
        for t in TENANTS:
            run(t)
            sec(1, 3)
        L.t = L.t.replace(hour=2, minute=0, second=1) + dt.timedelta(days=1)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 11 --------------------------------------------------------------- Ghidra 11.2.1's headless analyzer in a malware-triage pipeline: every two hours a job runs `analyzeHeadless`
#   on the samples queued by the sandbox (Windows PE droppers and loaders, Linux ELF bots for x86-64 and ARM), imports and auto-analyses each,
#   runs an export script, and appends the console output to /var/log/ghidra-triage.log; Ghidra's console layout writes the level, the message
#   and the logger's class in parentheses at the end ("INFO  REPORT: Analysis succeeded for file: ... (HeadlessAnalyzer)  "), messages that span
#   several lines (the script paths, the importer's "Additional info", the analysis time table) put the class on a line of its own; no time
#   on any line; import failures, analysis time-outs, decompiler warnings and a script's exception with its Java frames
@checked
def log_ghidra(seed):
    L = Log("ghidra_headless_triage", seed, None, True, True)
    g = L.g
    G = "/opt/ghidra_11.2.1_PUBLIC"
    PE_DLLS = ["KERNEL32.DLL", "USER32.DLL", "ADVAPI32.DLL", "WS2_32.DLL", "WININET.DLL", "SHELL32.DLL", "CRYPT32.DLL", "OLE32.DLL", "NTDLL.DLL", "MSVCRT.DLL"]
    ELF_LIBS = ["libc.so.6", "libpthread.so.0", "libdl.so.2", "libm.so.6", "libcrypto.so.3", "libssl.so.3"]
    ANALYZERS_PE = ["ASCII Strings", "Apply Data Archives", "Call Convention ID", "Call-Fixup Installer", "Create Address Tables", "Create Address Tables - One Time",
                    "Create Function", "Data Reference", "Decompiler Parameter ID", "Decompiler Switch Analysis", "Demangler Microsoft", "Disassemble Entry Points",
                    "Embedded Media", "External Entry References", "Function ID", "Function Start Search", "Non-Returning Functions - Discovered",
                    "Non-Returning Functions - Known", "Reference", "Scalar Operand References", "Shared Return Calls", "Stack", "Subroutine References",
                    "Windows x86 PE Exception Handling", "Windows x86 PE RTTI Analyzer", "WindowsResourceReference", "X86 Function Callee Purge",
                    "x86 Constant Reference Analyzer"]
    ANALYZERS_ELF = ["ASCII Strings", "Apply Data Archives", "Call Convention ID", "Create Address Tables", "Create Address Tables - One Time", "Create Function",
                     "DWARF", "Data Reference", "Decompiler Switch Analysis", "Demangler GNU", "Disassemble Entry Points", "ELF Scalar Operand References",
                     "Embedded Media", "External Entry References", "Function Start Search", "GCC Exception Handlers", "Non-Returning Functions - Discovered",
                     "Non-Returning Functions - Known", "Reference", "Shared Return Calls", "Stack", "Subroutine References", "Variadic Function Signature Override"]

    def rec(lv, first, ev, comp, more=()):
        """One console record: the level, the message (first line and any more lines) and " (Class)  " at the end of its last line."""
        if not more:
            L.emit(f"{lv:<5} {first} ({comp})  ", ev, lv, comp)
            return
        L.emit(f"{lv:<5} {first}", ev, lv, comp)
        for text, e in more:
            L.emit(text, e, lv, comp)
        L.emit(f" ({comp})  ", "record_tail", lv, comp)

    def startup(proj):
        rec("INFO", f"Using log config file: jar:file:{G}/Ghidra/Framework/Generic/lib/Generic.jar!/generic.log4j.xml", "log_config", "LoggingInitialization")
        rec("INFO", "Using log file: /home/triage/.ghidra/.ghidra_11.2.1_PUBLIC/application.log", "log_file", "LoggingInitialization")
        rec("INFO", "Loading user preferences: /home/triage/.ghidra/.ghidra_11.2.1_PUBLIC/preferences", "preferences", "Preferences")
        rec("INFO", "Searching for classes...", "searching_classes", "ClassSearcher")
        rec("INFO", f"Class search complete ({g.num(900, 2400)} ms)", "class_search_complete", "ClassSearcher")
        rec("INFO", "Initializing SSL Context", "ssl_context", "SSLContextInitializer")
        rec("INFO", "Initializing Random Number Generator...", "rng_init", "SecureRandomFactory")
        rec("INFO", "Random Number Generator initialization complete: NativePRNGNonBlocking", "rng_complete", "SecureRandomFactory")
        rec("INFO", "Trust manager disabled, cacerts have not been set", "trust_manager", "DefaultTrustManagerFactory")
        rec("INFO", f"Headless startup complete ({g.num(2000, 4500)} ms)", "headless_startup", "AnalyzeHeadless")
        rec("INFO", "Class searcher loaded 57 extension points (18 false positives)", "extension_points", "ClassSearcher")
        rec("INFO", "HEADLESS Script Paths:", "script_paths", "HeadlessAnalyzer",
            [(f"    {p}", "script_path") for p in ["/srv/ghidra/scripts", f"{G}/Ghidra/Features/Base/ghidra_scripts", f"{G}/Ghidra/Features/BytePatterns/ghidra_scripts",
                                                   f"{G}/Ghidra/Features/Decompiler/ghidra_scripts", f"{G}/Ghidra/Features/FunctionID/ghidra_scripts",
                                                   f"{G}/Ghidra/Features/PDB/ghidra_scripts", f"{G}/Ghidra/Processors/ARM/ghidra_scripts"]])
        rec("INFO", "HEADLESS: execution starts", "execution_starts", "HeadlessAnalyzer")
        rec("INFO", f"Creating project: /srv/ghidra/projects/{proj}", "creating_project", "HeadlessAnalyzer")
        rec("INFO", f"Creating project: /srv/ghidra/projects/{proj}", "creating_project_dp", "DefaultProject")
        rec("INFO", "REPORT: Processing input files: ", "processing_input", "HeadlessAnalyzer")
        rec("INFO", f"     project: /srv/ghidra/projects/{proj}", "processing_project", "HeadlessAnalyzer")

    def sample(proj):
        kind = g.c(["pe32", "pe32", "pe64", "elf64", "elfarm", "junk"])
        name = g.hx(64) + {"pe32": ".exe", "pe64": ".dll", "elf64": "", "elfarm": "", "junk": ".bin"}[kind]
        url = f"file:///srv/samples/queue/{name}"
        rec("INFO", f"IMPORTING: {url}", "importing", "HeadlessAnalyzer")
        if kind == "junk":
            rec("ERROR", f"REPORT: Import failed for file: {url}", "import_failed", "HeadlessAnalyzer")
            return
        pe = kind.startswith("pe")
        loader = "Portable Executable (PE)" if pe else "Executable and Linking Format (ELF)"
        lang = {"pe32": "x86:LE:32:default:windows", "pe64": "x86:LE:64:default:windows", "elf64": "x86:LE:64:default:gcc", "elfarm": "ARM:LE:32:v8:default"}[kind]
        rec("INFO", f"Using Loader: {loader}", "using_loader", "AutoImporter")
        rec("INFO", f"Using Language/Compiler: {lang}", "using_language", "AutoImporter")
        rec("INFO", "Using Library Search Path: [., /bin, /lib, /lib64, /lib/x86_64-linux-gnu, /usr/bin, /usr/lib, /usr/X11R6/bin, /usr/X11R6/lib, "
            "/usr/java/packages/lib, /usr/lib/x86_64-linux-gnu/jni, /usr/lib/x86_64-linux-gnu, /usr/lib/jni]", "library_search_path", "AutoImporter")
        more = [(f"----- Loading /srv/samples/queue/{name} -----", "ai_loading")]
        if pe:
            for lib in g.r.sample(PE_DLLS, g.num(2, 7)):
                more.append((f"Searching 13 paths for library {lib}...", "ai_searching"))
                more.append((f"Library not found: {lib}", "ai_not_found"))
        else:
            more.append((f"Linking the External Programs of '{name}' to imported libraries...", "ai_linking"))
            for lib in g.r.sample(ELF_LIBS, g.num(1, 4)):
                more.append((f"  [{lib}] -> not found in project", "ai_lib_not_in_project"))
            if g.r.random() < 0.3:
                more.append((f"Failed to markup ELF Note at {g.hx(8)}: data conflict", "ai_elf_note"))
        more.append(("------------------------------------------------", "ai_rule"))
        more.append(("", "empty"))
        rec("INFO", "Additional info:", "additional_info", "AutoImporter", more)
        rec("INFO", "IMPORTING: Loaded 0 additional files", "loaded_additional", "HeadlessAnalyzer")
        rec("INFO", f"ANALYZING all memory and code: {url}", "analyzing", "HeadlessAnalyzer")
        if pe:
            rec("INFO", f"Applied data type archive: windows_vs12_{'64' if kind == 'pe64' else '32'}", "applied_archive", "ApplyDataArchiveAnalyzer")
        else:
            rec("INFO", "Applied data type archive: generic_clib" + ("_64" if kind == "elf64" else ""), "applied_archive", "ApplyDataArchiveAnalyzer")
        for _ in range(g.c([0, 0, 1, 2, 4])):
            a = g.hx(8)
            rec("WARN", f"Decompiling {a}, pcode error at {a[:5]}{g.hx(3)}: {g.c(['Unable to resolve constructor', 'Bad instruction - Truncating control flow here'])} "
                f"at {a[:5]}{g.hx(3)}", "pcode_error", "DecompileCallback")
        if pe and g.r.random() < 0.2:
            rec("WARN", f"Failed to apply function signature to {g.hx(8)}: conflicting data exists", "failed_signature",
                "ApplyFunctionSignatureCmd")
        if g.r.random() < 0.06:
            rec("INFO", f"REPORT: Analysis timed out at 600 seconds. Processing not completed for file: {url}", "analysis_timed_out", "HeadlessAnalyzer")
            return
        total = 0.0
        rows = []
        for a in (ANALYZERS_PE if pe else ANALYZERS_ELF):
            v = g.r.expovariate(1 / 0.6) if a not in ("Decompiler Parameter ID", "Decompiler Switch Analysis", "Stack", "x86 Constant Reference Analyzer") else \
                g.r.uniform(2, 60)
            total += v
            rows.append((f"    {a:<40} {v:7.3f} secs", "time_row"))
        rows = [("-----------------------------------------------------", "time_rule")] + rows + [
            ("-----------------------------------------------------", "time_rule"), (f"     Total Time   {int(total)} secs", "time_total"),
            ("-----------------------------------------------------", "time_rule")]
        L.emit("INFO  -----------------------------------------------------", "time_head", "INFO", "AutoAnalysisManager")
        for text, e in rows[1:]:
            L.emit(text, e, "INFO", "AutoAnalysisManager")
        L.emit(" (AutoAnalysisManager)  ", "record_tail", "INFO", "AutoAnalysisManager")
        rec("INFO", f"REPORT: Analysis succeeded for file: {url}", "analysis_succeeded", "HeadlessAnalyzer")
        rec("INFO", "SCRIPT: /srv/ghidra/scripts/ExportFunctionInfo.java", "script", "HeadlessAnalyzer")
        if g.r.random() < 0.05:
            msg = "Cannot invoke \"ghidra.program.model.listing.Function.getName()\" because \"callee\" is null"
            L.emit(f"ERROR ExportFunctionInfo.java> Unexpected Exception: {msg} (GhidraScript) java.lang.NullPointerException: {msg}", "script_exception", "ERROR",
                   "GhidraScript")
            for fr in ["ExportFunctionInfo.exportCalls(ExportFunctionInfo.java:118)", "ExportFunctionInfo.run(ExportFunctionInfo.java:64)",
                       "ghidra.app.script.GhidraScript.executeNormal(GhidraScript.java:441)", "ghidra.app.script.GhidraScript.doExecute(GhidraScript.java:296)",
                       "ghidra.app.script.GhidraScript.execute(GhidraScript.java:274)", "ghidra.app.util.headless.HeadlessAnalyzer.runScript(HeadlessAnalyzer.java:603)",
                       "ghidra.app.util.headless.HeadlessAnalyzer.runScriptsList(HeadlessAnalyzer.java:939)"]:
                L.emit(f"\tat {fr}", "java_at", "ERROR", "GhidraScript")
            L.emit("", "empty", "ERROR", "GhidraScript")
        else:
            rec("INFO", f"ExportFunctionInfo.java> wrote {g.num(20, 3000)} functions and {g.num(50, 20000)} calls to /srv/ghidra/out/{name[:16]}.json",
                "script_wrote", "GhidraScript")
        rec("INFO", f"REPORT: Save succeeded for: /{name} ({proj}:/{name})", "save_succeeded", "HeadlessAnalyzer")

    def run():
        proj = f"triage_{L.t:%Y%m%d_%H%M}"
        startup(proj)
        for _ in range(g.num(2, 9)):
            sample(proj)
        rec("INFO", f"REPORT: Deleting project: /srv/ghidra/projects/{proj}", "deleting_project", "HeadlessAnalyzer")
        L.t += dt.timedelta(hours=2)

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Gotify server 2.6 in Docker on a home lab (notifications from backup jobs, Uptime Kuma, Home Assistant, Sonarr and
#   a few shell scripts to the Android app and the web UI), `docker logs gotify`: the start-up lines, Gin's access line for every request
#   ("[GIN] 2026/12/01 - 10:00:00 | 200 |     524.382µs |      172.18.0.1 | GET      \"/version\""; the container on UTC), the health check every
#   30 seconds, messages posted with application tokens, the web UI and the app's API calls, the app's long-lived /stream websockets closing,
#   Gin's "Error #01: ..." line under a request that failed, the standard logger's WebSocket errors
@checked
def log_gotify(seed):
    L = Log("gotify_docker_logs", seed, "full", False, False)
    g = L.g
    APPS = ["172.19.0.5", "172.19.0.7", "192.168.10.20", "192.168.10.31", "172.19.0.9"]
    WEB = ["192.168.10.101", "192.168.10.115", "100.101.12.7"]

    def gin(status, lat, ip, method, path):
        L.emit(f"[GIN] {L.t:%Y/%m/%d - %H:%M:%S} | {status:3d} | {lat:>13} | {ip:>15} | {method:<7} \"{path}\"", "gin")

    def lat(a=50, b=3000):
        us = g.r.uniform(a, b)
        if us < 1000:
            return f"{us:.3f}µs"
        if us < 1e6:
            return f"{us / 1000:.6f}ms"
        s = us / 1e6
        if s < 60:
            return f"{s:.9f}s"
        m, s = divmod(s, 60)
        if m < 60:
            return f"{int(m)}m{s:.9f}s"
        h, m = divmod(m, 60)
        return f"{int(h)}h{int(m)}m{s:.9f}s"

    def start():
        L.emit("Starting Gotify version 2.6.1@2024-11-04-09:31:40", "starting")
        L.emit("Started Listening for plain HTTP connection on tcp [::]:80", "listening")

    def health():
        gin(200, lat(20, 200), "127.0.0.1", "GET", "/health")

    def post():
        ip = g.c(APPS)
        x = g.r.random()
        if x < 0.9:
            gin(200, lat(2000, 40000), ip, "POST", "/message?token=[masked]")
        elif x < 0.95:
            gin(401, lat(50, 400), ip, "POST", "/message?token=[masked]")
            L.emit("Error #01: you need to provide a valid access token or user credentials to access this api", "gin_error")
        else:
            gin(400, lat(100, 900), ip, "POST", "/message?token=[masked]")
            L.emit("Error #01: Key: 'MessageExternal.Message' Error:Field validation for 'Message' failed on the 'required' tag", "gin_error")

    def web():
        ip = g.c(WEB)
        for p in g.r.sample(["/current/user", "/application", "/client", "/message?limit=100", "/version", "/plugin", "/static/js/main.4f2b1c7e.js"],
                            g.num(1, 5)):
            ms_(L, 0, 300)
            gin(200 if g.r.random() < 0.95 else 304, lat(200, 20000), ip, "GET", p)
        if g.r.random() < 0.3:
            ms_(L, 0, 900)
            gin(200, lat(1000, 9000), ip, "DELETE", f"/message/{g.num(1000, 9999)}")
        if g.r.random() < 0.05:
            gin(200, lat(10000, 90000), ip, "POST", "/application")

    def app_stream():
        ip = g.c(WEB[1:])
        if g.r.random() < 0.4:
            L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} WebSocket: ReadError websocket: close 1006 (abnormal closure): unexpected EOF", "ws_read_error")
        gin(200, lat(3e7, 3e10), ip, "GET", "/stream?token=[masked]")
        L.tick(5)
        gin(200, lat(100, 900), ip, "GET", "/current/user")
        gin(200, lat(200, 4000), ip, "GET", "/message?since=" + str(g.num(5000, 9999)))

    def login_fail():
        ip = g.c(WEB + ["192.168.10.1"])
        gin(401, lat(60000, 300000), ip, "POST", "/client")
        L.emit("Error #01: you need to provide a valid access token or user credentials to access this api", "gin_error")

    def scan():
        ip = g.c(["192.168.10.1", "172.19.0.1"])
        for p in g.r.sample(["/.env", "/wp-login.php", "/actuator/health", "/.git/config", "/server-status", "/api/v1/status"], g.num(1, 4)):
            ms_(L, 0, 200)
            gin(404, lat(5, 60), ip, "GET", p)

    def ws_err():
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} WebSocket: WriteError write tcp 172.19.0.3:80->{g.c(WEB)}:{g.port()}: i/o timeout", "ws_write_error")

    def restart():
        L.tick(10)
        start()

    start()
    fill(L, [(55, health), (22, post), (6, web), (3, app_stream), (1, login_fail), (0.8, scan), (1, ws_err), (0.1, restart)], N_LINES, 15)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[0].startswith("[GIN]") or r[0][:4].isdigit())
    return L


# 13 --------------------------------------------------------------- Hugo 0.139 (extended) building the documentation site of a small software company (English and German, a few
#   hundred pages) on the web server itself: a cron job every 20 minutes pulls the repository and, when there are new commits, runs `hugo --gc
#   --minify` and rsyncs public/ to the two web nodes, appending everything to /var/log/docs-build.log between its own "[2026-12-01 10:00:01]"
#   lines (the box on UTC); git's fast-forward summary, Hugo's banner, its warnings (deprecations, raw HTML omitted with the two lines of advice
#   under it, missing layouts) and errors (broken refs, template failures, the failed build), the pages table, "Total in N ms", rsync's totals
@checked
def log_hugo(seed):
    L = Log("hugo_docs_build_log", seed, "full", True, False, start=dt.datetime(2026, 11, 23, 7, 0, 1, tzinfo=UTC))
    g = L.g
    FILES = ["content/en/manual/installation.md", "content/de/handbuch/installation.md", "content/en/manual/configuration.md", "content/de/handbuch/konfiguration.md",
             "content/en/api/rest.md", "content/en/blog/2026-11-release-4-2.md", "content/de/blog/2026-11-release-4-2.md", "content/en/manual/backup.md",
             "layouts/partials/header.html", "layouts/_default/single.html", "static/img/screens/setup-2.png", "data/releases.yaml", "hugo.toml",
             "content/en/faq.md", "content/de/faq.md", "assets/scss/main.scss"]
    st = {"sha": g.hx(7), "pages": [412, 398], "broken": False}

    def w(text, ev, lv=None, t=None):
        L.emit(text, ev, lv, None, t)

    def wrap(msg, ev):
        w(f"[{L.t:%Y-%m-%d %H:%M:%S}] {msg}", ev, None, L.t)

    def sec(a, b):
        L.t += dt.timedelta(seconds=g.r.uniform(a, b))

    def run():
        wrap("pulling docs (main)", "wrap_pull")
        sec(1, 3)
        if g.r.random() < 0.55:
            w("Already up to date.", "git_up_to_date")
            wrap(f"no changes ({st['sha']}), nothing to do", "wrap_no_changes")
            return
        new = g.hx(7)
        w(f"Updating {st['sha']}..{new}", "git_updating")
        w("Fast-forward", "git_ff")
        files = g.r.sample(FILES, g.num(1, 5))
        width = max(len(f) for f in files)
        ins = dels = 0
        for f in files:
            if f.endswith(".png"):
                w(f" {f:<{width}} | Bin {g.c([0, g.num(20000, 90000)])} -> {g.num(20000, 90000)} bytes", "git_stat_bin")
            else:
                a, d = g.num(0, 40), g.num(0, 20)
                ins, dels = ins + a, dels + d
                w(f" {f:<{width}} | {a + d:>3} {'+' * min(a, 30)}{'-' * min(d, 20)}", "git_stat_row")
        w(f" {len(files)} file{'s' if len(files) > 1 else ''} changed, {ins} insertion{'s' if ins != 1 else ''}(+), {dels} deletion{'s' if dels != 1 else ''}(-)",
          "git_summary")
        st["sha"] = new
        if any("single.html" in f for f in files) and g.r.random() < 0.5:
            st["broken"] = True
        elif st["broken"] and g.r.random() < 0.7:
            st["broken"] = False
        wrap(f"building {new}", "wrap_building")
        w("Start building sites … ", "start_building")
        w("hugo v0.139.3-2f6864387cd31b975914e8373d4bf38bddbd47bc+extended linux/amd64 BuildDate=2024-11-29T15:36:56Z VendorInfo=gohugoio", "hugo_version")
        w("", "empty")
        if g.r.random() < 0.8:
            w("WARN  deprecated: .Site.Author was deprecated in Hugo v0.124.0 and will be removed in Hugo 0.140.0. Implement taxonomy 'author' or use "
              ".Site.Params.Author instead.", "warn_deprecated", "warn")
        if g.r.random() < 0.4:
            w("WARN  found no layout file for \"html\" for kind \"taxonomy\": You should create a template file which matches Hugo Layouts Lookup Rules for this "
              "combination.", "warn_no_layout", "warn")
        for _ in range(g.c([0, 0, 1, 2])):
            f = g.c([f for f in FILES if f.startswith("content")])
            w(f"WARN  Raw HTML omitted while rendering \"/srv/docs/{f}\"; see https://gohugo.io/getting-started/configuration-markup/#rendererunsafe",
              "warn_raw_html", "warn")
            w("You can suppress this warning by adding the following to your site configuration:", "warn_raw_html_advice", "warn")
            w("ignoreLogs = ['warning-goldmark-raw-html']", "warn_raw_html_ignore", "warn")
        if g.r.random() < 0.15:
            lang = g.c(["en", "de"])
            w(f"ERROR [{lang}] REF_NOT_FOUND: Ref \"{g.c(['manual/upgrade-3x.md', 'api/v1.md', 'handbuch/alt.md'])}\": \"/srv/docs/content/{lang}/"
              f"{g.c(['manual/index.md', 'faq.md', 'blog/2026-11-release-4-2.md'])}:{g.num(5, 80)}:{g.num(3, 40)}\": page not found", "error_ref_not_found", "error")
        sec(2, 9)
        if st["broken"]:
            page = g.c(["content/en/blog/2026-11-release-4-2.md", "content/de/blog/2026-11-release-4-2.md"])
            err = (f"render of \"/srv/docs/{page}\" failed: \"/srv/docs/layouts/_default/single.html:14:7\": execute of template failed: template: "
                   "_default/single.html:14:7: executing \"main\" at <.Params.author.name>: can't evaluate field name in type string")
            w(f"ERROR {err}", "error_render", "error")
            w(f"Total in {g.num(1500, 4000)} ms", "total_in")
            w(f"Error: error building site: render: failed to render pages: {err}", "error_building_site", "error")
            wrap("hugo failed (exit 1), not syncing", "wrap_failed")
            return
        st["pages"] = [p + g.c([0, 0, 1]) for p in st["pages"]]
        w("", "empty")
        w("                   | EN  | DE   ", "table_head")
        w("-------------------+-----+------", "table_rule")
        for k, v in [("Pages", st["pages"]), ("Paginator pages", [12, 11]), ("Non-page files", [86, 86]), ("Static files", [143, 143]),
                     ("Processed images", [g.num(0, 40), g.num(0, 40)]), ("Aliases", [31, 29]), ("Cleaned", [g.num(0, 12), g.num(0, 12)])]:
            w(f"  {k:<16} | {v[0]:>3} | {v[1]:>3}  ", "table_row")
        w("", "empty")
        w(f"Total in {g.num(3000, 9000)} ms", "total_in")
        for node in ("web1", "web2"):
            wrap(f"syncing to {node}", "wrap_syncing")
            sec(1, 6)
            if g.r.random() < 0.03:
                w(f"ssh: connect to host {node}.docs.internal port 22: Connection timed out", "ssh_timeout")
                w("rsync: connection unexpectedly closed (0 bytes received so far) [sender]", "rsync_closed")
                w("rsync error: unexplained error (code 255) at io.c(232) [sender=3.2.7]", "rsync_error")
                continue
            sent = g.num(200000, 9000000)
            w(f"sent {sent:,} bytes  received {g.num(2000, 40000):,} bytes  {g.r.uniform(100000, 2000000):,.2f} bytes/sec", "rsync_sent")
            w(f"total size is {g.num(40000000, 60000000):,}  speedup is {g.f(5, 120, 2)}", "rsync_total")
        wrap("done", "wrap_done")

    while len(L.rows) < N_LINES:
        run()
        L.t = L.t.replace(second=1, microsecond=0) + dt.timedelta(minutes=20)
        L.t = L.t.replace(minute=L.t.minute // 20 * 20)
        if L.t.hour >= 19:
            L.t = L.t.replace(hour=7, minute=0) + dt.timedelta(days=1)
    del L.rows[N_LINES:]
    carry_time(L, lambda r: r[2] is not None)
    return L


# 14 --------------------------------------------------------------- /var/log/messages of an Oracle database server (RHEL 9.4) whose data LUNs are on a NetApp AFF over iSCSI, two
#   sessions on two storage VLANs and dm-multipath over them ("Dec  1 10:00:00 db03 kernel: connection1:0: ping timeout of 5 secs expired, ...");
#   the kernel's iSCSI, SCSI, ALUA and device-mapper lines, iscsid and multipathd when a path drops and comes back (NOP time-outs, failed and
#   reinstated paths, the odd session recovery time-out with I/O errors), a controller takeover and giveback on the array, a new LUN scanned in,
#   and the everyday noise of systemd, logind sessions, sysstat, dnf makecache and rsyslog
@checked
def log_iscsi(seed):
    L = Log("iscsi_multipath_messages", seed, "noyear", False, True)
    g = L.g
    PATHS = [{"conn": "1:0", "sess": 1, "host": 3, "dev": "sdc", "mm": "8:32", "portal": "10.50.0.11", "tpg": "3e9"},
             {"conn": "2:0", "sess": 2, "host": 4, "dev": "sdd", "mm": "8:48", "portal": "10.50.1.11", "tpg": "3ea"}]
    st = {"jif": 4417000000 + g.num(0, 99999), "sess": g.num(3000, 4000), "pids": {"iscsid": 1123, "multipathd": 987, "systemd-logind": 812, "chronyd": 801, "rsyslogd": 1012}}

    def w(prog, msg, ev):
        ms_(L, 0, 40)
        pid = st["pids"].get(prog)
        tag = "kernel" if prog == "kernel" else f"{prog}[{1 if prog == 'systemd' else pid}]" if prog != "dnf" else f"dnf[{g.num(20000, 90000)}]"
        L.emit(f"{syslog_ts(L.t)} db03 {tag}: {msg}", ev, None, prog)

    def jif(dsec):
        st["jif"] += int(dsec * 1000)
        return st["jif"]

    def blip():
        p = g.c(PATHS)
        last_rx = jif(g.r.uniform(5, 600))
        ping = jif(5)
        now = jif(5)
        w("kernel", f" connection{p['conn']}: ping timeout of 5 secs expired, recv timeout 5, last rx {last_rx}, last ping {ping}, now {now}", "ping_timeout")
        w("kernel", f" connection{p['conn']}: detected conn error (1022)", "conn_error")
        w("iscsid", f"iscsid: Kernel reported iSCSI connection {p['conn']} error (1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out) state (3)", "kernel_reported")
        for _ in range(g.num(0, 3)):
            tag = g.num(1, 120)
            w("kernel", f"sd {p['host']}:0:0:1: [{p['dev']}] tag#{tag} FAILED Result: hostbyte=DID_TRANSPORT_DISRUPTED driverbyte=DRIVER_OK cmd_age={g.num(5, 9)}s",
              "cmd_failed")
            lba = g.HX(8).lower()
            w("kernel", f"sd {p['host']}:0:0:1: [{p['dev']}] tag#{tag} CDB: {g.c(['Write(10) 2a', 'Read(10) 28'])} 00 {lba[0:2]} {lba[2:4]} {lba[4:6]} {lba[6:8]} 00 00 "
              f"{g.c(['08', '10', '80'])} 00", "cdb")
        w("kernel", f"device-mapper: multipath: 253:3: Failing path {p['mm']}.", "failing_path")
        w("multipathd", f"checker failed path {p['mm']} in map mpatha", "checker_failed")
        w("multipathd", "mpatha: remaining active paths: 1", "remaining_paths")
        long = g.r.random() < 0.12
        for _ in range(g.num(1, 6) if not long else g.num(8, 14)):
            L.tick(10)
            w("iscsid", f"iscsid: connect to {p['portal']}:3260 failed ({g.c(['No route to host', 'Connection timed out', 'Connection refused'])})", "connect_failed")
        if long:
            w("kernel", f" session{p['sess']}: session recovery timed out after 120 secs", "recovery_timed_out")
            for _ in range(g.num(1, 4)):
                w("kernel", f"sd {p['host']}:0:0:1: rejecting I/O to offline device", "rejecting_io")
                w("kernel", f"I/O error, dev {p['dev']}, sector {g.num(10 ** 6, 10 ** 9)} op 0x{g.c([0, 1])}:({g.c(['READ', 'WRITE'])}) flags 0x{g.c(['800', '8800', '0'])} "
                  f"phys_seg {g.num(1, 32)} prio class 2", "io_error")
            L.tick(30)
        w("iscsid", f"iscsid: connection{p['conn']} is operational after recovery ({g.num(1, 14)} attempts)", "operational_after_recovery")
        L.tick(2)
        w("multipathd", f"mpatha: {p['dev']} - tur checker reports path is up", "tur_up")
        w("multipathd", f"{p['mm']}: reinstated", "reinstated")
        w("multipathd", "mpatha: remaining active paths: 2", "remaining_paths")
        w("kernel", f"device-mapper: multipath: 253:3: Reinstating path {p['mm']}.", "reinstating_path")

    def takeover():
        a, b = PATHS
        w("kernel", f"sd {a['host']}:0:0:1: alua: port group {a['tpg']} state T non-preferred supports TolUSNA", "alua_state")
        w("kernel", f"sd {a['host']}:0:0:1: alua: port group {a['tpg']} state N non-preferred supports TolUSNA", "alua_state")
        w("multipathd", "mpatha: switch to path group #2", "switch_pg")
        w("multipathd", f"mpatha: load table [0 2147483648 multipath 3 queue_if_no_path pg_init_retries 50 1 alua 2 2 service-time 0 1 1 {a['mm']} 1 service-time 0 1 1 "
          f"{b['mm']} 1]", "load_table")
        L.tick(900)
        w("kernel", f"sd {a['host']}:0:0:1: alua: port group {a['tpg']} state A preferred supports TolUSNA", "alua_state")
        w("multipathd", "mpatha: switch to path group #1", "switch_pg")
        w("multipathd", f"mpatha: load table [0 2147483648 multipath 3 queue_if_no_path pg_init_retries 50 1 alua 2 1 service-time 0 1 1 {a['mm']} 1 service-time 0 1 1 "
          f"{b['mm']} 1]", "load_table")

    def new_lun():
        if st.get("lun"):
            return takeover()
        st["lun"] = n = g.num(2, 4)
        devs = []
        for p, d in zip(PATHS, ["sde", "sdf"]):
            h = p["host"]
            w("kernel", f"scsi {h}:0:0:{n}: Direct-Access     NETAPP   LUN C-Mode       9141 PQ: 0 ANSI: 5", "scsi_direct_access")
            w("kernel", f"scsi {h}:0:0:{n}: alua: supports implicit TPGS", "alua_supports")
            w("kernel", f"scsi {h}:0:0:{n}: alua: device naa.600a098038314{g.hx(19)} port group {p['tpg']} rel port {g.num(1, 8)}", "alua_device")
            w("kernel", f"sd {h}:0:0:{n}: Attached scsi generic sg{g.num(5, 9)} type 0", "attached_sg")
            w("kernel", f"sd {h}:0:0:{n}: [{d}] 4294967296 512-byte logical blocks: (2.20 TB/2.00 TiB)", "logical_blocks")
            w("kernel", f"sd {h}:0:0:{n}: [{d}] Write Protect is off", "write_protect")
            w("kernel", f"sd {h}:0:0:{n}: [{d}] Write cache: disabled, read cache: enabled, supports DPO and FUA", "write_cache")
            w("kernel", f"sd {h}:0:0:{n}: [{d}] Optimal transfer size 65536 bytes", "optimal_transfer")
            w("kernel", f"sd {h}:0:0:{n}: alua: port group {p['tpg']} state {'A preferred' if h == 3 else 'N non-preferred'} supports TolUSNA", "alua_state")
            w("kernel", f"sd {h}:0:0:{n}: [{d}] Attached SCSI disk", "attached_disk")
            devs.append((d, {"sde": "8:64", "sdf": "8:80"}[d]))
        w("multipathd", f"mpathb: load table [0 4294967296 multipath 3 queue_if_no_path pg_init_retries 50 1 alua 2 1 service-time 0 1 1 {devs[0][1]} 1 service-time 0 1 1 "
          f"{devs[1][1]} 1]", "load_table")
        for d, mm in devs:
            w("multipathd", f"{d} [{mm}]: path added to devmap mpathb", "path_added")

    def session():
        st["sess"] += 1
        s = st["sess"]
        u = g.c(["oracle", "oracle", "grid", "root", "ansible"])
        w("systemd-logind", f"New session {s} of user {u}.", "new_session")
        w("systemd", f"Started session-{s}.scope - Session {s} of User {u}.", "started_session")
        L.tick(400)
        w("systemd-logind", f"Session {s} logged out. Waiting for processes to exit.", "logged_out")
        w("systemd", f"session-{s}.scope: Deactivated successfully.", "scope_deactivated")
        if g.r.random() < 0.3:
            w("systemd", f"session-{s}.scope: Consumed {g.f(0.1, 40, 3)}s CPU time.", "scope_consumed")
        w("systemd-logind", f"Removed session {s}.", "removed_session")

    def sysstat():
        w("systemd", "Starting sysstat-collect.service - system activity accounting tool...", "sysstat_starting")
        w("systemd", "sysstat-collect.service: Deactivated successfully.", "sysstat_deactivated")
        w("systemd", "Finished sysstat-collect.service - system activity accounting tool.", "sysstat_finished")

    def makecache():
        w("systemd", "Starting dnf-makecache.service - dnf makecache...", "makecache_starting")
        if g.r.random() < 0.6:
            w("dnf", "Metadata cache refreshed recently.", "dnf_recently")
        else:
            for repo, size in [("Red Hat Enterprise Linux 9 for x86_64 - BaseOS (RPMs)", "61 kB/s | 4.1 kB     00:00"),
                               ("Red Hat Enterprise Linux 9 for x86_64 - AppStream (RPMs)", "72 kB/s | 4.5 kB     00:00")]:
                w("dnf", f"{repo}  {size}", "dnf_repo")
            w("dnf", "Metadata cache created.", "dnf_created")
        w("systemd", "dnf-makecache.service: Deactivated successfully.", "makecache_deactivated")
        w("systemd", "Finished dnf-makecache.service - dnf makecache.", "makecache_finished")

    def rsyslog_hup():
        w("rsyslogd", "[origin software=\"rsyslogd\" swVersion=\"8.2310.0-4.el9\" x-pid=\"1012\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed", "rsyslog_hup")

    def chrony():
        w("chronyd", f"Selected source 10.0.0.{g.c([1, 2])} (ntp{g.c([1, 2])}.corp.example.net)", "chrony_selected")

    fill(L, [(4, blip), (0.3, takeover), (0.2, new_lun), (12, session), (18, sysstat), (3, makecache), (0.5, rsyslog_hup), (0.5, chrony)], N_LINES, 400)
    del L.rows[N_LINES:]
    return L


# 15 --------------------------------------------------------------- Jest 29 running the unit tests of a React/TypeScript shop front-end every night on a build machine (`npm run
#   test:ci`, i.e. `jest --ci --coverage --maxWorkers=4`; cron appends the output to ~/ci/nightly-jest.log), no time on any line: npm's script
#   banner, a PASS or FAIL line for every test file (with its run time when slow), the failures with the matcher's message, the code frame
#   and the "at" frames, the console blocks Jest prints for console.warn/error/log calls (React's act() warning, jsdom's "Not implemented"),
#   the coverage table, "Summary of all failing tests", the totals, the coverage threshold and npm's error lines when the run fails
@checked
def log_jest(seed):
    L = Log("jest_nightly_ci_log", seed, None, True, False)
    g = L.g
    FILES = ["src/utils/format.test.ts", "src/utils/currency.test.ts", "src/utils/date.test.ts", "src/api/client.test.ts", "src/api/orders.test.ts",
             "src/api/products.test.ts", "src/api/auth.test.ts", "src/hooks/useCart.test.tsx", "src/hooks/useDebounce.test.ts", "src/hooks/useAuth.test.tsx",
             "src/store/cartSlice.test.ts", "src/store/userSlice.test.ts", "src/store/checkoutSlice.test.ts", "src/components/Button/Button.test.tsx",
             "src/components/ProductCard/ProductCard.test.tsx", "src/components/Cart/Cart.test.tsx", "src/components/Checkout/Checkout.test.tsx",
             "src/components/Header/Header.test.tsx", "src/components/SearchBar/SearchBar.test.tsx", "src/components/Modal/Modal.test.tsx",
             "src/components/PriceTag/PriceTag.test.tsx", "src/components/Chart/SalesChart.test.tsx", "src/pages/Home.test.tsx", "src/pages/Product.test.tsx",
             "src/pages/Account.test.tsx", "src/pages/OrderHistory.test.tsx", "src/i18n/i18n.test.ts", "src/validation/address.test.ts",
             "src/validation/payment.test.ts", "src/analytics/tracker.test.ts"]
    FLAKY = {"src/api/orders.test.ts": "orders", "src/components/Checkout/Checkout.test.tsx": "timeout", "src/store/cartSlice.test.ts": "equal",
             "src/components/SearchBar/SearchBar.test.tsx": "length"}
    COV = [("src/api", ["client.ts", "orders.ts", "products.ts", "auth.ts"]), ("src/components/Cart", ["Cart.tsx", "CartLine.tsx"]),
           ("src/components/Checkout", ["Checkout.tsx", "AddressForm.tsx", "PaymentForm.tsx"]), ("src/hooks", ["useAuth.ts", "useCart.ts", "useDebounce.ts"]),
           ("src/store", ["cartSlice.ts", "checkoutSlice.ts", "index.ts", "userSlice.ts"]), ("src/utils", ["currency.ts", "date.ts", "format.ts"]),
           ("src/validation", ["address.ts", "payment.ts"])]
    st = {"ver": "4.12.0"}

    def w(text, ev, lv=None):
        L.emit(text, ev, lv)

    def frame(lines, mark, col):
        for n, code in lines:
            if n == mark:
                w(f"    > {n:>2} | {code}", "code_line_marked")
                w(f"         | {' ' * col}^", "code_caret")
            else:
                w(f"      {n:>2} | {code}".rstrip(), "code_line")

    def failure(f, kind):
        if kind == "orders":
            w("  ● OrdersApi › createOrder › retries on 503", "test_title")
            w("", "empty")
            w("    expect(jest.fn()).toHaveBeenCalledTimes(expected)", "matcher_hint")
            w("", "empty")
            w("    Expected number of calls: 3", "expected_calls")
            w(f"    Received number of calls: {g.c([1, 2])}", "received_calls")
            w("", "empty")
            frame([(41, "    await api.createOrder(order);"), (42, ""), (43, "    expect(fetchMock).toHaveBeenCalledTimes(3);"), (44, "  });"), (45, "")], 43, 22)
            w("", "empty")
            w(f"      at Object.toHaveBeenCalledTimes ({f}:43:23)", "js_at")
        elif kind == "timeout":
            w("  ● Checkout › submits the order and shows the confirmation", "test_title")
            w("", "empty")
            w("    thrown: \"Exceeded timeout of 5000 ms for a test.", "thrown_timeout")
            w("    Add a timeout value to this test to increase the timeout, if this is a long-running test. See https://jestjs.io/docs/api#testname-fn-timeout.\"",
              "thrown_timeout_advice")
            w("", "empty")
            frame([(62, "  });"), (63, ""), (64, "  it(\"submits the order and shows the confirmation\", async () => {"), (65, "    renderWithStore(<Checkout />);"),
                   (66, "    await user.type(screen.getByLabelText(/street/i), \"Hauptstr. 1\");")], 64, 2)
            w("", "empty")
            w(f"      at it ({f}:64:3)", "js_at")
            w(f"      at Object.describe ({f}:12:1)", "js_at")
        elif kind == "equal":
            w("  ● cartSlice › applies the voucher before shipping", "test_title")
            w("", "empty")
            w("    expect(received).toEqual(expected) // deep equality", "matcher_hint")
            w("", "empty")
            w("    - Expected  - 1", "diff_expected")
            w("    + Received  + 1", "diff_received")
            w("", "empty")
            w("      Object {", "diff_common")
            w("        \"currency\": \"EUR\",", "diff_common")
            w("    -   \"shipping\": 495,", "diff_minus")
            w("    +   \"shipping\": 0,", "diff_plus")
            w(f"        \"total\": {g.num(1000, 9000)},", "diff_common")
            w("      }", "diff_common")
            w("", "empty")
            frame([(88, "    store.dispatch(applyVoucher(\"WINTER10\"));"), (89, ""), (90, "    expect(selectTotals(store.getState())).toEqual({"),
                   (91, "      currency: \"EUR\","), (92, "      shipping: 495,")], 90, 44)
            w("", "empty")
            w(f"      at Object.toEqual ({f}:90:44)", "js_at")
        else:
            w("  ● SearchBar › shows at most eight suggestions", "test_title")
            w("", "empty")
            w("    expect(received).toHaveLength(expected)", "matcher_hint")
            w("", "empty")
            w("    Expected length: 8", "expected_length")
            w(f"    Received length: {g.num(9, 12)}", "received_length")
            w("    Received array:  [<li class=\"suggestion\" />, <li class=\"suggestion\" />, ...]", "received_array")
            w("", "empty")
            frame([(33, "    await user.type(input, \"sch\");"), (34, "    const items = await screen.findAllByRole(\"option\");"),
                   (35, "    expect(items).toHaveLength(8);"), (36, "  });")], 35, 18)
            w("", "empty")
            w(f"      at Object.toHaveLength ({f}:35:19)", "js_at")
        w("", "empty")

    def console_block():
        w("  ● Console", "console_head")
        w("", "empty")
        k = g.c(["warn", "error", "log"])
        lv = {"warn": "warn", "error": "error", "log": None}[k]
        w(f"    console.{k}", "console_type", lv)
        if k == "warn":
            comp = g.c(["Checkout", "Cart", "SearchBar"])
            w(f"      Warning: An update to {comp} inside a test was not wrapped in act(...).", "react_act", lv)
            w("", "empty", lv)
            w("      When testing, code that causes React state updates should be wrapped into act(...):", "react_act_2", lv)
            w("", "empty", lv)
            w("      act(() => {", "react_act_3", lv)
            w("        /* fire events that update state */", "react_act_4", lv)
            w("      });", "react_act_5", lv)
            w("      /* assert on the output */", "react_act_6", lv)
            w("", "empty", lv)
            w("      This ensures that you're testing the behavior the user would see in the browser. Learn more at https://reactjs.org/link/wrap-tests-with-act",
              "react_act_7", lv)
            w(f"          at {comp} (/home/ci/shop-web/src/components/{comp}/{comp}.tsx:{g.num(10, 90)}:{g.num(3, 40)})", "js_at", lv)
            w("", "empty", lv)
            w("      at printWarning (node_modules/react-dom/cjs/react-dom.development.js:86:30)", "js_at", lv)
            w("      at error (node_modules/react-dom/cjs/react-dom.development.js:60:7)", "js_at", lv)
        elif k == "error":
            w("      Error: Not implemented: HTMLCanvasElement.prototype.getContext (without installing the canvas npm package)", "jsdom_not_implemented", lv)
            w("          at module.exports (/home/ci/shop-web/node_modules/jsdom/lib/jsdom/browser/not-implemented.js:9:17)", "js_at", lv)
            w("          at HTMLCanvasElementImpl.getContext (/home/ci/shop-web/node_modules/jsdom/lib/jsdom/living/nodes/HTMLCanvasElement-impl.js:42:5)",
              "js_at", lv)
            w("", "empty", lv)
            w("      at VirtualConsole.<anonymous> (node_modules/jest-environment-jsdom/node_modules/jsdom/lib/jsdom/virtual-console.js:29:45)", "js_at", lv)
        else:
            w(f"      mock server listening on {g.num(4000, 4999)}", "mock_listening", lv)
            w("", "empty", lv)
            w("      at Object.log (src/test/setupServer.ts:12:11)", "js_at", lv)
        w("", "empty")

    def run():
        fails = []
        w("", "empty")
        w(f"> shop-web@{st['ver']} test:ci", "npm_banner_script")
        w("> jest --ci --coverage --maxWorkers=4", "npm_banner_cmd")
        w("", "empty")
        for f in g.r.sample(FILES, len(FILES)):
            slow = g.r.random() < 0.3 or f in FLAKY or "pages" in f
            fail = f in FLAKY and g.r.random() < 0.25
            tail = f" ({g.f(5.0, 30.0, 3)} s)" if slow else ""
            w(f"{'FAIL' if fail else 'PASS'} {f}{tail}", "result_header")
            if fail:
                failure(f, FLAKY[f])
                fails.append((f, tail))
            if g.r.random() < (0.3 if "components" in f or "pages" in f else 0.03):
                console_block()
        rule = "--------------------------|---------|----------|---------|---------|-------------------"
        w(rule, "cov_rule")
        w("File                      | % Stmts | % Branch | % Funcs | % Lines | Uncovered Line #s ", "cov_head")
        w(rule, "cov_rule")
        br = g.r.uniform(70, 80)
        w(f"All files                 | {g.f(82, 88, 2):>7} | {br:>8.2f} | {g.f(78, 86, 2):>7} | {g.f(82, 88, 2):>7} |                   ", "cov_row")
        for d, fs in COV:
            w(f" {d:<25}| {g.f(70, 99, 2):>7} | {g.f(55, 95, 2):>8} | {g.f(60, 100, 2):>7} | {g.f(70, 99, 2):>7} |                   ", "cov_row")
            for f in fs:
                unc = g.c(["", f"{g.num(10, 60)}-{g.num(61, 90)}", f"{g.num(10, 99)},{g.num(100, 140)}", f"{g.num(5, 30)}"])
                w(f"  {f:<24}| {g.f(60, 100, 2):>7} | {g.f(40, 100, 2):>8} | {g.f(50, 100, 2):>7} | {g.f(60, 100, 2):>7} | {unc:<17} ", "cov_row")
        w(rule, "cov_rule")
        if fails:
            w("Summary of all failing tests", "summary_failing")
            for f, tail in fails:
                w(f"FAIL {f}{tail}", "result_header")
                failure(f, FLAKY[f])
            w("", "empty")
        nf = len(fails)
        total = 517 + g.num(0, 6)
        w(f"Test Suites: {str(nf) + ' failed, ' if nf else ''}{len(FILES) - nf} passed, {len(FILES)} total", "sum_suites")
        w(f"Tests:       {str(nf) + ' failed, ' if nf else ''}3 skipped, {total - nf - 3} passed, {total} total", "sum_tests")
        w(f"Snapshots:   {'1 obsolete, ' if g.r.random() < 0.3 else ''}64 passed, 64 total", "sum_snapshots")
        w(f"Time:        {g.f(40, 90, 3)} s", "sum_time")
        w("Ran all test suites.", "ran_all")
        thr = br < 75
        if thr:
            w(f"Jest: \"global\" coverage threshold for branches (75%) not met: {br:.2f}%", "cov_threshold")
        if fails or thr:
            w("npm error code 1", "npm_error_code", "error")
            w("npm error path /home/ci/shop-web", "npm_error_path", "error")
            w("npm error command failed", "npm_error_failed", "error")
            w("npm error command sh -c jest --ci --coverage --maxWorkers=4", "npm_error_command", "error")
            w(f"npm error A complete log of this run can be found in: /home/ci/.npm/_logs/{L.t:%Y-%m-%dT%H_%M_%S}_{g.num(100, 999)}Z-debug-0.log", "npm_error_log",
              "error")
        L.t += dt.timedelta(days=1)
        if g.r.random() < 0.3:
            st["ver"] = f"4.{12 + g.num(0, 1)}.{g.num(0, 5)}"

    while len(L.rows) < N_LINES:
        run()
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- Joplin desktop 3.1 (the AppImage on an Ubuntu laptop, notes synchronised to a Nextcloud) over a couple of weeks,
#   its log.txt in the profile directory: "2026-12-01 08:30:12: Synchronizer: \"Sync: starting: ...\"" (the laptop's local time, UTC; string
#   messages quoted; "[warn] " and "[error] " before the prefix, info without); the start-up lines, plugins loading, the sync on a timer with its
#   per-item decisions and totals, resource indexing, the search index and revision service maintenance, Nextcloud timing out or answering
#   503 with the Node error and its "    at" frames, the odd decryption warning
@checked
def log_joplin(seed):
    L = Log("joplin_desktop_log", seed, "full", True, True, start=dt.datetime(2026, 11, 18, 8, 30, 0, tzinfo=UTC))
    g = L.g
    TITLES = ["Meeting notes 2026-11-18", "Einkaufsliste", "Reading list", "Project Falcon - tasks", "Recipes: Lasagne", "Tax 2026 receipts", "Trip to Lisbon",
              "Ideas", "Weekly review", "Homelab: Proxmox upgrade", "Book notes: Deep Work", "Journal", "Bike maintenance", "Christmas gifts", "Onboarding checklist"]
    PLUGINS = ["joplin.plugin.note.tabs", "io.github.jackgruber.backup", "joplin.plugin.benji.favorites", "com.septemberhx.Joplin.Enhancement",
               "joplin.plugin.templates"]
    st = {"sync": 0, "down": False, "notes": 1180 + g.num(0, 80), "res": 402 + g.num(0, 30)}

    def w(comp, msg, ev, lv=None, quote=True):
        ms_(L, 0, 400)
        tag = f"[{lv}] " if lv else ""
        pre = f"{comp}: " if comp else ""
        body = json.dumps(msg, ensure_ascii=False) if quote else msg
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}: {tag}{pre}{body}", ev, lv, comp)

    def cont(text, ev, lv, comp):
        L.emit(text, ev, lv, comp)

    def start():
        w(None, "Profile directory: /home/mia/.config/joplin-desktop", "profile_dir")
        w(None, "Root profile directory: /home/mia/.config/joplin-desktop", "root_profile_dir")
        for p in PLUGINS:
            w("PluginService", f"Loading plugin from /home/mia/.config/joplin-desktop/plugins/{p}.jpl", "loading_plugin")
        w("ResourceService", "ResourceService::indexNoteResources: Start", "index_start")
        w("ResourceService", "ResourceService::indexNoteResources: Completed", "index_completed")
        w(None, "Scheduling sync operation...", "scheduling_sync")
        L.tick(30)
        sync()

    def sync():
        st["sync"] = int(epoch(L.t) * 1000)
        sid = st["sync"]
        w(None, "Preparing scheduled sync", "preparing_sync")
        w("Synchronizer", f"Sync: starting: Starting synchronisation to target 5... supportsAccurateTimestamp = false; supportsMultiPut = false [{sid}]", "sync_starting")
        if st["down"] or g.r.random() < 0.06:
            L.tick(30)
            kind = g.c(["timeout", "503", "refused"])
            if kind == "timeout":
                cont_lines = ["Error: Request timeout (Code ETIMEDOUT): PROPFIND /remote.php/dav/files/mia/Joplin/"]
            elif kind == "503":
                cont_lines = ["Error: Nextcloud WebDAV: 503 Service Unavailable: Service Unavailable"]
            else:
                cont_lines = ["FetchError: request to https://cloud.example-family.de/remote.php/dav/files/mia/Joplin/ failed, reason: connect ECONNREFUSED 203.0.113.40:443"]
            w("Synchronizer", cont_lines[0], "sync_error", "error", quote=False)
            for fr in ["WebDavApi.exec (/tmp/.mount_JoplinX8kQ2w/resources/app.asar/node_modules/@joplin/lib/WebDavApi.js:380:19)",
                       "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                       "async FileApiDriverWebDav.list (/tmp/.mount_JoplinX8kQ2w/resources/app.asar/node_modules/@joplin/lib/file-api-driver-webdav.js:143:22)",
                       "async Synchronizer.start (/tmp/.mount_JoplinX8kQ2w/resources/app.asar/node_modules/@joplin/lib/Synchronizer.js:611:36)"]:
                cont(f"    at {fr}", "js_at", "error", "Synchronizer")
            w("Synchronizer", f"Sync: finished: Synchronisation finished [{sid}]", "sync_finished")
            return
        for _ in range(g.c([0, 0, 1, 1, 2, 3, 5])):
            x = g.r.random()
            t = g.c(TITLES)
            if x < 0.35:
                w("Synchronizer", f"Sync: updateRemote: local has changes: (Local {g.hx(32)}): {t}", "sync_update_remote")
            elif x < 0.6:
                w("Synchronizer", f"Sync: updateLocal: remote is more recent than local: (Remote {g.hx(32)}): {t}", "sync_update_local")
            elif x < 0.8:
                w("Synchronizer", f"Sync: createRemote: remote does not exist, and local is new and has never been synced: (Local {g.hx(32)}): {t}",
                  "sync_create_remote")
                st["notes"] += 1
            elif x < 0.92:
                w("Synchronizer", f"Sync: createLocal: remote exists but local does not: (Remote {g.hx(32)}): {t}", "sync_create_local")
                st["notes"] += 1
            else:
                w("Synchronizer", f"Sync: deleteRemote: local has been deleted: (Local {g.hx(32)}): ", "sync_delete_remote")
                st["notes"] -= 1
        if g.r.random() < 0.15:
            st["res"] += 1
            w("Synchronizer", f"Sync: createRemote: remote does not exist, and local is new and has never been synced: (Local {g.hx(32)}): "
              f"{g.c(['Pasted Image 20261201083512.png', 'scan_0042.pdf', 'IMG_4411.jpg', 'Rechnung.pdf'])}", "sync_create_remote")
        w("Synchronizer", "Operations completed: ", "ops_completed")
        w("Synchronizer", f"Total folders: {g.num(21, 23)}", "total_folders")
        w("Synchronizer", f"Total notes: {st['notes']}", "total_notes")
        w("Synchronizer", f"Total resources: {st['res']}", "total_resources")
        w("Synchronizer", f"Sync: finished: Synchronisation finished [{sid}]", "sync_finished")

    def timer_sync():
        w(None, "Running background sync on timer...", "bg_sync_timer")
        w(None, "Scheduling sync operation...", "scheduling_sync")
        sync()

    def search():
        w("SearchEngine", "Updating FTS table...", "fts_updating")
        w("SearchEngine", f"Updated FTS table in {g.num(3, 120)}ms. Inserted: {g.num(0, 6)}. Deleted: {g.num(0, 2)}", "fts_updated")

    def revisions():
        w("RevisionService", "maintenance: Starting...", "rev_starting")
        if g.r.random() < 0.5:
            w("RevisionService", "maintenance: Deleting revisions older than 90 days...", "rev_deleting")
        w("RevisionService", f"maintenance: Done in {g.num(4, 300)}ms", "rev_done")

    def resources():
        w("ResourceService", "ResourceService::indexNoteResources: Start", "index_start")
        w("ResourceService", "ResourceService::indexNoteResources: Completed", "index_completed")
        if g.r.random() < 0.3:
            w("ResourceFetcher", f"ResourceFetcher: Auto-added resources: {g.num(1, 4)}", "auto_added")
            w("ResourceFetcher", f"ResourceFetcher: Resource downloaded: {g.hx(32)}", "resource_downloaded")

    def decrypt():
        w("DecryptionWorker", f"Could not decrypt item (1): {g.hx(32)}: Error: Master key {g.hx(32)} is not loaded", "decrypt_failed", "warn")

    def outage():
        st["down"] = True
        for _ in range(g.num(2, 5)):
            L.tick(300)
            timer_sync()
        st["down"] = False

    def quit_and_start():
        L.t += dt.timedelta(hours=g.num(10, 16))
        start()

    start()
    fill(L, [(30, timer_sync), (10, search), (4, revisions), (6, resources), (1.5, decrypt), (0.8, outage), (1.5, quit_and_start)], N_LINES, 300)
    del L.rows[N_LINES:]
    return L


# 17 --------------------------------------------------------------- An Apache Kudu 1.17 tablet server in a data warehouse cluster (five tablet servers, three masters; Impala
#   writing fact tables), its glog file kudu-tserver.INFO with glog's header and the year in every prefix ("I20261201 10:00:00.123456  2839
#   maintenance_manager.cc:419] P 4a1f...: Scheduling FlushMRSOp(...): perf score=1.000000"; the servers on UTC); the maintenance manager's
#   flushes, compactions and garbage collection, WAL segments rolling over, Raft elections and peers unreachable while another tablet server
#   restarts, heartbeats to the masters, memory-pressure write rejections, expired scanners, and slow RPCs with their multi-line trace
@checked
def log_kudu(seed):
    L = Log("kudu_tserver_info", seed, "full", True, True)
    g = L.g
    ME = g.hx(32)
    PEERS = [(g.hx(32), f"kudu-ts-0{n}.dwh.internal", f"10.30.0.1{n}") for n in (1, 2, 4, 5)]
    TABLETS = [g.hx(32) for _ in range(24)]
    st = {"term": {t: g.num(3, 30) for t in TABLETS}, "seg": {t: g.num(100, 900) for t in TABLETS}, "threads": [g.num(2800, 3100) for _ in range(30)]}

    def w(lv, src, msg, ev):
        ms_(L, 0, 300)
        L.emit(f"{lv}{L.t:%Y%m%d %H:%M:%S}.{us6(L.t)} {g.c(st['threads']):>5} {src}] {msg}", ev, lv, f"{src.split(':')[0]}|{src}")

    def tp(t):
        return f"T {t} P {ME}"

    def header():
        t = L.t
        L.emit(f"Log file created at: {t:%Y/%m/%d %H:%M:%S}", "hdr_created", None, None, t)
        L.emit("Running on machine: kudu-ts-03.dwh.internal", "hdr_machine", None, None, t)
        L.emit("Application fingerprint: version 1.17.1 revision 4ed0e5fb9b2e8e1c9c2ea6fbd9f1f5e6b6e3e0a1 build type RELEASE built by jenkins at 21 Oct 2024 "
               "14:02:11 UTC on kudu-build-02", "hdr_fingerprint", None, None, t)
        L.emit("Running duration (h:mm:ss): 0:00:00", "hdr_duration", None, None, t)
        L.emit("Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg", "hdr_format", None, None, t)

    def maint():
        t = g.c(TABLETS)
        x = g.r.random()
        if x < 0.45:
            op = "FlushMRSOp"
            w("I", "maintenance_manager.cc:419", f"P {ME}: Scheduling {op}({t}): perf score={g.f(0.5, 1.2, 6)}", "scheduling_op")
            L.tick(1)
            w("I", "maintenance_manager.cc:643", f"P {ME}: {op}({t}) complete. Timing: real {g.f(0.02, 3, 3)}s\tuser {g.f(0.01, 2, 3)}s\tsys {g.f(0, 0.2, 3)}s Metrics: "
              f"{{\"bytes_written\":{g.num(10000, 90000000)},\"cfile_init\":{g.num(1, 40)},\"dirs.queue_time_us\":{g.num(10, 9000)},\"dirs.run_cpu_time_us\":"
              f"{g.num(100, 9000)},\"dirs.run_wall_time_us\":{g.num(100, 90000)},\"drs_written\":1,\"lbm_read_time_us\":{g.num(10, 900)},\"rows_written\":"
              f"{g.num(100, 900000)},\"thread_start_us\":{g.num(10, 400)},\"threads_started\":{g.num(1, 3)}}}", "op_complete")
        elif x < 0.7:
            op = "CompactRowSetsOp"
            w("I", "maintenance_manager.cc:419", f"P {ME}: Scheduling {op}({t}): perf score={g.f(0.001, 0.9, 6)}", "scheduling_op")
            w("I", "tablet.cc:1982", f"{tp(t)}: Compaction: stage 1 complete, picked {g.num(2, 9)} rowsets to compact or flush", "compaction_stage1")
            L.tick(2)
            if g.r.random() < 0.05:
                w("I", "tablet.cc:2091", f"{tp(t)}: Compaction resulted in no output rows (all input rows were GCed!)", "compaction_no_output")
            else:
                w("I", "tablet.cc:2102", f"{tp(t)}: Compaction: entering phase 2 (will duplicate updates in new rowsets)", "compaction_phase2")
            w("I", "maintenance_manager.cc:643", f"P {ME}: {op}({t}) complete. Timing: real {g.f(0.1, 40, 3)}s\tuser {g.f(0.1, 30, 3)}s\tsys {g.f(0, 2, 3)}s Metrics: "
              f"{{\"bytes_written\":{g.num(10 ** 5, 10 ** 9)},\"cfile_cache_hit\":{g.num(0, 900)},\"cfile_cache_miss\":{g.num(0, 900)},\"delete_count\":0,"
              f"\"rows_written\":{g.num(1000, 9000000)}}}", "op_complete")
        elif x < 0.85:
            op = "UndoDeltaBlockGCOp"
            w("I", "maintenance_manager.cc:419", f"P {ME}: Scheduling {op}({t}): {g.num(10 ** 5, 10 ** 8)} bytes on disk", "scheduling_op")
            w("I", "maintenance_manager.cc:643", f"P {ME}: {op}({t}) complete. Timing: real {g.f(0, 0.5, 3)}s\tuser {g.f(0, 0.3, 3)}s\tsys {g.f(0, 0.05, 3)}s Metrics: "
              f"{{\"cfile_init\":{g.num(1, 90)},\"lbm_read_time_us\":{g.num(100, 9000)},\"lbm_reads_lt_1ms\":{g.num(1, 400)}}}", "op_complete")
        else:
            op = "LogGCOp"
            w("I", "maintenance_manager.cc:419", f"P {ME}: Scheduling {op}({t}): free {g.num(8, 64) * 1048576} bytes of WAL", "scheduling_op")
            w("I", "log_reader.cc:386", f"{tp(t)}: Removed log segment sequence numbers {st['seg'][t] - g.num(3, 9)} through {st['seg'][t] - 2} from log reader",
              "removed_segments")
            w("I", "maintenance_manager.cc:643", f"P {ME}: {op}({t}) complete. Timing: real {g.f(0, 0.05, 3)}s\tuser {g.f(0, 0.01, 3)}s\tsys {g.f(0, 0.01, 3)}s Metrics: {{}}",
              "op_complete")

    def wal():
        t = g.c(TABLETS)
        st["seg"][t] += 1
        w("I", "log.cc:570", f"{tp(t)}: Max segment size reached. Starting new segment allocation", "max_segment")
        w("I", "log.cc:478", f"{tp(t)}: Rolled over to a new log segment at /data/1/kudu/tserver/wals/{t}/wal-{st['seg'][t]:09d}", "rolled_over")

    def peer_restart():
        pu, ph, pip = g.c(PEERS)
        for _ in range(g.num(2, 6)):
            t = g.c(TABLETS)
            w("W", "consensus_peers.cc:489", f"{tp(t)} -> Peer {pu} ({ph}:7050): Couldn't send request to peer {pu}. Status: Network error: Client connection "
              f"negotiation failed: client connection to {pip}:7050: connect: Connection refused (error 111). This is attempt {g.num(1, 40)}: this message will "
              "repeat every 5th retry.", "couldnt_send")
            L.tick(3)
        for _ in range(g.num(1, 4)):
            t = g.c(TABLETS)
            st["term"][t] += 1
            term = st["term"][t]
            w("I", "raft_consensus.cc:503", f"{tp(t)} [term {term - 1} FOLLOWER]: Starting pre-election (detected failure of leader {pu})", "starting_pre_election")
            w("I", "leader_election.cc:304", f"{tp(t)} [CANDIDATE]: Term {term} pre-election: Requested pre-vote from peers {PEERS[0][0]} ({PEERS[0][1]}:7050), "
              f"{pu} ({ph}:7050)", "requested_pre_vote")
            w("I", "leader_election.cc:290", f"{tp(t)} [CANDIDATE]: Term {term} pre-election: Election decided. Result: candidate won. Election summary: received 2 "
              f"responses out of 3 voters: 2 yes votes; 0 no votes. yes voters: {PEERS[0][0]}, {ME}; no voters: ", "pre_election_decided")
            w("I", "raft_consensus.cc:2930", f"{tp(t)} [term {term - 1} FOLLOWER]: Advancing to term {term}", "advancing_term")
            w("I", "leader_election.cc:290", f"{tp(t)} [CANDIDATE]: Term {term} election: Election decided. Result: candidate won. Election summary: received 2 "
              f"responses out of 3 voters: 2 yes votes; 0 no votes. yes voters: {PEERS[0][0]}, {ME}; no voters: ", "election_decided")
            w("I", "raft_consensus.cc:1225", f"{tp(t)} [term {term} LEADER]: Becoming Leader. State: Replica: {ME}, State: Running, Role: LEADER", "becoming_leader")
            w("I", "consensus_queue.cc:260", f"{tp(t)} [LEADER]: Queue going to LEADER mode. State: All replicated index: 0, Majority replicated index: "
              f"{g.num(1000, 90000)}, Committed index: {g.num(1000, 90000)}, Last appended: {term - 1}.{g.num(1000, 90000)}, Last appended by leader: "
              f"{g.num(1000, 90000)}, Current term: {term}, Majority size: 2, State: 0, Mode: LEADER", "queue_leader_mode")
        L.tick(90)
        t = g.c(TABLETS)
        w("I", "consensus_queue.cc:1225", f"{tp(t)} [LEADER]: Connected to new peer: Peer: permanent_uuid: \"{pu}\" member_type: VOTER last_known_addr {{ host: "
          f"\"{ph}\" port: 7050 }}, Status: LMP_MISMATCH, Last received: 0.0, Next index: {g.num(1000, 90000)}, Last known committed idx: {g.num(1000, 90000)}, Time "
          "since last communication: 0.000s", "connected_new_peer")

    def heartbeat():
        if g.r.random() < 0.6:
            w("W", "heartbeater.cc:646", f"Failed to heartbeat to kudu-master-0{g.num(1, 3)}.dwh.internal:7051 ({g.num(0, 5)} consecutive failures): Network error: "
              "Failed to send heartbeat to master: Client connection negotiation failed: client connection to 10.30.0.2:7051: connect: Connection refused (error 111)",
              "heartbeat_failed")
        w("I", "heartbeater.cc:346", f"Connected to a leader master server at kudu-master-0{g.num(1, 3)}.dwh.internal:7051", "connected_master")

    def memory():
        w("W", "tablet_service.cc:1670", f"Rejecting Write request: Soft memory limit exceeded (at {g.f(80, 99, 2)}% of capacity) [suppressed {g.num(1, 400)} similar messages]",
          "rejecting_write")

    def scanner():
        w("I", "scanners.cc:285", f"Expiring scanner id: {g.hx(32)}, of tablet {g.c(TABLETS)}, after {g.num(60001, 90000)} ms of inactivity, which is > TTL (60000 ms).",
          "expiring_scanner")

    def slow_rpc():
        th = g.c(st["threads"])
        ms = g.num(1000, 9000)
        ip = f"10.30.1.{g.num(20, 40)}:{g.port()}"
        t0 = L.t
        L.emit(f"W{t0:%Y%m%d %H:%M:%S}.{us6(t0)} {th:>5} inbound_call.cc:121] Call kudu.tserver.TabletServerService.Write from {ip} (request call id {g.num(10 ** 4, 10 ** 7)}) "
               f"took {ms} ms ({ms / 1000:.2f} s). Client timeout 10000 ms (10 s)", "slow_call", "W", "inbound_call.cc|inbound_call.cc:121")
        L.emit(f"W{t0:%Y%m%d %H:%M:%S}.{us6(t0)} {th:>5} inbound_call.cc:127] Trace:", "trace_head", "W", "inbound_call.cc|inbound_call.cc:127")
        t = t0 - dt.timedelta(milliseconds=ms)
        tab = g.c(TABLETS)
        steps = [("service_pool.cc:169", "Inserting onto call queue", 0), ("service_pool.cc:228", "Handling call", g.num(5, 40)),
                 ("tablet_service.cc:1512", f"Processing write for tablet {tab}", g.num(20, 200)), ("write_op.cc:183", "PREPARE: Starting.", g.num(5, 50)),
                 ("write_op.cc:435", "Acquiring schema lock in shared mode", g.num(1, 20)), ("write_op.cc:446", "Acquired schema lock", g.num(1, 20)),
                 ("tablet.cc:660", "Decoding operations", g.num(10, 300)), ("tablet.cc:681", "Acquiring locks for 1 operations", g.num(1, 30)),
                 ("lock_manager.cc:577", "Waiting on 1 contended locks", g.num(0, 10)), ("tablet.cc:709", "Acquired locks", ms * 900),
                 ("write_op.cc:187", "PREPARE: Finished.", g.num(10, 100)), ("op_driver.cc:342", "REPLICATION: Starting.", g.num(10, 100)),
                 ("log.cc:844", "Serialized 1523 byte log entry", g.num(10, 300)), ("op_driver.cc:453", "REPLICATION: Finished.", g.num(300, 90000)),
                 ("write_op.cc:301", "APPLY: Starting.", g.num(5, 50)), ("write_op.cc:314", "APPLY: Finished.", g.num(50, 900)),
                 ("inbound_call.cc:162", "Queueing success response", g.num(10, 90))]
        for src, msg, d in steps:
            t += dt.timedelta(microseconds=d)
            L.emit(f"{t:%m%d %H:%M:%S}.{us6(t)} (+{d:>6}us) {src}] {msg}", "trace:" + src, "W", "inbound_call.cc|inbound_call.cc:127", t)
        L.emit(f"Metrics: {{\"prepare.queue_time_us\":{g.num(10, 900)},\"prepare.run_cpu_time_us\":{g.num(100, 900)},\"prepare.run_wall_time_us\":{ms * 900},"
               f"\"replication_time_us\":{g.num(300, 90000)},\"spinlock_wait_cycles\":{g.num(0, 90000)},\"tablet-wait-for-lock\":{ms * 890}}}", "trace_metrics", "W",
               "inbound_call.cc|inbound_call.cc:127", t0)

    header()
    fill(L, [(40, maint), (12, wal), (0.6, peer_restart), (1, heartbeat), (3, memory), (4, scanner), (1.5, slow_rpc)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 18 --------------------------------------------------------------- listmonk v4.1 (the newsletter manager, Go, in Docker with its PostgreSQL) of a regional theatre: `docker logs`
#   of the app container, Go's standard logger with the source file and line ("2026/12/01 10:00:00 manager.go:475: start processing campaign
#   (Spielplan Dezember)"; the container on UTC); the compose command's install, upgrade and start at every container start, campaigns being
#   sent to some ten thousand subscribers through the mail provider's SMTP relay, the relay throttling and refusing, the error threshold pausing
#   a campaign, bounces from the provider's webhook, subscriber imports, settings being saved and the app reloading
@checked
def log_listmonk(seed):
    L = Log("listmonk_docker_logs", seed, "full", False, True)
    g = L.g
    CAMPS = ["Spielplan Dezember", "Weihnachtsmärchen: letzte Karten", "Newsletter KW 49", "Premiere: Der Besuch der alten Dame", "Silvestergala 2026",
             "Abo-Verlängerung 2027", "Theaterpädagogik: Workshops im Januar", "Newsletter KW 50", "Einladung Freundeskreis"]
    st = {"ver": "v4.1.0", "camp": None, "id": 180 + g.num(0, 40)}

    def w(src, msg, ev):
        ms_(L, 0, 200)
        L.emit(f"{L.t:%Y/%m/%d %H:%M:%S} {src}: {msg}", ev, None, f"{src.split(':')[0]}|{src}")

    def banner():
        w("main.go:105", f"{st['ver']} (a3c5e12 2024-11-20T10:12:44Z, linux/amd64)", "version")
        w("init.go:153", "reading config: config.toml", "reading_config")
        w("init.go:275", "connecting to db: db:5432/listmonk", "connecting_db")

    def start():
        banner()
        w("install.go:39", "skipping install as database seems to be already ready", "skip_install")
        banner()
        w("upgrade.go:82", "no upgrades to run. Database is up-to-date.", "no_upgrades")
        banner()
        w("init.go:508", "media upload provider: filesystem", "media_provider")
        w("init.go:421", "loaded i18n language: de", "i18n")
        w("init.go:621", "loaded email (SMTP) messengers: 2", "smtp_messengers")
        w("main.go:236", "http server started on [::]:9000", "http_started")

    def campaign():
        name = g.c(CAMPS)
        st["id"] += 1
        w("manager.go:475", f"start processing campaign ({name})", "start_processing")
        errs = 0
        throttle = g.r.random() < 0.2
        n = g.num(0, 8) if not throttle else g.num(15, 40)
        for _ in range(n):
            L.tick(4)
            sub = g.uuid()
            err = g.c(["421 4.7.0 Too many messages, rate limit exceeded. Please slow down.", "dial tcp 185.41.28.109:587: i/o timeout",
                       "550 5.1.1 <" + g.email() + ">: Recipient address rejected: User unknown", "EOF", "timed out waiting for free conn in pool"]
                      if throttle else ["550 5.1.1 Recipient address rejected", "552 5.2.2 Mailbox full", "EOF"])
            w("manager.go:612", f"error sending message in campaign {name}: subscriber {sub}: {err}", "error_sending")
            errs += 1
            if throttle and errs >= 20:
                w("manager.go:540", f"error counter exceeded 20. pausing campaign ({name})", "error_threshold")
                w("manager.go:500", f"stop processing campaign ({name})", "stop_processing")
                return
        L.tick(600)
        w("manager.go:520", f"campaign ({name}) finished", "campaign_finished")

    def bounce():
        if g.r.random() < 0.2:
            w("bounce.go:92", f"error recording bounce: subscriber not found: {g.email()}", "bounce_not_found")
        else:
            w("bounce.go:71", f"received bounce webhook from postmark: {g.c(['HardBounce', 'SoftBounce', 'SpamComplaint'])}", "bounce_webhook")

    def importer():
        fn = g.c(["kasse-export-2026-11.csv", "freundeskreis.csv", "abo-kunden.csv"])
        w("importer.go:470", f"processing '{fn}'", "import_processing")
        n = g.num(40, 4000)
        w("importer.go:742", f"imported finished. {n} subscribers imported", "import_done")

    def settings():
        w("main.go:269", "reloading on signal ...", "reloading")
        start()

    def restart():
        L.tick(20)
        start()

    start()
    fill(L, [(6, campaign), (4, bounce), (0.6, importer), (0.5, settings), (0.3, restart)], N_LINES, 8000)
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Grafana Loki 3.3 in single-binary mode (filesystem storage, TSDB index) collecting the logs of a web shop's
#   servers through Promtail, `docker logs loki`: go-kit's logfmt ("level=info ts=2026-12-01T10:00:00.123456789Z caller=metrics.go:217
#   component=frontend org_id=fake ... msg=..."); the query frontend's and querier's lines for every Grafana query (executing query, the
#   statistics line with its many keys), the ingester flushing streams and checkpointing its WAL, the index shipper uploading tables, the
#   compactor and retention, clients pushing too much or too old, slow and failed queries
@checked
def log_loki(seed):
    L = Log("loki_docker_logs", seed, "full", True, True)
    g = L.g
    QUERIES = ['{app="nginx"} |= "error"', 'sum by (status) (rate({app="nginx"} | json [5m]))', '{app="shop-api", level="error"}',
               'count_over_time({job="varlogs"} |~ "OOM|oom-killer" [1h])', '{app="shop-api"} | json | duration > 2s', '{host="web-2", job="varlogs"}',
               'topk(10, sum by (path) (rate({app="nginx"} | pattern "<_> - - <_> \\"<method> <path> <_>\\" <status> <_>" [5m])))',
               '{app="payment-worker"} |= "declined"', 'sum(rate({app="shop-api"} |= "timeout" [1m]))']
    APPS = ["nginx", "shop-api", "payment-worker", "varlogs", "postgres", "redis"]
    HOSTS = ["web-1", "web-2", "web-3", "db-1", "worker-1"]
    st = {"ckpt": g.num(100, 900)}

    def table():
        return int(epoch(L.t) // 86400)

    def lf(v):
        v = str(v)
        if v == "" or any(c in v for c in ' "=\\{'):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return v

    def w(lv, caller, kv, ev, comp=None):
        ms_(L, 0, 200)
        parts = [f"level={lv}", f"ts={L.t:%Y-%m-%dT%H:%M:%S}.{us6(L.t)}{g.num(0, 999):03d}Z", f"caller={caller}"] + [f"{k}={lf(v)}" for k, v in kv]
        f = caller.split(":")[0]
        c = f"{comp}|{f}|{caller}" if comp else f"{f}|{caller}"
        L.emit(" ".join(parts), ev, lv, c)

    def dur(a, b):
        ms = g.r.uniform(a, b)
        return f"{ms:.6g}ms" if ms < 1000 else f"{ms / 1000:.6g}s"

    def query():
        q = g.c(QUERIES)
        metric = q.startswith(("sum", "count", "topk"))
        tid = g.hx(16)
        length = g.c(["1h0m0s", "6h0m0s", "24h0m0s", "15m0s", "3h0m0s"])
        qh = g.num(10 ** 9, 4 * 10 ** 9)
        w("info", "roundtrip.go:364", [("org_id", "fake"), ("traceID", tid), ("msg", "executing query"), ("type", "range"), ("query", q), ("start", f"{L.t:%Y-%m-%dT%H:00:00Z}"),
                                       ("end", f"{L.t:%Y-%m-%dT%H:%M:%S}Z"), ("start_delta", f"{length[:-4]}{g.f(0, 1, 2)}s"), ("end_delta", f"{g.num(100, 900)}ms"),
                                       ("length", length), ("step", g.c([14000, 60000, 120000])), ("query_hash", qh)], "frontend_executing")
        w("info", "engine.go:248", [("component", "querier"), ("org_id", "fake"), ("traceID", tid), ("msg", "executing query"), ("query", q), ("query_hash", qh),
                                    ("type", "range")], "querier_executing", "querier")
        if g.r.random() < 0.04:
            L.tick(30)
            w("error", "retry.go:95", [("org_id", "fake"), ("traceID", tid), ("msg", "error processing request"), ("try", g.num(0, 4)), ("query", q), ("query_hash", qh),
                                       ("retry_in", dur(200, 2000)), ("err", "context deadline exceeded")], "retry_error")
            w("warn", "logging.go:128", [("orgID", "fake"), ("traceID", tid), ("msg", f"GET /loki/api/v1/query_range?direction=backward&end={int(epoch(L.t) * 1e9)}&limit=1000"
                                         f"&query={q.replace(' ', '+')}&start={int(epoch(L.t) * 1e9) - 3600 * 10 ** 9}&step=14 (500) 30.001s Response: \"context deadline "
                                         "exceeded\\n\" ws: false; Accept: application/json, text/plain, */*; User-Agent: Grafana/11.3.1; X-Grafana-Org-Id: 1; ")],
              "http_500")
            return
        lat = g.c(["fast", "fast", "fast", "normal", "slow"])
        d = dur(5, 900) if lat == "fast" else dur(1000, 9000) if lat == "normal" else dur(10000, 29000)
        w("info", "metrics.go:217", [("component", "frontend"), ("org_id", "fake"), ("traceID", tid), ("latency", lat), ("query", q), ("query_hash", qh),
                                     ("query_type", "metric" if metric else g.c(["filter", "limited"])), ("range_type", "range"), ("length", length),
                                     ("start_delta", f"{length[:-4]}{g.f(0, 1, 2)}s"), ("end_delta", f"{g.num(100, 900)}ms"), ("step", g.c(["14s", "1m0s", "2m0s"])),
                                     ("duration", d), ("status", 200), ("limit", 1000), ("returned_lines", 0 if metric else g.num(0, 1000)),
                                     ("throughput", f"{g.num(1, 900)}MB"), ("total_bytes", f"{g.f(0.1, 900, 1)}MB"), ("total_bytes_structured_metadata", "0B"),
                                     ("lines_per_second", g.num(1000, 900000)), ("total_lines", g.num(100, 9000000)), ("post_filter_lines", g.num(0, 90000)),
                                     ("total_entries", g.num(0, 1000)), ("store_chunks_download_time", dur(0, 900)), ("queue_time", dur(0, 50)), ("splits", g.num(0, 24)),
                                     ("shards", g.num(0, 32)), ("query_referenced_structured_metadata", "false"), ("pipeline_wrapper_filtered_lines", 0),
                                     ("chunk_refs_fetch_time", dur(0, 40)), ("cache_chunk_req", g.num(0, 900)), ("cache_chunk_hit", g.num(0, 900)),
                                     ("cache_chunk_bytes_stored", g.num(0, 9 * 10 ** 7)), ("cache_chunk_bytes_fetched", g.num(0, 9 * 10 ** 7)),
                                     ("cache_chunk_download_time", dur(0, 100)), ("cache_index_req", 0), ("cache_index_hit", 0), ("cache_index_download_time", "0s"),
                                     ("cache_stats_results_req", 0), ("cache_stats_results_hit", 0), ("cache_stats_results_download_time", "0s"),
                                     ("cache_volume_results_req", 0), ("cache_volume_results_hit", 0), ("cache_volume_results_download_time", "0s"),
                                     ("cache_result_req", g.num(0, 24)), ("cache_result_hit", g.num(0, 24)), ("cache_result_download_time", dur(0, 5)),
                                     ("cardinality_estimate", 0), ("ingester_chunk_refs", g.num(0, 90)), ("ingester_chunk_downloaded", 0),
                                     ("ingester_chunk_matches", g.num(0, 90)), ("ingester_requests", g.num(1, 4)), ("ingester_chunk_head_bytes", f"{g.f(0.1, 90, 1)}MB"),
                                     ("ingester_chunk_compressed_bytes", f"{g.f(0.1, 90, 1)}MB"), ("ingester_chunk_decompressed_bytes", f"{g.f(0.1, 900, 1)}MB"),
                                     ("ingester_post_filter_lines", g.num(0, 9000)), ("congestion_control_latency", "0s"), ("index_total_chunks", 0),
                                     ("index_post_bloom_filter_chunks", 0), ("index_bloom_filter_ratio", "0.00"), ("index_used_bloom_filters", "false"),
                                     ("index_shard_resolver_duration", "0s"), ("disable_pipeline_wrappers", "false"), ("has_labelfilter_before_parser", "false")],
          "query_stats", "frontend")

    def labels():
        tid = g.hx(16)
        kind = g.c(["labels", "labels", "series"])
        if kind == "labels":
            lab = g.c(["", "app", "host", "job", "level"])
            w("info", "metrics.go:237", [("component", "frontend"), ("org_id", "fake"), ("traceID", tid), ("latency", "fast"), ("query_type", "labels"), ("splits", g.num(0, 2)),
                                         ("start", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("end", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("start_delta", "1h0m0.8s"),
                                         ("end_delta", f"{g.num(100, 900)}ms"), ("length", "1h0m0s"), ("duration", dur(1, 90)), ("status", 200), ("label", lab),
                                         ("query", ""), ("query_hash", 2166136261), ("total_entries", g.num(1, 40)), ("cache_label_results_req", g.num(0, 2)),
                                         ("cache_label_results_hit", g.num(0, 2)), ("cache_label_results_stored", 0), ("cache_label_results_download_time", "0s"),
                                         ("cache_label_results_query_length_served", "0s")], "labels_stats", "frontend")
        else:
            w("info", "metrics.go:265", [("component", "frontend"), ("org_id", "fake"), ("traceID", tid), ("latency", "fast"), ("query_type", "series"), ("splits", g.num(0, 2)),
                                         ("start", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("end", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z"), ("start_delta", "1h0m0.8s"),
                                         ("end_delta", f"{g.num(100, 900)}ms"), ("length", "1h0m0s"), ("duration", dur(1, 90)), ("status", 200),
                                         ("match", f'{{app="{g.c(APPS)}"}}'), ("throughput", "0B"), ("total_bytes", "0B"), ("total_entries", g.num(1, 40)),
                                         ("cache_series_results_req", g.num(0, 2)), ("cache_series_results_hit", g.num(0, 2)), ("cache_series_results_stored", 0),
                                         ("cache_series_results_download_time", "0s"), ("cache_series_results_query_length_served", "0s")], "series_stats", "frontend")

    def flush():
        for _ in range(g.num(1, 6)):
            app = g.c(APPS)
            comp = g.f(0.05, 1.5, 2)
            w("info", "flush.go:305", [("component", "ingester"), ("msg", "flushing stream"), ("user", "fake"), ("fp", g.hx(16)), ("immediate", "false"),
                                       ("num_chunks", g.num(1, 3)), ("total_comp", f"{comp} MB"), ("avg_comp", f"{comp} MB"), ("total_uncomp", f"{float(comp) * 6:.1f} MB"),
                                       ("avg_uncomp", f"{float(comp) * 6:.1f} MB"), ("full", g.num(0, 1)), ("idle", g.num(0, 1)),
                                       ("labels", f'{{app="{app}", filename="/var/log/{app}/{g.c(["access.log", "error.log", "app.log"])}", host="{g.c(HOSTS)}", job="varlogs"}}')],
              "flushing_stream", "ingester")

    def checkpoint():
        st["ckpt"] += 1
        n = st["ckpt"]
        w("info", "checkpoint.go:615", [("msg", "starting checkpoint")], "starting_checkpoint")
        w("info", "checkpoint.go:340", [("msg", "attempting checkpoint for"), ("dir", f"/loki/wal/checkpoint.{n:06d}")], "attempting_checkpoint")
        L.tick(1)
        w("info", "checkpoint.go:502", [("msg", "atomic checkpoint finished"), ("old", f"/loki/wal/checkpoint.{n:06d}.tmp"), ("new", f"/loki/wal/checkpoint.{n:06d}")],
          "checkpoint_finished")

    def upload():
        ix = "tsdb-2024-04-01"
        w("info", "table_manager.go:136", [("index-store", ix), ("msg", "uploading tables")], "uploading_tables")
        w("info", "index_set.go:86", [("msg", f"uploading table index_{table()}")], "uploading_table")
        w("info", "index_set.go:107", [("msg", f"finished uploading table index_{table()}")], "finished_uploading")
        w("info", "index_set.go:185", [("msg", f"cleaning up unwanted indexes from table index_{table()}")], "cleaning_up")
        if g.r.random() < 0.3:
            w("info", "table_manager.go:171", [("index-store", ix), ("msg", "handing over indexes to shipper")], "handing_over")
            w("info", "table.go:318", [("msg", f"handing over indexes to shipper index_{table()}")], "handing_over_table")
            w("info", "table.go:334", [("msg", f"finished handing over table index_{table()}")], "finished_handing_over")

    def compact():
        w("info", "compactor.go:741", [("msg", "applying retention with compaction")], "applying_retention")
        w("info", "expiration.go:78", [("msg", "overall smallest retention period 720h0m0s, default smallest retention period 720h0m0s")], "retention_period")
        for t in range(table() - 1, table() + 1):
            w("info", "compactor.go:855", [("msg", "compacting table"), ("table-name", f"index_{t}")], "compacting_table")
            w("info", "table.go:132", [("table-name", f"index_{t}"), ("msg", "listed files"), ("count", g.num(1, 40))], "listed_files")
            w("info", "table.go:192", [("table-name", f"index_{t}"), ("msg", "finished compacting table")], "finished_compacting")
        if g.r.random() < 0.3:
            w("info", "marker.go:177", [("msg", "mark file created"), ("file", f"/loki/compactor/retention/markers/{int(epoch(L.t) * 1000)}")], "mark_file")
            w("info", "sweeper.go:108", [("msg", "Started processing mark file"), ("file", f"/loki/compactor/retention/markers/{int(epoch(L.t) * 1000)}")], "processing_mark")

    def push_err():
        x = g.r.random()
        if x < 0.6:
            err = (f"rpc error: code = Code(429) desc = Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest "
                   f"'{g.num(100, 9000)}' lines totaling '{g.num(10 ** 5, 10 ** 7)}' bytes, reduce log volume or contact your Loki administrator to see if the limit "
                   "can be increased")
        else:
            old = L.t - dt.timedelta(days=g.num(8, 30))
            err = (f"rpc error: code = Code(400) desc = entry for stream '{{app=\"{g.c(APPS)}\", host=\"{g.c(HOSTS)}\", job=\"varlogs\"}}' has timestamp too old: "
                   f"{old:%Y-%m-%dT%H:%M:%S}Z, oldest acceptable timestamp is: {L.t - dt.timedelta(days=7):%Y-%m-%dT%H:%M:%S}Z")
        w("warn", "grpc_logging.go:78", [("method", "/logproto.Pusher/Push"), ("duration", dur(0.1, 30)), ("msg", "gRPC"), ("err", err)], "grpc_push_error")

    fill(L, [(35, query), (12, labels), (10, flush), (3, checkpoint), (3, upload), (0.6, compact), (2.5, push_err)], N_LINES, 20)
    del L.rows[N_LINES:]
    return L


# 20 --------------------------------------------------------------- LXC 5.0 (Debian 12's lxc package, plain lxc-* tools, no LXD or Proxmox) on a small hosting box: the log file of
#   one unprivileged container, /var/log/lxc/web01.log with lxc.log.level = INFO ("lxc-start web01 20261201100000.123 INFO     seccomp -
#   ../src/lxc/seccomp.c:parse_config_v2:807 - Processing \"kexec_load errno 1\""; the host on UTC), the container being stopped and started
#   every night around the backup (ID maps read, LSM and cgroups set up, namespaces cloned, the seccomp policy compiled rule by rule, hooks
#   run, init exec'd, the veth removed at stop), and the odd failed start when the bridge was missing, with lxc-start's own errors
@checked
def log_lxc(seed):
    L = Log("lxc_container_log", seed, "full", True, True, start=dt.datetime(2026, 11, 10, 3, 0, 0, tzinfo=UTC))
    g = L.g
    CT = "web01"
    SECCOMP = [("kexec_load", 246), ("open_by_handle_at", 304), ("init_module", 175), ("finit_module", 313), ("delete_module", 176)]
    st = {"pid": g.num(3000, 9000)}

    def w(prog, lv, cat, src, msg, ev):
        ms_(L, 0, 3)
        L.emit(f"{prog} {CT} {L.t:%Y%m%d%H%M%S}.{ms3(L.t)} {lv:<8} {cat} - ../src/lxc/{src} - {msg}", ev, lv, cat)

    def s(lv, cat, src, msg, ev):
        w("lxc-start", lv, cat, src, msg, ev)

    def hook(path, section="lxc"):
        s("INFO", "conf", "conf.c:run_script_argv:338", f"Executing script \"{path}\" for container \"{CT}\", config section \"{section}\"", "run_script")

    def start():
        st["pid"] = g.num(3000, 4000000)
        for k in "ug":
            s("INFO", "confile", "confile.c:set_config_idmaps:2273", f"Read uid map: type {k} nsid 0 hostid 100000 range 65536", "read_idmap")
        s("INFO", "lsm", "lsm/lsm.c:lsm_init_static:38", "Initialized LSM security driver AppArmor", "lsm_init")
        s("INFO", "cgfsng", "cgroups/cgfsng.c:cgfsng_monitor_create:1291", f"The monitor process uses \"lxc.monitor.{CT}\" as cgroup", "monitor_cgroup")
        s("INFO", "seccomp", "seccomp.c:parse_config_v2:807", "Processing \"reject_force_umount  # comment this to allow umount -f;  not recommended\"",
          "seccomp_processing")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:524", "Set seccomp rule to reject force umounts", "seccomp_reject_umount")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:524", "Set seccomp rule to reject force umounts", "seccomp_reject_umount")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:524", "Set seccomp rule to reject force umounts", "seccomp_reject_umount")
        s("INFO", "seccomp", "seccomp.c:parse_config_v2:807", "Processing \"[all]\"", "seccomp_processing")
        for name, nr in SECCOMP:
            s("INFO", "seccomp", "seccomp.c:parse_config_v2:807", f"Processing \"{name} errno 1\"", "seccomp_processing")
            s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", f"Adding native rule for syscall[{nr}:{name}] action[327681:errno] arch[0]", "seccomp_native")
            s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", f"Adding compat rule for syscall[{nr}:{name}] action[327681:errno] arch[1073741827]",
              "seccomp_compat")
            s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", f"Adding compat rule for syscall[{nr}:{name}] action[327681:errno] arch[1073741886]",
              "seccomp_compat")
        s("INFO", "seccomp", "seccomp.c:parse_config_v2:807", "Processing \"keyctl errno 38\"", "seccomp_processing")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", "Adding native rule for syscall[250:keyctl] action[327718:errno] arch[0]", "seccomp_native")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", "Adding compat rule for syscall[250:keyctl] action[327718:errno] arch[1073741827]", "seccomp_compat")
        s("INFO", "seccomp", "seccomp.c:do_resolve_add_rule:564", "Adding compat rule for syscall[250:keyctl] action[327718:errno] arch[1073741886]", "seccomp_compat")
        s("INFO", "seccomp", "seccomp.c:parse_config_v2:1017", "Merging compat seccomp contexts into main context", "seccomp_merging")
        s("INFO", "start", "start.c:lxc_init:881", f"Container \"{CT}\" is initialized", "initialized")
        s("INFO", "cgfsng", "cgroups/cgfsng.c:cgfsng_payload_create:1399", f"The container process uses \"lxc.payload.{CT}\" as inner and \"lxc.payload.{CT}\" as limit "
          "cgroup", "payload_cgroup")
        for ns in ["CLONE_NEWUSER", "CLONE_NEWNS", "CLONE_NEWPID", "CLONE_NEWUTS", "CLONE_NEWIPC", "CLONE_NEWCGROUP"]:
            s("INFO", "start", "start.c:lxc_spawn:1769", f"Cloned {ns}", "cloned")
        s("INFO", "idmap_utils", "idmap_utils.c:lxc_map_ids:178", "Caller maps host root. Writing mapping directly", "map_ids")
        s("NOTICE", "utils", "utils.c:lxc_drop_groups:1477", "Dropped supplimentary groups", "dropped_groups")
        if g.r.random() < 0.06:
            veth = "veth" + g.HX(6)
            s("ERROR", "network", "network.c:netdev_configure_server_veth:711", f"No such file or directory - Failed to attach \"{veth}\" to bridge \"br-dmz\", bridge "
              "interface doesn't exist", "attach_bridge_failed")
            s("ERROR", "network", "network.c:lxc_create_network_priv:3427", "No such file or directory - Failed to create network device", "create_netdev_failed")
            s("ERROR", "start", "start.c:lxc_spawn:1840", "Failed to create the network", "spawn_network_failed")
            s("ERROR", "lxccontainer", "lxccontainer.c:wait_on_daemonized_start:878", "Received container state \"ABORTING\" instead of \"RUNNING\"", "aborting_state")
            s("ERROR", "start", "start.c:__lxc_start:2107", f"Failed to spawn container \"{CT}\"", "spawn_failed")
            s("WARN", "start", "start.c:lxc_abort:1036", f"No such process - Failed to send SIGKILL via pidfd {g.num(16, 22)} for process {st['pid']}", "abort_sigkill")
            hook("/usr/share/lxcfs/lxc.reboot.hook")
            s("ERROR", "lxc_start", "tools/lxc_start.c:main:306", "The container failed to start", "failed_to_start")
            s("ERROR", "lxc_start", "tools/lxc_start.c:main:309", "To get more details, run the container in foreground mode", "foreground_hint")
            s("ERROR", "lxc_start", "tools/lxc_start.c:main:311", "Additional information can be obtained by setting the --logfile and --logpriority options",
              "logfile_hint")
            L.tick(120)
            return start()
        hook("/usr/share/lxcfs/lxc.mount.hook")
        s("INFO", "conf", "conf.c:lxc_setup_ttys:1055", "Finished setting up 2 /dev/tty<N> device(s)", "ttys")
        s("INFO", "conf", "conf.c:setup_personality:1720", "Set personality to \"0lx0\"", "personality")
        s("NOTICE", "conf", "conf.c:lxc_setup:4014", f"The container \"{CT}\" is set up", "set_up")
        s("INFO", "apparmor", "lsm/apparmor.c:apparmor_process_label_set_at:1189", f"Set AppArmor label to \"lxc-{CT}_</var/lib/lxc>//&:lxc-{CT}_<-var-lib-lxc>:\"",
          "apparmor_label")
        s("INFO", "apparmor", "lsm/apparmor.c:apparmor_process_label_set:1234", f"Changed AppArmor profile to lxc-{CT}_</var/lib/lxc>//&:lxc-{CT}_<-var-lib-lxc>:",
          "apparmor_profile")
        s("NOTICE", "start", "start.c:start:2194", "Exec'ing \"/sbin/init\"", "execing")
        s("NOTICE", "start", "start.c:post_start:2205", f"Started \"/sbin/init\" with pid \"{st['pid']}\"", "started_init")
        s("NOTICE", "start", "start.c:signal_handler:446", f"Received 17 from pid {st['pid'] - g.num(1, 9)} instead of container init {st['pid']}", "received_signal")

    def stop():
        L.tick(5)
        s("INFO", "error", "error.c:lxc_error_set_and_log:31", f"Child <{st['pid']}> ended on error (0)", "child_ended_error")
        hook("/usr/share/lxcfs/lxc.reboot.hook")
        s("INFO", "network", "network.c:lxc_delete_network_priv:3680", f"Removed interface \"veth{g.HX(6)}\" from \"br-dmz\"", "removed_interface")

    def night():
        stop()
        L.tick(40)
        start()
        L.t = L.t.replace(hour=3, minute=0, second=g.num(0, 30)) + dt.timedelta(days=1)

    start()
    L.t += dt.timedelta(hours=20)
    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


LOGS = [log_storm, log_asf, log_cdk, log_barracuda, log_clash, log_lfd, log_dnsmasq, log_epics, log_everquest, log_flyway, log_ghidra, log_gotify, log_hugo,
        log_iscsi, log_jest, log_joplin, log_kudu, log_listmonk, log_loki, log_lxc]


if __name__ == "__main__":
    main(LOGS, WORK)
