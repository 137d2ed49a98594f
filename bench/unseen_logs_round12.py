#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the twelfth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.787.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (a Java or .NET stack frame, a Python traceback, the lines of
Nexus's start banner, a ScyllaDB permit table, OctoPrint's "|  " plugin list and environment dump,
a dnf transaction table, Sidekiq's backtrace after its first frame, the source snippet and caret
lines of a gcc diagnostic, the RunEngine block of an MSI log) carry the time, level and component
of the record they belong to; a record that has no header at all (the wrapper lines `yarn logs`
writes around each container's log, SLF4J's warnings, Homebridge's QR code and setup-code box,
CMake's, Ninja's and ctest's lines, duplicity's statistics block, an MSI property dump or custom
action's output) gets the time of its neighbours and no level or component; Rails' lograge lines
and Puma's lines in `docker compose logs` have no time or level of their own but keep the compose
service as their component. The one line of `yarn logs`' wrapper that writes a time
("LogLastModifiedTime:") has that time.

The true event of a line is the format string that wrote it: a value filled into a format string
is a variable (the operation of an MSI "Executing op: %s(%s)", the handoff type of Riak's
"~p transfer of ~p from ~p ~p to ~p ~p completed", the signal of Spark's "Registering signal
handler for %s"), while two format strings that look alike are two events (Jellyfin's "Playback
start reported by app" and "Playback stopped reported by app", OBS's "==== Streaming Start" and
"==== Recording Start" banners). Where a collector wraps the line of an application (`yarn logs`,
`docker compose logs`' "service-1  | " prefix, rsyslog's header), the event is the
application's format. Where a log writes local time without an offset, the host's clock is UTC;
where it writes the zone (the French "CET"/"CEST" of `date` in a backup script), the true time is
that instant. Where a line only holds a minute or a time of day, the true time is that one.

usage: unseen_logs_round12.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round12)
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round12")
from unseen_logs_harness import Log, main, N_LINES, UTC, ms3, us6, slowed, checked, syslog_ts, fill, ctime  # noqa: E402


def java_frames(g, frames):
    """A few "\tat pkg.Class.method(File.java:N)" frames from a list of (class.method, file)."""
    return [f"\tat {m}({f}:{g.num(40, 900)})" for m, f in frames]


def human(n):
    """Bytes the way Spark's Utils.bytesToString writes them: "12.3 MiB"."""
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if n < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n:.1f} B"
        n /= 1024.0


# 1 ---------------------------------------------------------------- Apache Spark 3.5.1 on YARN (Hadoop 3.3.6): `yarn logs -applicationId <app> -log_files stderr,stdout`
#   of a nightly ETL application saved by a data engineer: per container the wrapper `yarn logs` writes ("Container: ... on host_port", "LogAggregationType:",
#   "LogType:", "LogLastModifiedTime:", "LogLength:", "LogContents:", "End of LogType:"), then the executor's stderr in Spark's log4j2 default layout
#   "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex" (two-digit year first), SLF4J's binding warnings, tasks, shuffle fetches, spills, failed tasks with stack traces
@checked
def log_spark(seed):
    L = Log("spark_yarn_logs", seed, "full", True, True)
    g = L.g
    t0 = L.t
    APP = f"application_{int(t0.timestamp() * 1000) - 1000 * g.num(200000, 900000)}_0042"
    AID = APP.split("_", 1)[1]
    DRIVER = "10.20.1.15"
    DPORT = g.num(35000, 45000)
    HOSTS = [f"wn{n:02d}.hadoop.acme.internal" for n in range(1, 15)]
    JAR = "etl-orders-2.3.0.jar"
    # the application's stages: (stage, tasks, kind)
    STAGES = [(0, 48, "scan"), (1, 48, "scan"), (2, 200, "shuffle"), (3, 200, "shuffle_write"), (4, 12, "shuffle"), (5, 200, "write")]
    tid_base = {}
    n = 0
    for s, k, _ in STAGES:
        tid_base[s] = n
        n += k

    def sp(lv, cls, msg, ev, cont=()):
        L.emit(f"{L.t:%y/%m/%d %H:%M:%S} {lv} {cls}: {msg}", ev, lv, cls)
        for text, cev in cont:
            L.emit(text, cev, lv, cls)

    def raw(text, ev):
        L.emit(text, ev)

    def step(mean=0.05):
        L.t += dt.timedelta(milliseconds=int(g.r.expovariate(1.0 / (mean * 1000))) + 1)

    def task_frames():
        return [("org.apache.spark.scheduler.ResultTask.runTask", "ResultTask.scala"), ("org.apache.spark.scheduler.Task.run", "Task.scala"),
                ("org.apache.spark.executor.Executor$TaskRunner.$anonfun$run$3", "Executor.scala"),
                ("org.apache.spark.util.Utils$.tryWithSafeFinally", "Utils.scala"), ("org.apache.spark.executor.Executor$TaskRunner.run", "Executor.scala"),
                ("java.base/java.util.concurrent.ThreadPoolExecutor.runWorker", "ThreadPoolExecutor.java"),
                ("java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run", "ThreadPoolExecutor.java"), ("java.base/java.lang.Thread.run", "Thread.java")]

    def executor(eid, host, cont_id):
        nm_port = 8041
        blk_port = g.num(36000, 46000)
        pid = g.num(10000, 60000)
        disk = g.num(1, 6)
        local = f"/data/{disk}/yarn/local/usercache/etl/appcache/{APP}"
        raw("SLF4J: Class path contains SLF4J bindings targeting slf4j-api versions 1.7.x or earlier.", "slf4j_old_bindings")
        raw("SLF4J: Ignoring binding found at [jar:file:/opt/hadoop-3.3.6/share/hadoop/common/lib/slf4j-reload4j-1.7.36.jar!/org/slf4j/impl/StaticLoggerBinder.class]", "slf4j_ignoring_binding")
        raw("SLF4J: See https://www.slf4j.org/codes.html#ignoredBindings for an explanation.", "slf4j_see_codes")
        step(0.3)
        sp("INFO", "YarnCoarseGrainedExecutorBackend", f"Started daemon with process name: {pid}@{host}", "started_daemon")
        for sig in ["TERM", "HUP", "INT"]:
            sp("INFO", "SignalUtils", f"Registering signal handler for {sig}", "registering_signal")
        step(0.2)
        sp("INFO", "SecurityManager", "Changing view acls to: yarn,etl", "changing_view_acls")
        sp("INFO", "SecurityManager", "Changing modify acls to: yarn,etl", "changing_modify_acls")
        sp("INFO", "SecurityManager", "Changing view acls groups to: ", "changing_view_acls_groups")
        sp("INFO", "SecurityManager", "Changing modify acls groups to: ", "changing_modify_acls_groups")
        sp("INFO", "SecurityManager", "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: yarn, etl; groups with view permissions: EMPTY; "
           "users with modify permissions: yarn, etl; groups with modify permissions: EMPTY", "security_manager_summary")
        step(0.3)
        sp("INFO", "TransportClientFactory", f"Successfully created connection to /{DRIVER}:{DPORT} after {g.num(40, 180)} ms (0 ms spent in bootstraps)", "created_connection")
        sp("INFO", "ResourceUtils", "==============================================================", "resource_rule")
        sp("INFO", "ResourceUtils", "No custom resources configured for spark.executor.", "no_custom_resources")
        sp("INFO", "ResourceUtils", "==============================================================", "resource_rule")
        sp("INFO", "DiskBlockManager", f"Created local directory at {local}/blockmgr-{g.uuid()}", "created_local_dir")
        sp("INFO", "MemoryStore", "MemoryStore started with capacity 2.2 GiB", "memorystore_started")
        sp("INFO", "YarnCoarseGrainedExecutorBackend", f"Connecting to driver: spark://CoarseGrainedScheduler@{DRIVER}:{DPORT}", "connecting_to_driver")
        step(0.3)
        sp("INFO", "YarnCoarseGrainedExecutorBackend", "Successfully registered with driver", "registered_with_driver")
        sp("INFO", "Executor", f"Starting executor ID {eid} on host {host}", "starting_executor")
        sp("INFO", "Executor", "OS info Linux, 5.14.0-427.42.1.el9_4.x86_64, amd64", "os_info")
        sp("INFO", "Executor", "Java version 17.0.13", "java_version")
        sp("INFO", "Utils", f"Successfully started service 'org.apache.spark.network.netty.NettyBlockTransferService' on port {blk_port}.", "started_service")
        sp("INFO", "NettyBlockTransferService", f"Server created on {host}:{blk_port}", "server_created")
        sp("INFO", "BlockManager", "Using org.apache.spark.storage.RandomBlockReplicationPolicy for block replication policy", "replication_policy")
        bm = f"BlockManagerId({eid}, {host}, {blk_port}, None)"
        sp("INFO", "BlockManagerMaster", f"Registering BlockManager {bm}", "registering_bm")
        sp("INFO", "BlockManagerMaster", f"Registered BlockManager {bm}", "registered_bm")
        sp("INFO", "BlockManager", f"Initialized BlockManager: {bm}", "initialized_bm")
        sp("INFO", "Executor", "Starting executor with user classpath (userClassPathFirst = false): ''", "user_classpath")
        step(0.2)
        ts = int(t0.timestamp() * 1000) + g.num(100, 900)
        sp("INFO", "Executor", f"Fetching spark://{DRIVER}:{DPORT}/jars/{JAR} with timestamp {ts}", "fetching_jar")
        sp("INFO", "TransportClientFactory", f"Successfully created connection to /{DRIVER}:{DPORT} after {g.num(1, 9)} ms (0 ms spent in bootstraps)", "created_connection")
        sp("INFO", "Utils", f"Fetching spark://{DRIVER}:{DPORT}/jars/{JAR} to {local}/spark-{g.uuid()}/fetchFileTemp{g.num(10**17, 10**18)}.tmp", "utils_fetching")
        sp("INFO", "Executor", f"Adding file:{local}/container_{cont_id}/./{JAR} to class loader default", "adding_to_classloader")
        spills = 0
        bcast = 2 * eid
        killed = g.r.random() < 0.15
        for s, k, kind in STAGES:
            if killed and s >= 3:
                break
            ntasks = max(1, int(k / len(HOSTS) * g.r.uniform(0.5, 1.5)))
            tids = sorted(g.r.sample(range(tid_base[s], tid_base[s] + k), min(k, ntasks)))
            first = True
            for tid in tids:
                part = tid - tid_base[s]
                step(0.4)
                sp("INFO", "YarnCoarseGrainedExecutorBackend", f"Got assigned task {tid}", "got_assigned_task")
                sp("INFO", "Executor", f"Running task {part}.0 in stage {s}.0 (TID {tid})", "running_task")
                if first:
                    bcast += 1
                    sz = g.num(6000, 40000)
                    sp("INFO", "TorrentBroadcast", f"Started reading broadcast variable {bcast} with 1 pieces (estimated total size 4.0 MiB)", "started_reading_broadcast")
                    step(0.02)
                    sp("INFO", "MemoryStore", f"Block broadcast_{bcast}_piece0 stored as bytes in memory (estimated size {human(sz)}, free 2.2 GiB)", "block_stored_bytes")
                    sp("INFO", "TorrentBroadcast", f"Reading broadcast variable {bcast} took {g.num(8, 90)} ms", "reading_broadcast_took")
                    sp("INFO", "MemoryStore", f"Block broadcast_{bcast} stored as values in memory (estimated size {human(sz * g.r.uniform(2.5, 4))}, free 2.2 GiB)", "block_stored_values")
                    if kind.startswith("shuffle") or kind == "write":
                        sh = s - 1
                        sp("INFO", "MapOutputTrackerWorker", f"Updating epoch to {s} and clearing cache", "updating_epoch")
                        sp("INFO", "MapOutputTrackerWorker", f"Don't have map outputs for shuffle {sh}, fetching them", "dont_have_map_outputs")
                        sp("INFO", "MapOutputTrackerWorker", f"Doing the fetch; tracker endpoint = NettyRpcEndpointRef(spark://MapOutputTracker@{DRIVER}:{DPORT})", "doing_the_fetch")
                        step(0.05)
                        sp("INFO", "MapOutputTrackerWorker", "Got the map output locations", "got_map_output_locations")
                    first = False
                if kind == "scan":
                    day = g.c(["2026-11-29", "2026-11-30"])
                    for _ in range(g.c([1, 1, 2])):
                        off = g.c([0, 134217728, 268435456])
                        sp("INFO", "FileScanRDD", f"Reading File path: hdfs://nn1.hadoop.acme.internal:8020/warehouse/raw/orders/dt={day}/part-{g.num(0, 199):05d}-{g.uuid()}.c000.snappy.parquet, "
                           f"range: {off}-{off + g.c([134217728, g.num(1000000, 134217728)])}, partition values: [empty row]", "reading_file")
                    if g.r.random() < 0.08:
                        sp("INFO", "CodecPool", "Got brand-new decompressor [.snappy]", "brand_new_decompressor")
                else:
                    nb = g.c([48, 200, 200, 12]) if kind != "write" else 200
                    local_n = g.num(0, max(1, nb // len(HOSTS)))
                    tot = g.num(2 * 1024 * 1024, 300 * 1024 * 1024)
                    loc = int(tot * local_n / nb)
                    sp("INFO", "ShuffleBlockFetcherIterator", f"Getting {nb} ({human(tot)}) non-empty blocks including {local_n} ({human(loc)}) local and 0 (0.0 B) host-local and "
                       f"0 (0.0 B) push-merged-local and {nb - local_n} ({human(tot - loc)}) remote blocks", "getting_blocks")
                    sp("INFO", "ShuffleBlockFetcherIterator", f"Started {g.num(3, 13)} remote fetches in {g.num(1, 60)} ms", "started_remote_fetches")
                    if g.r.random() < 0.05:
                        peer = g.c([h for h in HOSTS if h != host])
                        step(2)
                        sp("WARN", "TransportChannelHandler", f"Exception in connection from {peer}/10.20.{g.num(2, 3)}.{g.num(10, 99)}:7337", "exception_in_connection",
                           [("java.io.IOException: Connection reset by peer", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
                               ("java.base/sun.nio.ch.SocketDispatcher.read0", "SocketDispatcher.java"), ("java.base/sun.nio.ch.SocketDispatcher.read", "SocketDispatcher.java"),
                               ("java.base/sun.nio.ch.IOUtil.readIntoNativeBuffer", "IOUtil.java"), ("java.base/sun.nio.ch.IOUtil.read", "IOUtil.java"),
                               ("java.base/sun.nio.ch.SocketChannelImpl.read", "SocketChannelImpl.java"), ("io.netty.buffer.PooledByteBuf.setBytes", "PooledByteBuf.java"),
                               ("io.netty.channel.socket.nio.NioSocketChannel.doReadBytes", "NioSocketChannel.java"),
                               ("io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read", "AbstractNioByteChannel.java"),
                               ("io.netty.channel.nio.NioEventLoop.run", "NioEventLoop.java"), ("java.base/java.lang.Thread.run", "Thread.java")])])
                        nbl = g.num(1, 6)
                        sp("INFO", "RetryingBlockTransferor", f"Retrying fetch (1/3) for {nbl} outstanding blocks after 5000 ms", "retrying_fetch")
                        step(5)
                        sp("INFO", "TransportClientFactory", f"Found inactive connection to {peer}/10.20.{g.num(2, 3)}.{g.num(10, 99)}:7337, creating a new one.", "found_inactive_connection")
                        sp("INFO", "TransportClientFactory", f"Successfully created connection to {peer}/10.20.{g.num(2, 3)}.{g.num(10, 99)}:7337 after {g.num(1, 20)} ms (0 ms spent in bootstraps)", "created_connection")
                if g.r.random() < 0.12:
                    sp("INFO", "CodeGenerator", f"Code generated in {g.r.uniform(3, 90):.6f} ms", "code_generated")
                step(3)
                if kind in ("shuffle", "shuffle_write") and g.r.random() < 0.07:
                    spills += 1
                    sp("INFO", "UnsafeExternalSorter", f"Thread {g.num(60, 99)} spilling sort data of {g.c(['256.0 MiB', '512.0 MiB', '1024.0 MiB'])} to disk ({spills}  time{'s' if spills > 1 else ''} so far)", "spilling")
                if kind == "scan" and g.r.random() < 0.025:
                    step(0.5)
                    bad = g.c(['"N/A"', '""', '"12,50"', '"-"'])
                    fr = [("java.base/java.lang.NumberFormatException.forInputString", "NumberFormatException.java"), ("java.base/java.lang.Long.parseLong", "Long.java"),
                          ("java.base/java.lang.Long.parseLong", "Long.java"), ("scala.collection.StringOps$.toLong$extension", "StringOps.scala"),
                          ("com.acme.etl.orders.ParseOrders$.$anonfun$parse$1", "ParseOrders.scala"), ("scala.collection.Iterator$$anon$9.next", "Iterator.scala"),
                          ("org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext", "Unknown Source")]
                    frames = java_frames(g, fr)
                    frames[-1] = "\tat org.apache.spark.sql.catalyst.expressions.GeneratedClass$GeneratedIteratorForCodegenStage1.processNext(Unknown Source)"
                    frames += java_frames(g, [("org.apache.spark.sql.execution.BufferedRowIterator.hasNext", "BufferedRowIterator.java")] + task_frames())
                    sp("ERROR", "Executor", f"Exception in task {part}.0 in stage {s}.0 (TID {tid})", "exception_in_task",
                       [(f"java.lang.NumberFormatException: For input string: {bad}", "exception_line")] + [(x, "java_frame") for x in frames])
                    continue
                if kind == "write":
                    att = f"attempt_{t0:%Y%m%d%H%M%S}{g.num(1000, 9999)}{g.num(10**6, 10**7 - 1)}_00{s:02d}_m_{part:06d}_{tid}"
                    sp("INFO", "FileOutputCommitter", f"Saved output of task '{att}' to hdfs://nn1.hadoop.acme.internal:8020/warehouse/curated/orders_daily/_temporary/0/task_{att[8:]}", "saved_output")
                    sp("INFO", "SparkHadoopMapRedUtil", f"{att}: Committed. Elapsed time: {g.num(5, 400)} ms.", "committed")
                sp("INFO", "Executor", f"Finished task {part}.0 in stage {s}.0 (TID {tid}). {g.num(1800, 9000)} bytes result sent to driver", "finished_task")
            step(4)
        if killed:
            sp("ERROR", "YarnCoarseGrainedExecutorBackend", "RECEIVED SIGNAL TERM", "received_signal")
        else:
            sp("INFO", "YarnCoarseGrainedExecutorBackend", "Driver commanded a shutdown", "driver_commanded_shutdown")
            sp("INFO", "MemoryStore", "MemoryStore cleared", "memorystore_cleared")
            sp("INFO", "BlockManager", "BlockManager stopped", "blockmanager_stopped")
        sp("INFO", "ShutdownHookManager", "Shutdown hook called", "shutdown_hook_called")
        sp("INFO", "ShutdownHookManager", f"Deleting directory {local}/spark-{g.uuid()}", "deleting_directory")

    eid = 0
    hosts = g.r.sample(HOSTS, len(HOSTS))
    while len(L.rows) < N_LINES:
        eid += 1
        host = hosts[(eid - 1) % len(hosts)]
        cont = f"e07_{AID}_01_{eid + 1:06d}"
        L.t = t0 + dt.timedelta(seconds=g.num(8, 40))
        head = len(L.rows)
        start_t = L.t
        executor(eid, host, cont)
        end_t = L.t
        size = sum(len(r[0]) + 1 for r in L.rows[head:])
        L.t = start_t
        wrapper = [(f"Container: container_{cont} on {host}_8041", "yarn_container"), ("LogAggregationType: AGGREGATED", "yarn_aggregation_type"),
                   ("=" * 100, "yarn_rule"), ("LogType:stderr", "yarn_logtype"), (f"LogLastModifiedTime:{end_t:%a %b %d %H:%M:%S} +0000 {end_t.year}", "yarn_last_modified"),
                   (f"LogLength:{size}", "yarn_loglength"), ("LogContents:", "yarn_logcontents")]
        rows = []
        for text, ev in wrapper:
            rows.append((text, ev, end_t if ev == "yarn_last_modified" else start_t, None, None))
        L.rows[head:head] = rows
        L.t = end_t
        for text, ev in [("", "blank"), ("End of LogType:stderr", "yarn_end_of_logtype"), ("*" * 71, "yarn_stars"), ("", "blank")]:
            L.emit(text, ev)
        for text, ev in [(f"Container: container_{cont} on {host}_8041", "yarn_container"), ("LogAggregationType: AGGREGATED", "yarn_aggregation_type"),
                         ("=" * 100, "yarn_rule"), ("LogType:stdout", "yarn_logtype"), (f"LogLastModifiedTime:{start_t:%a %b %d %H:%M:%S} +0000 {start_t.year}", "yarn_last_modified"),
                         ("LogLength:0", "yarn_loglength"), ("LogContents:", "yarn_logcontents"), ("", "blank"), ("End of LogType:stdout", "yarn_end_of_logtype"),
                         ("*" * 71, "yarn_stars"), ("", "blank")]:
            L.emit(text, ev, t=start_t if ev == "yarn_last_modified" else "now")
    del L.rows[N_LINES:]
    return L


# 2 ---------------------------------------------------------------- Sonatype Nexus Repository 3.74 (OSS, Docker) of a software company, /nexus-data/log/nexus.log:
#   logback "%d{yyyy-MM-dd HH:mm:ss,SSSZ} %-5p [%thread] %mdc{userId:-*SYSTEM} %c - %m%n": the start banner spread over lines, proxy repositories
#   failing to reach their remotes and auto-blocking, scheduled tasks, redeploys refused by a release repository, Docker manifest lookups, Jetty EOFs
@checked
def log_nexus(seed):
    L = Log("nexus_repository_log", seed, "full", True, True)
    g = L.g
    PROXIES = [("maven-central", "https://repo1.maven.org/maven2/"), ("npm-proxy", "https://registry.npmjs.org/"), ("docker-hub", "https://registry-1.docker.io/"),
               ("pypi-proxy", "https://pypi.org/")]
    TASKS = [("Cleanup service", "repository.cleanup"), ("Compact blob store default", "blobstore.compact"), ("Storage facet cleanup", "repository.storage-facet-cleanup"),
             ("Docker - Delete unused manifests and images", "repository.docker.gc"), ("Docker - Delete incomplete uploads", "repository.docker.upload-purge"),
             ("Rebuild Maven repository metadata", "repository.maven.rebuild-metadata"), ("Purge unused components and assets", "repository.purge-unused")]
    st = {"qtp": g.num(100000000, 999999999), "quartz": g.num(8, 12), "blocked": set()}
    ARTS = ["org/springframework/boot/spring-boot/3.3.5/spring-boot-3.3.5.pom", "com/fasterxml/jackson/core/jackson-databind/2.17.2/jackson-databind-2.17.2.jar",
            "org/apache/commons/commons-lang3/3.14.0/commons-lang3-3.14.0.jar", "io/netty/netty-handler/4.1.114.Final/netty-handler-4.1.114.Final.pom",
            "org/slf4j/slf4j-api/2.0.16/maven-metadata.xml", "@types/node", "lodash", "react-dom", "typescript/-/typescript-5.6.3.tgz", "simple/requests/", "packages/urllib3/2.2.3/urllib3-2.2.3-py3-none-any.whl"]
    USERS = ["admin", "ci-deployer", "jenkins", "anonymous", "mweber", "dev-readonly"]

    def qtp():
        return f"qtp{st['qtp']}-{g.num(40, 420)}"

    def nx(lv, th, user, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(1, 400))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)}+0000 {lv:<5} [{th}] {user} {logger} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def startup():
        F = "FelixStartLevel"
        nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.pax.logging.NexusLogActivator", "start", "log_activator_start")
        nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.features.internal.FeaturesWrapper", "Fast FeaturesService starting", "features_starting")
        L.tick(6)
        nx("INFO", F, "*SYSTEM", "ROOT", "bundle org.apache.felix.scr:2.1.30 (62) Starting with globalExtender setting: false", "felix_scr_starting")
        nx("INFO", F, "*SYSTEM", "ROOT", "bundle org.apache.felix.scr:2.1.30 (62)  Version = 2.1.30", "felix_scr_version")
        nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.features.internal.FeaturesWrapper", "Fast FeaturesService ready", "features_ready")
        nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.extender.NexusLifecycleManager", "Start KERNEL", "lifecycle_start")
        for ph in ["STORAGE", "RESTORE", "UPGRADE", "SCHEMAS", "EVENTS", "AUDIT", "SECURITY", "SERVICES", "REPOSITORIES", "TASKS"]:
            L.tick(0.8)
            nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.extender.NexusLifecycleManager", f"Start {ph}", "lifecycle_start")
            if ph == "STORAGE":
                nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.datastore.mybatis.MyBatisDataStore", "nexus - Loading MyBatis configuration from /opt/sonatype/nexus/etc/fabric/mybatis.xml", "mybatis_loading")
                nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.datastore.mybatis.MyBatisDataStore", "nexus - MyBatis databaseId: H2", "mybatis_databaseid")
            if ph == "REPOSITORIES":
                for r in ["maven-releases", "maven-snapshots", "maven-central", "maven-public", "npm-proxy", "npm-hosted", "npm-group", "docker-hosted", "docker-hub", "pypi-proxy"]:
                    nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.repository.manager.internal.RepositoryImpl", f"Starting repository: {r}", "starting_repository")
            if ph == "TASKS":
                nx("INFO", F, "*SYSTEM", "org.sonatype.nexus.quartz.internal.QuartzSchedulerSPI", "Scheduler put into ready mode", "scheduler_ready")
        nx("INFO", "jetty-main-1", "*SYSTEM", "org.eclipse.jetty.server.Server", "jetty-9.4.56.v20240826; built: 2024-08-26T17:15:05.868Z; git: ec6782ff5ead824dabdcf47fa98f90a4aedff401; jvm 17.0.13+11", "jetty_version")
        nx("INFO", "jetty-main-1", "*SYSTEM", "org.eclipse.jetty.server.AbstractConnector", f"Started ServerConnector@{g.hx(8)}{{HTTP/1.1, (http/1.1)}}{{0.0.0.0:8081}}", "connector_started")
        nx("INFO", "jetty-main-1", "*SYSTEM", "org.eclipse.jetty.server.Server", f"Started @{g.num(40000, 90000)}ms", "jetty_started")
        nx("INFO", "jetty-main-1", "*SYSTEM", "org.sonatype.nexus.bootstrap.jetty.JettyServer", "", "started_banner_head",
           [("-------------------------------------------------", "banner_rule"), ("", "blank"), ("Started Sonatype Nexus OSS 3.74.0-05", "banner_started"),
            ("", "blank"), ("-------------------------------------------------", "banner_rule")])

    def proxy_fail():
        repo, url = g.c(PROXIES)
        art = g.c(ARTS)
        exc = g.c(["java.net.SocketTimeoutException: Read timed out", "java.net.SocketTimeoutException: Connect timed out",
                   f"org.apache.http.conn.HttpHostConnectException: Connect to {url.split('/')[2]}:443 [{url.split('/')[2]}/{g.ip('pub')}] failed: Connection refused",
                   f"java.net.UnknownHostException: {url.split('/')[2]}"])
        cached = g.r.random() < 0.6
        nx("WARN", f"qtp{st['qtp']}-{g.num(40, 420)}", g.c(USERS), "org.sonatype.nexus.repository.proxy.ProxyFacetSupport",
           f"Exception {exc} checking remote for update, proxy repo {repo} failed to fetch {art}, {'returning content from cache' if cached else 'content not in cache'}.",
           "proxy_fetch_failed")
        if repo not in st["blocked"] and g.r.random() < 0.35:
            st["blocked"].add(repo)
            reason = exc.split(": ", 1)[-1]
            nx("WARN", f"pool-{g.num(20, 40)}-thread-{g.num(1, 8)}", "*SYSTEM", "org.sonatype.nexus.repository.httpclient.internal.HttpClientFacetImpl",
               f"Repository status for {repo} changed from AVAILABLE to AUTO_BLOCKED_UNAVAILABLE until {L.t + dt.timedelta(seconds=40):%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z - reason {reason} for {url}", "status_auto_blocked")

    def unblock():
        if not st["blocked"]:
            return proxy_fail()
        repo = g.c(sorted(st["blocked"]))
        st["blocked"].discard(repo)
        nx("INFO", f"pool-{g.num(20, 40)}-thread-{g.num(1, 8)}", "*SYSTEM", "org.sonatype.nexus.repository.httpclient.internal.HttpClientFacetImpl",
           f"Repository status for {repo} changed from AUTO_BLOCKED_UNAVAILABLE to AVAILABLE - reason n/a for n/a", "status_available")

    def task():
        name, typ = g.c(TASKS)
        th = f"quartz-{st['quartz']}-thread-{g.num(1, 20)}"
        nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo", f"Task '{name}' [{typ}] state change WAITING -> RUNNING", "task_state_running")
        nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.logging.task.TaskLogger",
           f"Task log: /nexus-data/log/tasks/{typ}-{L.t:%Y%m%d%H%M%S}{ms3(L.t)}.log", "task_log_path")
        L.tick(5)
        if typ == "repository.cleanup":
            for pol, repo in [("snapshots-30d", "maven-snapshots"), ("docker-untagged", "docker-hosted"), ("npm-prerelease", "npm-hosted")]:
                if g.r.random() < 0.7:
                    nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.cleanup.internal.service.CleanupServiceImpl", f"Deleting components in repository {repo} using policy {pol}", "cleanup_deleting")
                    L.tick(3)
                    nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.cleanup.internal.service.CleanupServiceImpl", f"{g.num(0, 400)} components cleaned up for repository {repo}", "cleanup_count")
        elif typ == "blobstore.compact":
            nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.blobstore.file.FileBlobStore", f"Begin deleted blobs processing", "compact_begin")
            L.tick(8)
            nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.blobstore.file.FileBlobStore", f"Elapsed time: {g.f(1, 900, 3)} s, processed: {g.num(0, 40000)}/{g.num(40000, 90000)}", "compact_elapsed")
            if g.r.random() < 0.3:
                nx("WARN", th, "*SYSTEM", "org.sonatype.nexus.blobstore.quota.internal.BlobStoreQuotaServiceImpl",
                   f"Blob store default is violating its quota: Blob store default is using {g.f(90, 99, 2)} GB space and has a limit of 90.00 GB", "quota_violation")
        elif typ == "repository.docker.gc":
            for repo in ["docker-hosted", "docker-hub"]:
                nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.repository.docker.internal.datastore.DockerGCFacetImpl", f"Deleted {g.num(0, 120)} unused manifests and {g.num(0, 300)} unused blobs from repository {repo}", "docker_gc_deleted")
        ok = g.r.random() < 0.93
        if not ok:
            nx("ERROR", th, "*SYSTEM", "org.sonatype.nexus.quartz.internal.task.QuartzTaskJob", f"Task {g.hx(8)}-{g.hx(4)} '{name}' [{typ}] execution failure", "task_execution_failure",
               [(f"java.lang.IllegalStateException: Blob store default is not started", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
                   ("org.sonatype.nexus.blobstore.BlobStoreSupport.checkIsStarted", "BlobStoreSupport.java"), ("org.sonatype.nexus.blobstore.file.FileBlobStore.get", "FileBlobStore.java"),
                   ("org.sonatype.nexus.blobstore.compact.internal.CompactBlobStoreTask.execute", "CompactBlobStoreTask.java"),
                   ("org.sonatype.nexus.scheduling.TaskSupport.call", "TaskSupport.java"), ("org.sonatype.nexus.quartz.internal.task.QuartzTaskJob.doExecute", "QuartzTaskJob.java"),
                   ("org.sonatype.nexus.quartz.internal.task.QuartzTaskJob.execute", "QuartzTaskJob.java"), ("org.quartz.core.JobRunShell.run", "JobRunShell.java"),
                   ("java.base/java.lang.Thread.run", "Thread.java")])])
        nx("INFO", th, "*SYSTEM", "org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo",
           f"Task '{name}' [{typ}] state change RUNNING -> WAITING ({'OK' if ok else 'FAILED'})", "task_state_waiting")

    def redeploy():
        v = f"{g.num(1, 4)}.{g.num(0, 12)}.{g.num(0, 9)}"
        art = g.c(["shop-api", "billing-core", "common-utils", "shop-web"])
        path = f"/repository/maven-releases/com/acme/{art}/{v}/{art}-{v}.{g.c(['jar', 'pom'])}"
        nx("WARN", qtp(), g.c(["ci-deployer", "jenkins"]), "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet", f"Failure servicing: PUT {path}", "failure_servicing",
           [("org.sonatype.nexus.repository.IllegalOperationException: Repository does not allow updating assets: maven-releases", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
               ("org.sonatype.nexus.repository.content.store.AssetBlobStore.checkUpdate", "AssetBlobStore.java"),
               ("org.sonatype.nexus.repository.maven.internal.datastore.MavenContentFacetImpl.put", "MavenContentFacetImpl.java"),
               ("org.sonatype.nexus.repository.maven.internal.hosted.HostedHandler.doPut", "HostedHandler.java"),
               ("org.sonatype.nexus.repository.view.Context.proceed", "Context.java"), ("org.sonatype.nexus.repository.httpbridge.internal.ViewServlet.dispatchAndSend", "ViewServlet.java"),
               ("org.sonatype.nexus.repository.httpbridge.internal.ViewServlet.service", "ViewServlet.java"), ("javax.servlet.http.HttpServlet.service", "HttpServlet.java"),
               ("org.eclipse.jetty.server.handler.HandlerWrapper.handle", "HandlerWrapper.java"), ("java.base/java.lang.Thread.run", "Thread.java")])])

    def docker_manifest():
        img = g.c(["acme/shop-web", "acme/shop-api", "acme/worker", "library/nginx", "library/postgres"])
        tag = g.c(["latest", "1.27", "16-alpine", f"{g.num(1, 3)}.{g.num(0, 20)}.{g.num(0, 9)}", f"sha-{g.hx(7)}"])
        nx("WARN", qtp(), g.c(["jenkins", "anonymous", "admin"]), "org.sonatype.nexus.repository.docker.internal.V2Handlers",
           f"Error: GET /v2/{img}/manifests/{tag}: 404 - org.sonatype.nexus.repository.docker.internal.V2Exception: manifest unknown", "docker_manifest_unknown")

    def eof():
        path = g.c(["/repository/maven-public/" + g.c(ARTS[:5]), "/repository/npm-group/" + g.c(ARTS[5:9]), "/repository/pypi-proxy/" + g.c(ARTS[9:])])
        nx("WARN", qtp(), g.c(USERS), "org.eclipse.jetty.server.HttpChannel", path, "httpchannel_path",
           [("org.eclipse.jetty.io.EofException: null", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
               ("org.eclipse.jetty.io.ChannelEndPoint.flush", "ChannelEndPoint.java"), ("org.eclipse.jetty.io.WriteFlusher.flush", "WriteFlusher.java"),
               ("org.eclipse.jetty.io.WriteFlusher.write", "WriteFlusher.java"), ("org.eclipse.jetty.io.AbstractEndPoint.write", "AbstractEndPoint.java"),
               ("org.eclipse.jetty.server.HttpConnection$SendCallback.process", "HttpConnection.java"), ("org.eclipse.jetty.util.IteratingCallback.processing", "IteratingCallback.java"),
               ("org.eclipse.jetty.server.HttpOutput.write", "HttpOutput.java"), ("java.base/java.io.InputStream.transferTo", "InputStream.java")])] +
           [("Caused by: java.io.IOException: Broken pipe", "caused_by")] + [(x, "java_frame") for x in java_frames(g, [
               ("java.base/sun.nio.ch.SocketDispatcher.write0", "SocketDispatcher.java"), ("java.base/sun.nio.ch.SocketDispatcher.write", "SocketDispatcher.java")])] +
           [(f"\t... {g.num(60, 90)} common frames omitted", "frames_omitted")])

    def login_fail():
        nx("WARN", qtp(), "*UNKNOWN", "org.sonatype.nexus.security.internal.AuthenticatingRealmImpl",
           f"Authentication failed for user '{g.c(['admin', 'deploy', 'jenkins', 'root', 'test'])}' from {g.c([g.ip(), g.ip('pub')])}", "auth_failed")

    def quiet_info():
        r = g.r.random()
        if r < 0.4:
            nx("INFO", f"pool-{g.num(20, 40)}-thread-{g.num(1, 8)}", "*SYSTEM", "org.sonatype.nexus.repository.httpclient.internal.HttpClientFacetImpl",
               f"Repository status for {g.c(PROXIES)[0]} changed from READY to AVAILABLE - reason n/a for n/a", "status_available")
        elif r < 0.7:
            nx("INFO", "Check Status", "*SYSTEM", "org.sonatype.nexus.internal.status.StatusHealthCheckStoreImpl",
               f"Health check status changed from {'true to false' if g.r.random() < 0.5 else 'false to true'} for {g.c(['Available CPUs', 'File Descriptors', 'Blob Stores Ready', 'Default Admin Credentials'])}", "health_status_changed")
        else:
            nx("INFO", qtp(), "admin", "org.sonatype.nexus.repository.manager.internal.RepositoryImpl",
               f"Updating repository: {g.c(['maven-central', 'npm-proxy', 'docker-hub', 'maven-public'])}", "updating_repository")

    def restart():
        nx("INFO", "FelixShutdown", "*SYSTEM", "org.sonatype.nexus.bootstrap.jetty.JettyServer", "Stopping", "jetty_stopping")
        nx("INFO", "FelixShutdown", "*SYSTEM", "org.sonatype.nexus.extender.NexusLifecycleManager", "Shutting down", "lifecycle_shutting_down")
        for ph in ["TASKS", "REPOSITORIES", "SERVICES", "SECURITY", "AUDIT", "EVENTS", "SCHEMAS", "UPGRADE", "RESTORE", "STORAGE", "KERNEL"]:
            nx("INFO", "FelixShutdown", "*SYSTEM", "org.sonatype.nexus.extender.NexusLifecycleManager", f"Stop {ph}", "lifecycle_stop")
        nx("INFO", "FelixShutdown", "*SYSTEM", "org.sonatype.nexus.bootstrap.jetty.JettyServer", "Stopped", "jetty_stopped")
        L.tick(30)
        st["qtp"] = g.num(100000000, 999999999)
        st["quartz"] += 1
        startup()

    startup()
    ev = [(30, proxy_fail), (8, unblock), (10, task), (5, redeploy), (12, docker_manifest), (7, eof), (6, login_fail), (8, quiet_info), (0.25, restart)]
    return L.run(slowed(L, ev, 50), None)


# 3 ---------------------------------------------------------------- ScyllaDB 6.0 node of a 3-node cluster in Docker (`docker logs scylla-1` of the official image):
#   supervisord's own lines, the entrypoint's "Running: ..." lines and node_exporter's logfmt among Scylla's "LEVEL  yyyy-mm-dd hh:mm:ss,ms [shard N:group] logger - msg";
#   compactions, gossip marking a peer down and up, reader concurrency semaphore timeouts with their permit table, reactor stalls, large partitions, a repair, a restart
@checked
def log_scylla(seed):
    L = Log("scylladb_docker_logs", seed, "full", True, True)
    g = L.g
    ME, PEERS = "10.5.0.11", ["10.5.0.12", "10.5.0.13"]
    SHARDS = 8
    TABLES = [("shop", "orders"), ("shop", "order_items"), ("shop", "carts"), ("shop", "customers"), ("events", "clicks_by_day"), ("system", "local"),
              ("system_distributed", "cdc_streams_descriptions_v2")]
    tid = {t: g.hx(32) for t in TABLES}
    st = {"gen": g.num(10**9, 2 * 10**9), "down": None, "repair": 0}

    def sc(lv, sh, grp, logger, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"{lv:<5} {L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [shard {sh}:{grp}] {logger} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def sv(lv, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} {lv} {msg}", ev, lv)

    def sst(ks, tb):
        st["gen"] += g.num(1, 40)
        return f"/var/lib/scylla/data/{ks}/{tb}-{tid[(ks, tb)]}/me-3gk{g.alnum(1)}_{g.alnum(4)}_{g.alnum(13)}-big-Data.db"

    def startup():
        L.emit("running: (['/opt/scylladb/scripts/scylla_dev_mode_setup', '--developer-mode', '0'],)", "entrypoint_running")
        L.emit("running: (['/opt/scylladb/scripts/scylla_io_setup'],)", "entrypoint_running")
        sv("INFO", "Included extra file \"/etc/supervisord.conf.d/scylla-server.conf\" during parsing", "sv_included")
        sv("INFO", "Included extra file \"/etc/supervisord.conf.d/scylla-node-exporter.conf\" during parsing", "sv_included")
        sv("INFO", "Included extra file \"/etc/supervisord.conf.d/rsyslog.conf\" during parsing", "sv_included")
        sv("INFO", "RPC interface 'supervisor' initialized", "sv_rpc")
        sv("CRIT", "Server 'unix_http_server' running without any HTTP authentication checking", "sv_noauth")
        sv("INFO", "supervisord started with pid 1", "sv_started")
        L.tick(1)
        for prog, pid in [("rsyslog", 8), ("scylla", 9), ("scylla-node-exporter", 10)]:
            sv("INFO", f"spawned: '{prog}' with pid {pid}", "sv_spawned")
        L.emit(f"ts={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z caller=node_exporter.go:193 level=info msg=\"Starting node_exporter\" version=\"(version=1.8.2, branch=HEAD, revision=f1e0e8360aa60b6cb5e5cc1560bed348fc2c1895)\"", "ne_starting", "info")
        L.emit(f"ts={L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z caller=tls_config.go:313 level=info msg=\"Listening on\" address=[::]:9100", "ne_listening", "info")
        L.emit(f"Running: ['/usr/bin/scylla', '--log-to-syslog', '0', '--log-to-stdout', '1', '--network-stack', 'posix', '--developer-mode=0', '--overprovisioned', "
               f"'--listen-address', '{ME}', '--rpc-address', '{ME}', '--seed-provider-parameters', 'seeds={ME},{PEERS[0]}', '--smp', '{SHARDS}', '--memory', '24G', "
               f"'--alternator-address', '{ME}', '--blocked-reactor-notify-ms', '25', '--abort-on-lsa-bad-alloc', '1', '--abort-on-seastar-bad-alloc', '--abort-on-internal-error', '1']", "entrypoint_running_scylla")
        sc("INFO", 0, "main", "seastar", f"Reactor backend: linux-aio", "reactor_backend")
        sc("WARN", 0, "main", "seastar", "Creation of perf_event based stall detector failed: falling back to posix timer: std::system_error (error system:1, perf_event_open() failed: Operation not permitted)", "perf_event_failed")
        sc("INFO", 0, "main", "init", "installing SIGHUP handler", "installing_sighup")
        sc("INFO", 0, "main", "init", "Scylla version 6.0.4-0.20240918.f9f6bd2a4d2e with build-id 3f0b6a8a01c7e1f1b1c3e07c7c33e29c14bf3e4f starting ...", "version_starting")
        sc("WARN", 0, "main", "init", "I/O Scheduler is not properly configured! This is a non-supported setup, and performance is expected to be unpredictably bad.", "io_scheduler_not_configured")
        sc("INFO", 0, "main", "init", "starting prometheus API server", "starting_component")
        sc("INFO", 0, "main", "init", "starting tokens manager", "starting_component")
        sc("INFO", 0, "main", "init", "starting effective_replication_map factory", "starting_component")
        sc("INFO", 0, "main", "init", "starting migration manager notifier", "starting_component")
        sc("INFO", 0, "main", "init", "starting per-shard database core", "starting_component")
        sc("INFO", 0, "main", "seastar", f"Created fair group io-queue-0 for {SHARDS} queues, capacity rate 2147483:2147483, limit 12582912, rate 16777216 (factor 1), threshold 2000, per tick grab 6291456", "fair_group_created")
        L.tick(2)
        sc("INFO", 0, "main", "database", "Populating Keyspace system", "populating_keyspace")
        for ks in ["system_schema", "system_auth", "system_distributed", "shop", "events"]:
            L.tick(0.5)
            sc("INFO", 0, "main", "database", f"Populating Keyspace {ks}", "populating_keyspace")
        sc("INFO", 0, "main", "init", "starting commit log", "starting_component")
        sc("INFO", 0, "main", "commitlog_replayer", "Replaying " + ", ".join(f"/var/lib/scylla/commitlog/CommitLog-2-{st['gen'] + k}.log" for k in range(3)), "commitlog_replaying")
        sc("INFO", 0, "main", "commitlog_replayer", f"Log replay complete, {g.num(0, 90000)} replayed mutations ({g.num(0, 3)} invalid, {g.num(0, 3)} skipped)", "commitlog_replay_complete")
        sc("INFO", 0, "main", "init", "starting storage service", "starting_component")
        sc("INFO", 0, "main", "storage_service", f"entering STARTING mode", "entering_mode")
        for p in PEERS:
            L.tick(1)
            sc("INFO", 0, "gossip", "gossip", f"InetAddress {p} is now UP, status = NORMAL", "gossip_up")
        sc("INFO", 0, "main", "storage_service", f"entering NORMAL mode", "entering_mode")
        sc("INFO", 0, "main", "cql_server_controller", f"Starting listening for CQL clients on {ME}:9042 (unencrypted, non-shard-aware)", "cql_listening")
        sc("INFO", 0, "main", "cql_server_controller", f"Starting listening for CQL clients on {ME}:19042 (unencrypted, shard-aware)", "cql_listening")
        sc("INFO", 0, "main", "alternator_controller", f"Alternator server listening on {ME}, HTTP port 8000", "alternator_listening")
        sc("INFO", 0, "main", "init", "Scylla version 6.0.4-0.20240918.f9f6bd2a4d2e initialization completed.", "init_completed")
        sv("INFO", "success: scylla entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)", "sv_running")

    def compaction():
        ks, tb = g.c(TABLES[:5] + TABLES[:3])
        sh = g.num(0, SHARDS - 1)
        cid = g.uuid()
        n = g.c([2, 4, 4, 4, 5, 12])
        ins = [f"{sst(ks, tb)}:level=0:origin={g.c(['memtable', 'memtable', 'compaction'])}" for _ in range(n)]
        sc("INFO", sh, "comp", "compaction", f"[Compact {ks}.{tb} {cid}] Compacting [{','.join(ins)}]", "compacting")
        L.tick(3)
        a = g.num(2, 900)
        b = max(1, int(a * g.r.uniform(0.45, 0.99)))
        ms = g.num(40, 20000)
        parts = g.num(100, 900000)
        sc("INFO", sh, "comp", "compaction", f"[Compact {ks}.{tb} {cid}] Compacted {n} sstables to [{sst(ks, tb)}:level=0]. {a}MB to {b}MB (~{b * 100 // a}% of original) in {ms}ms = {max(1, a * 1000 // ms)}MB/s. "
           f"~{parts} total partitions merged to {int(parts * g.r.uniform(0.5, 1))}.", "compacted")

    def gossip():
        if st["down"]:
            p = st["down"]
            st["down"] = None
            sc("INFO", 0, "gossip", "gossip", f"InetAddress {p} is now UP, status = NORMAL", "gossip_up")
            return
        p = g.c(PEERS)
        st["down"] = p
        sc("INFO", 0, "gossip", "gossip", f"InetAddress {p} is now DOWN, status = NORMAL", "gossip_down")
        for _ in range(g.num(1, 4)):
            L.tick(2)
            ks, tb = g.c(TABLES[:5])
            sc("WARN", g.num(0, SHARDS - 1), "stmt", "storage_proxy", f"Exception when communicating with {p}, to read from {ks}.{tb}: seastar::rpc::closed_error (connection is closed)", "exception_communicating")

    def semaphore():
        sh = g.num(0, SHARDS - 1)
        ks, tb = g.c(TABLES[:5])
        act = g.num(60, 100)
        wt = g.num(1, 40)
        mem = g.num(3, 60)
        head = f"{'(rate limiting dropped ' + str(g.num(1, 900)) + ' similar messages) ' if g.r.random() < 0.6 else ''}Semaphore user with {act}/100 count and {mem * 1048576 + g.num(0, 999999)}/{17 * 1048576} memory resources: timed out, dumping permit diagnostics:"
        rows = [("permits\tcount\tmemory\ttable/operation/state", "permit_table_head"),
                (f"{act}\t{act}\t{mem}M\t{ks}.{tb}/data-query/active/await", "permit_row"),
                (f"{wt}\t0\t0B\t{ks}.{tb}/data-query/waiting_for_admission", "permit_row")]
        if g.r.random() < 0.5:
            o = g.c([t for t in TABLES[:5] if t != (ks, tb)])
            k = g.num(1, 9)
            rows.append((f"{k}\t{k}\t{g.num(64, 900)}K\t{o[0]}.{o[1]}/mutation-query/active/used", "permit_row"))
        rows += [(f"{act + wt}\t{act}\t{mem}M\ttotal", "permit_total"), ("", "blank"), ("Stats:", "permit_stats_head"),
                 ("permit_based_evictions: 0", "stat_permit_based_evictions"), (f"time_based_evictions: {g.num(0, 40)}", "stat_time_based_evictions"),
                 (f"inactive_reads: {g.num(0, 20)}", "stat_inactive_reads"), (f"total_successful_reads: {g.num(10**6, 10**9)}", "stat_total_successful_reads"),
                 (f"total_failed_reads: {g.num(100, 90000)}", "stat_total_failed_reads"), (f"total_reads_shed_due_to_overload: {g.num(0, 900)}", "stat_reads_shed"),
                 (f"reads_admitted: {g.num(10**6, 10**9)}", "stat_reads_admitted"), (f"reads_enqueued_for_admission: {g.num(10**3, 10**6)}", "stat_reads_enqueued"),
                 (f"current_permits: {act + wt}", "stat_current_permits"), (f"need_cpu_permits: {act - g.num(0, 5)}", "stat_need_cpu_permits"),
                 (f"disk_reads: {g.num(0, act)}", "stat_disk_reads"), (f"sstables_read: {g.num(0, 4 * act)}", "stat_sstables_read")]
        sc("INFO", sh, "stmt", "reader_concurrency_semaphore", head, "semaphore_timed_out", rows)

    def stall():
        sh = g.num(0, SHARDS - 1)
        bt = " ".join(f"0x{g.num(0x5000000, 0x6ffffff):x}" for _ in range(g.num(8, 16)))
        sc("WARN", sh, g.c(["stmt", "comp", "main", "mt"]), "seastar", f"Reactor stalled for {g.num(25, 400)} ms on shard {sh}. Backtrace: {bt}", "reactor_stalled")

    def large():
        ks, tb = g.c(TABLES[:5])
        kind = g.r.random()
        if kind < 0.6:
            sc("WARN", g.num(0, SHARDS - 1), "comp", "large_data", f"Writing large partition {ks}/{tb}: ({g.num(10 * 2**20, 900 * 2**20)} bytes) to {sst(ks, tb).rsplit('/', 1)[1]}", "large_partition")
        else:
            sc("WARN", g.num(0, SHARDS - 1), "comp", "large_data", f"Writing large row {ks}/{tb}: {g.c(['payload', 'items', 'attrs'])} ({g.num(10 * 2**20, 60 * 2**20)} bytes) to {sst(ks, tb).rsplit('/', 1)[1]}", "large_row")

    def cql_exc():
        sc("INFO", g.num(0, SHARDS - 1), "stmt", "cql_server", f"exception while processing connection: {g.c(['std::system_error (error system:104, read: Connection reset by peer)', 'std::system_error (error system:32, sendmsg: Broken pipe)', 'seastar::nested_exception: std::system_error (error system:104, read: Connection reset by peer) (while cleaning up after std::system_error (error system:32, sendmsg: Broken pipe))'])}", "cql_exception")

    def repair():
        st["repair"] += 1
        rid = g.uuid()
        sc("INFO", 0, "main", "repair", f"repair[{rid}]: starting user-requested repair for keyspace shop, repair id {st['repair']}, options {{{{trace -> false}}, {{primaryRange -> true}}, {{jobThreads -> 1}}, {{incremental -> false}}, {{parallelism -> parallel}}}}", "repair_starting")
        tabs = [t for t in TABLES if t[0] == "shop"]
        for i, (ks, tb) in enumerate(tabs):
            L.tick(20)
            sc("INFO", g.num(0, SHARDS - 1), "strm", "repair", f"repair[{rid}]: Started to repair {i + 1} out of {len(tabs)} tables in keyspace={ks}, table={tb}, table_id={tid[(ks, tb)][:8]}-{tid[(ks, tb)][8:12]}-11ef-{tid[(ks, tb)][16:20]}-{tid[(ks, tb)][20:]}, repair_reason=repair", "repair_started_table")
        L.tick(60)
        sc("INFO", 0, "main", "repair", f"repair[{rid}]: stats: repair_reason=repair, keyspace=shop, tables={{{', '.join(t[1] for t in tabs)}}}, ranges_nr={g.num(200, 800)}, round_nr={g.num(800, 9000)}, "
           f"round_nr_fast_path_already_synced={g.num(800, 9000)}, round_nr_fast_path_same_combined_hashes=0, round_nr_slow_path={g.num(0, 90)}, rpc_call_nr={g.num(10000, 90000)}, "
           f"tx_hashes_nr={g.num(0, 9000)}, rx_hashes_nr={g.num(100000, 900000)}, duration={g.f(30, 900, 6)} seconds, tx_row_nr={g.num(0, 9000)}, rx_row_nr={g.num(0, 9000)}, "
           f"row_from_disk_bytes={{{{{ME}, {g.num(10**6, 10**9)}}}, {{{PEERS[0]}, {g.num(10**6, 10**9)}}}, {{{PEERS[1]}, {g.num(10**6, 10**9)}}}}}, row_from_disk_nr={{{{{ME}, {g.num(10**4, 10**7)}}}, {{{PEERS[0]}, {g.num(10**4, 10**7)}}}, {{{PEERS[1]}, {g.num(10**4, 10**7)}}}}}", "repair_stats")
        sc("INFO", 0, "main", "repair", f"repair[{rid}]: completed successfully, keyspace=shop", "repair_completed")

    def schema():
        ks, tb = g.c(TABLES[:5])
        sc("INFO", 0, "main", "migration_manager", f"Update table '{ks}.{tb}' From org.apache.cassandra.config.CFMetaData@{g.hx(8)}[cfId={tid[(ks, tb)][:8]}-{tid[(ks, tb)][8:12]}-11ef-{tid[(ks, tb)][16:20]}-{tid[(ks, tb)][20:]},ksName={ks},cfName={tb},cfType=Standard,comparator=org.apache.cassandra.db.marshal.UTF8Type,comment=,readRepairChance=0,dcLocalReadRepairChance=0,gcGraceSeconds=864000,...]", "update_table")
        sc("INFO", 0, "main", "schema_tables", f"Altering {ks}.{tb} id={tid[(ks, tb)][:8]}-{tid[(ks, tb)][8:12]}-11ef-{tid[(ks, tb)][16:20]}-{tid[(ks, tb)][20:]} version={g.uuid()}", "altering_table")
        sc("INFO", 0, "main", "query_processor", f"Column definitions for {ks}.{tb} changed, invalidating related prepared statements", "invalidating_prepared")
        sc("INFO", 0, "main", "migration_manager", f"Gossiping my schema version {g.uuid()}", "gossiping_schema")

    def restart():
        sv("WARN", "received SIGTERM indicating exit request", "sv_sigterm")
        sv("INFO", "waiting for scylla, rsyslog, scylla-node-exporter to die", "sv_waiting")
        sc("INFO", 0, "main", "compaction_manager", "Asked to stop", "asked_to_stop")
        sc("INFO", 0, "main", "storage_service", "Stop transport: starts", "stop_transport")
        sc("INFO", 0, "main", "storage_service", "Stop transport: done", "stop_transport")
        sc("INFO", 0, "main", "init", "Scylla version 6.0.4-0.20240918.f9f6bd2a4d2e shutdown complete.", "shutdown_complete")
        for prog in ["scylla", "scylla-node-exporter", "rsyslog"]:
            sv("INFO", f"stopped: {prog} (exit status 0)", "sv_stopped")
        L.tick(20)
        startup()

    startup()
    ev = [(40, compaction), (4, gossip), (3, semaphore), (10, stall), (5, large), (12, cql_exc), (0.4, repair), (0.8, schema), (0.15, restart)]
    return L.run(slowed(L, ev, 30), None)


# 4 ---------------------------------------------------------------- Riak KV 3.0.16 node of a 5-node ring (bitcask), /var/log/riak/console.log (lager):
#   "yyyy-mm-dd hh:mm:ss.ms [level] <pid>@module:function:line message", or "<pid> message" where error_logger reports; handoffs, active
#   anti-entropy repairs and throttle changes, sysmon reports, sibling explosions, crash and supervisor reports, a peer not responding (two lines), a restart
@checked
def log_riak(seed):
    L = Log("riak_console_log", seed, "full", True, True)
    g = L.g
    NODES = [f"riak@10.6.0.{n}" for n in range(11, 16)]
    ME = NODES[0]
    RING = 64
    STEP = 2 ** 160 // RING
    BUCKETS = ["sessions", "carts", "profiles", "photos_meta", "feature_flags"]

    def part():
        return g.num(0, RING - 1) * STEP

    def pid(a=100, b=40000):
        return f"<0.{g.num(a, b)}.0>"

    FIXED = {m: pid(150, 900) for m in ["riak_core_capability", "riak_core", "riak_kv_entropy_manager", "riak_core_sysmon_handler", "bitcask_merge_worker",
                                         "riak_core_node_watcher", "riak_kv_app"]}

    def lg(lv, msg, ev, where=None, p=None, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 500))
        loc = f"@{where[0]}:{where[1]}:{where[2]}" if where else ""
        p = p or (FIXED.get(where[0]) if where else None) or pid()
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} [{lv}] {p}{loc} {msg}", ev, lv, where[0] if where else None)
        for text, cev in cont:
            L.emit(text, cev, lv, where[0] if where else None)

    def startup():
        for app in ["lager", "sasl", "crypto", "asn1", "public_key", "ssl", "riak_sysmon", "os_mon", "runtime_tools", "erlang_pbkdf2", "poolboy", "basho_stats", "eleveldb",
                    "pbkdf2", "bitcask", "clique", "folsom", "riak_core", "riak_api", "riak_pipe", "riak_kv", "riak_search", "riak_repl", "riak_control", "cluster_info", "riak_auth_mods"]:
            lg("info", f"Application {app} started on node '{ME}'", "application_started", p="<0.7.0>")
            L.t += dt.timedelta(milliseconds=g.num(5, 300))
            if app == "riak_core":
                lg("info", f"New capability: {{riak_core,vnode_routing}} = proxy", "new_capability", ("riak_core_capability", "process_capability_changes", 555))
                lg("info", f"New capability: {{riak_core,staged_joins}} = true", "new_capability", ("riak_core_capability", "process_capability_changes", 555))
                lg("info", f"New capability: {{riak_core,resizable_ring}} = true", "new_capability", ("riak_core_capability", "process_capability_changes", 555))
            if app == "riak_kv":
                lg("info", "Waiting for service riak_kv to start (0 seconds)", "waiting_for_service", ("riak_core", "wait_for_service", 504))
                L.tick(10)
                lg("info", f"Wait complete for service riak_kv ({g.num(5, 30)} seconds)", "wait_complete", ("riak_core", "wait_for_service", 498))

    def handoff():
        kind = g.c(["hinted", "hinted", "ownership", "resize"] if g.r.random() < 0.1 else ["hinted"])
        p = part()
        src, dst = ME, g.c(NODES[1:])
        if g.r.random() < 0.4:
            src, dst = dst, ME
        p2 = p if kind != "resize" else part()
        hp = pid(3000, 90000)
        lg("info", f"Starting {kind} transfer of riak_kv_vnode from '{src}' {p} to '{dst}' {p2}", "handoff_starting", ("riak_core_handoff_sender", "start_fold_", 152), p=hp)
        L.tick(3)
        objs = g.num(0, 90000)
        secs = g.r.uniform(0.01, 120)
        b = objs * g.num(200, 4000)
        sz = f"{b / 1048576:.2f} MB" if b > 1048576 else f"{b / 1024:.2f} KB"
        lg("info", f"{kind} transfer of riak_kv_vnode from '{src}' {p} to '{dst}' {p2} completed: sent {sz} bytes in {objs} of {objs} objects in {secs:.2f} seconds "
           f"({b / secs / 1024:.2f} KB/second)", "handoff_completed", ("riak_core_handoff_sender", "start_fold_", 282), p=hp)

    def aae_repair():
        p = part()
        n = g.c([1, 1, 1, 2, 3, 5, 12, 40])
        other = g.c(NODES[1:])
        lg("info", f"Repaired {n} keys during active anti-entropy exchange of {{{p},3}} between {{{p},'{ME}'}} and {{{(p + STEP) % (2 ** 160)},'{other}'}}",
           "aae_repaired", ("riak_kv_exchange_fsm", "key_exchange", 263))

    def throttle():
        a, b = g.r.sample([0, 10, 50, 100, 250], 2)
        lg("info", f"Changing AAE throttle from {a} -> {b} msec/key, based on maximum vnode mailbox size {g.num(0, 4000)} from '{g.c(NODES)}'",
           "aae_throttle", ("riak_kv_entropy_manager", "perhaps_log_throttle_change", 826))

    def tree():
        p = part()
        lg("info", f"Finished AAE tree build: {p}", "aae_tree_built", ("riak_kv_index_hashtree", "build_or_rehash", 706)) if g.r.random() < 0.7 else \
            lg("info", f"Will not build AAE tree for {p}: {g.c(['locked', 'not_owner'])}", "aae_tree_not_built", ("riak_kv_index_hashtree", "build_or_rehash", 693))

    def sysmon():
        typ = g.c(["long_gc", "long_gc", "long_gc", "large_heap", "busy_dist_port", "long_schedule"])
        init = g.c(["{riak_core_vnode,init,1}", "{riak_kv_put_fsm,init,1}", "{riak_api_pb_server,init,1}", "{proc_lib,init_p,5}"])
        fn = g.c(["{gen_fsm,loop,7}", "{bitcask_fileops,read,3}", "{erlang,term_to_binary,1}", "{riak_object,merge,2}"])
        info = f"[{{initial_call,{init}}},{{almost_current_function,{fn}}},{{message_queue_len,{g.num(0, 900)}}}]"
        if typ == "long_gc":
            extra = (f"[{{timeout,{g.num(100, 3000)}}},{{old_heap_block_size,{g.num(0, 10**6)}}},{{heap_block_size,{g.num(10**4, 10**7)}}},{{mbuf_size,0}},{{stack_size,{g.num(20, 90)}}},"
                     f"{{old_heap_size,0}},{{heap_size,{g.num(10**4, 10**7)}}}]")
        elif typ == "large_heap":
            extra = f"[{{old_heap_block_size,0}},{{heap_block_size,{g.num(2 * 10**7, 9 * 10**7)}}},{{mbuf_size,0}},{{stack_size,{g.num(20, 90)}}},{{old_heap_size,0}},{{heap_size,{g.num(10**7, 5 * 10**7)}}}]"
        elif typ == "busy_dist_port":
            extra = f"#Port<0.{g.num(1000, 9000)}>"
        else:
            extra = f"[{{timeout,{g.num(50, 900)}}},{{in,{fn}}},{{out,{g.c(['{gen,do_call,4}', '{prim_inet,recv0,3}'])}}}]"
        lg("info", f"monitor {typ} {pid(200, 90000)} {info} {extra}", "sysmon_monitor", ("riak_core_sysmon_handler", "handle_event", 92))

    def siblings():
        b = g.c(BUCKETS)
        k = g.c([g.uuid(), f"user:{g.num(1000, 99999)}", f"cart:{g.hx(12)}"])
        if g.r.random() < 0.6:
            lg("warning", f"Too many siblings for object <<\"{b}\">>/<<\"{k}\">> ({g.num(25, 400)})", "too_many_siblings", ("riak_kv_vnode", "put_merge", g.c([2456, 2462])))
        else:
            lg("warning", f"Read large object <<\"{b}\">>/<<\"{k}\">> ({g.num(5 * 2**20, 40 * 2**20)} bytes)", "read_large_object", ("riak_kv_vnode", "do_get_object", 1950))

    def pb_error():
        r = g.r.random()
        if r < 0.5:
            lg("error", f"Supervisor riak_api_pb_sup had child undefined started with {{riak_api_pb_server,start_link,undefined}} at {pid(1000, 90000)} exit with reason "
               f"{g.c(['{tcp_error,etimedout}', 'closed', '{tcp_error,econnreset}'])} in context child_terminated", "supervisor_child_terminated", p="<0.190.0>")
        elif r < 0.8:
            p = pid(1000, 90000)
            lg("error", f"CRASH REPORT Process {p} with 0 neighbours exited with reason: {{timeout,{{gen_server,call,[riak_core_vnode_manager,all_vnodes,{g.c([5000, 30000])}]}}}} in gen_server:call/3 line 247",
               "crash_report", p=p)
        else:
            lg("warning", f"Unrecognized message {{tcp_error,#Port<0.{g.num(1000, 90000)}>,{g.c(['etimedout', 'econnreset', 'ehostunreach'])}}}", "unrecognized_message", ("riak_api_pb_server", "handle_info", 331))

    def merge():
        n = g.num(1, 12)
        p = part()
        lg("info", f"Finished merge of {n} files in partition {p} in {g.r.uniform(0.01, 60):.2f} seconds", "bitcask_merged", ("bitcask_merge_worker", "do_merge", 168))

    def not_responding():
        n = g.c(NODES[1:])
        lg("error", f"** Node '{n}' not responding **", "node_not_responding", p="<0.28.0>", cont=[("** Removing (timedout) connection **", "removing_connection")])
        L.tick(8)
        lg("info", f"Node '{n}' is down, marking vnodes for handoff", "node_down_handoff", ("riak_core_node_watcher", "handle_info", 428))
        L.tick(40)
        lg("info", f"Node '{n}' is up", "node_up", ("riak_core_node_watcher", "handle_info", 418))

    def restart():
        lg("info", "Stopping application riak_kv - marked service down.", "stopping_riak_kv", ("riak_kv_app", "prep_stop", 232))
        lg("info", "Unregistered pb services", "unregistered_pb", ("riak_kv_app", "prep_stop", 237))
        lg("info", "unregistered webmachine routes", "unregistered_routes", ("riak_kv_app", "prep_stop", 239))
        lg("info", "all active put FSMs completed", "put_fsms_completed", ("riak_kv_app", "prep_stop", 241))
        for app in ["riak_kv", "riak_pipe", "riak_api", "riak_core"]:
            lg("info", f"Application {app} exited with reason: stopped", "application_exited", p="<0.7.0>")
        L.tick(30)
        startup()

    startup()
    ev = [(40, handoff), (20, aae_repair), (6, throttle), (6, tree), (18, sysmon), (5, siblings), (5, pb_error), (6, merge), (0.7, not_responding), (0.15, restart)]
    return L.run(slowed(L, ev, 40), None)


# 5 ---------------------------------------------------------------- NFS-Ganesha 5.7 (FSAL_VFS over XFS) on a file server of a render farm, /var/log/ganesha/ganesha.log:
#   "dd/mm/yyyy hh:mm:ss : epoch <hex> : host : ganesha.nfsd-pid[thread] function :COMPONENT :LEVEL :message" (day first; the epoch is the server's
#   start, in hex); starts with their grace periods, libtirpc dropping dead client sockets, the FD LRU running out, health warnings under load,
#   SIGHUP export reloads, config warnings, client expiry, a shutdown
@checked
def log_ganesha(seed):
    L = Log("nfs_ganesha_log", seed, "full", True, True, start=dt.datetime(2026, 11, 24, 7, 12, 5, tzinfo=UTC))
    g = L.g
    HOST = "nfs01"
    CLIENTS = [f"10.7.{g.num(1, 3)}.{g.num(10, 250)}" for _ in range(40)]
    st = {"epoch": int(L.t.timestamp()), "pid": g.num(900, 3000), "svc": 0, "grace": False}

    def gl(thr, fn, comp, lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%d/%m/%Y %H:%M:%S} : epoch {st['epoch']:08x} : {HOST} : ganesha.nfsd-{st['pid']}[{thr}] {fn} :{comp} :{lv} :{msg}", ev, lv, comp)

    def svc():
        return f"svc_{g.num(2, 60)}"

    def startup():
        st["epoch"] = int(L.t.timestamp())
        st["pid"] = g.num(900, 60000)
        M = "main"
        gl(M, "main", "MAIN", "EVENT", "ganesha.nfsd Starting: Ganesha Version 5.7", "starting_version")
        gl(M, "nfs_set_param_from_conf", "NFS STARTUP", "EVENT", "Configuration file successfully parsed", "config_parsed")
        if g.r.random() < 0.7:
            gl(M, "config_errs_to_log", "CONFIG", "WARN", "Config File (/etc/ganesha/ganesha.conf:41): Unknown parameter (Grace_Period)", "config_unknown_param")
        gl(M, "init_server_pkgs", "NFS STARTUP", "EVENT", "Initializing ID Mapper.", "init_idmapper")
        gl(M, "init_server_pkgs", "NFS STARTUP", "EVENT", "ID Mapper successfully initialized.", "idmapper_ok")
        gl(M, "nfs_start_grace", "STATE", "EVENT", "NFS Server Now IN GRACE, duration 90", "in_grace")
        gl(M, "nfs_start_grace", "STATE", "EVENT", "grace reload client info completed from backend", "grace_reload")
        gl(M, "nfs_try_lift_grace", "STATE", "EVENT", f"check grace:reclaim complete(0) clid count({g.num(0, 30)})", "check_grace")
        gl(M, "lower_my_caps", "NFS STARTUP", "EVENT", "CAP_SYS_RESOURCE was successfully removed for proper quota management in FSAL", "caps_removed")
        gl(M, "lower_my_caps", "NFS STARTUP", "EVENT", "currently set capabilities are: cap_chown,cap_dac_override,cap_dac_read_search,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,"
           "cap_linux_immutable,cap_net_bind_service,cap_net_broadcast,cap_net_admin,cap_net_raw,cap_ipc_lock,cap_ipc_owner,cap_sys_module,cap_sys_rawio,cap_sys_chroot,cap_sys_ptrace,"
           "cap_sys_pacct,cap_sys_admin,cap_sys_boot,cap_sys_nice,cap_sys_time,cap_sys_tty_config,cap_mknod,cap_lease,cap_audit_write,cap_audit_control,cap_setfcap,cap_mac_override,"
           "cap_mac_admin,cap_syslog,cap_wake_alarm,cap_block_suspend,cap_audit_read,cap_perfmon,cap_bpf,cap_checkpoint_restore", "caps_current")
        gl(M, "gsh_dbus_pkginit", "DBUS", "CRIT", "dbus_bus_get failed (Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory)", "dbus_get_failed") if g.r.random() < 0.3 else None
        gl(M, "gsh_dbus_register_path", "DBUS", "CRIT", "dbus_connection_register_object_path called with no DBUS connection", "dbus_no_connection") if g.r.random() < 0.3 else None
        gl(M, "nfs_Init_svc", "DISP", "CRIT", "Cannot acquire credentials for principal nfs", "cannot_acquire_creds")
        gl(M, "nfs_Init_admin_thread", "NFS CB", "EVENT", "Admin thread initialized", "admin_thread_initialized")
        gl(M, "nfs_rpc_cb_init_ccache", "NFS STARTUP", "EVENT", "Callback creds directory (/var/run/ganesha) already exists", "creds_dir_exists")
        gl(M, "find_keytab_entry", "NFS CB", "WARN", "Configuration file does not specify default realm while getting default realm name", "no_default_realm")
        gl(M, "gssd_refresh_krb5_machine_credential", "NFS CB", "CRIT", "ERROR: gssd_refresh_krb5_machine_credential: no usable keytab entry found in keytab /etc/krb5.keytab for connection with host localhost", "no_keytab_entry")
        gl(M, "nfs_rpc_cb_init_ccache", "NFS STARTUP", "WARN", "gssd_refresh_krb5_machine_credential failed (-1765328160:0)", "refresh_krb5_failed")
        for th in ["delayed executor", "gsh_dbusthread", "admin thread", "reaper thread", "General fridge"]:
            if th == "delayed executor":
                gl(M, "nfs_Start_threads", "THREAD", "EVENT", "Starting delayed executor.", "starting_delayed_executor")
            else:
                gl(M, "nfs_Start_threads", "THREAD", "EVENT", f"{th} was started successfully", "started_" + th.replace(" ", "_").lower())
        gl(M, "nfs_start", "NFS STARTUP", "EVENT", "-------------------------------------------------", "banner_rule")
        gl(M, "nfs_start", "NFS STARTUP", "EVENT", "             NFS SERVER INITIALIZED", "banner_initialized")
        gl(M, "nfs_start", "NFS STARTUP", "EVENT", "-------------------------------------------------", "banner_rule")
        st["grace"] = True

    def lift():
        if not st["grace"]:
            return tirpc()
        L.tick(60)
        gl("reaper", "nfs_try_lift_grace", "STATE", "EVENT", f"check grace:reclaim complete({g.num(0, 30)}) clid count({g.num(0, 30)})", "check_grace")
        gl("reaper", "nfs_lift_grace_locked", "STATE", "EVENT", "NFS Server Now NOT IN GRACE", "not_in_grace")
        st["grace"] = False

    def tirpc():
        fd = g.num(20, 900)
        ptr = f"0x7f{g.hx(10)}"
        r = g.r.random()
        if r < 0.55:
            gl(svc(), "rpc", "TIRPC", "EVENT", f"svc_vc_wait: {ptr} fd {fd} recv errno {g.c([104, 104, 110, 113])} (will set dead)", "svc_vc_wait_errno")
        elif r < 0.85:
            gl(svc(), "rpc", "TIRPC", "EVENT", f"svc_vc_recv: {ptr} fd {fd} recv closed (will set dead)", "svc_vc_recv_closed")
        else:
            gl(svc(), "rpc", "TIRPC", "EVENT", f"svc_ioq_flushv: {ptr} fd {fd} sendmsg failed (will set dead)", "svc_ioq_flushv")

    def lru():
        r = g.r.random()
        if r < 0.4:
            gl(svc(), "mdcache_lru_fds_available", "INODE LRU", "CRIT", "FD Hard Limit Exceeded, waking LRU thread.", "fd_hard_limit")
        elif r < 0.7:
            gl("cache_lru", "lru_run", "INODE LRU", "WARN", "Futility count exceeded.  Client load is opening FDs faster than the LRU thread can close them.", "futility")
        elif r < 0.85:
            gl(svc(), "mdcache_lru_fds_available", "INODE LRU", "INFO", f"FDs above high water mark, waking LRU thread. open_fd_count={g.num(3900, 4100)}, lru_state.fds_hiwat={3686}, lru_state.fds_lowat={2048}, lru_state.fds_hard_limit={4055}", "fds_above_hiwat")
        else:
            gl("cache_lru", "lru_run", "INODE LRU", "EVENT", "Re-enabling FD cache.", "reenabling_fd_cache")

    def health():
        enq = g.num(10**5, 10**8)
        deq = enq - g.num(100, 9000)
        gl("dbus_heartbeat", "nfs_health", "DBUS", "WARN", f"Health status is unhealthy. enq new: {enq}, old: {enq - g.num(100, 9000)}; deq new: {deq}, old: {deq}", "health_unhealthy")
        gl("dbus_heartbeat", "dbus_heartbeat_cb", "DBUS", "WARN", "Health status is unhealthy. Not sending heartbeat", "not_sending_heartbeat")

    def fsal():
        r = g.r.random()
        if r < 0.5:
            gl(svc(), "posix2fsal_error", "FSAL", "CRIT", f"Mapping {g.c([5, 5, 116, 122])}(default) to ERR_FSAL_SERVERFAULT", "posix2fsal_mapping")
        else:
            gl(svc(), "mdcache_refresh_attributes", "CACHE INODE", "WARN", f"Refresh attributes failed with ERR_FSAL_STALE for handle {g.hx(48)}", "refresh_stale")

    def sighup():
        gl("sigmgr", "sigmgr_thread", "MAIN", "EVENT", "SIGHUP_HANDLER: Received SIGHUP.... initiating export list reload", "sighup")
        gl("sigmgr", "reread_exports", "CONFIG", "EVENT", "Reread exports starting", "reread_starting")
        n = g.num(0, 3)
        for _ in range(n):
            gl("sigmgr", "config_errs_to_log", "CONFIG", "WARN", f"Config File (/etc/ganesha/exports.d/{g.c(['render', 'assets', 'scratch', 'home'])}.conf:{g.num(3, 40)}): "
               f"{g.c(['Unknown parameter (Squash_All)', 'Unknown block (FSAL_XFS)', 'Expected an option or a block'])}", "config_unknown_param")
        gl("sigmgr", "update_export", "EXPORT", "EVENT", f"Export {g.num(1, 12)} pseudo path /{g.c(['render', 'assets', 'scratch', 'home'])} updated", "export_updated") if g.r.random() < 0.6 else None
        gl("sigmgr", "reread_exports", "CONFIG", "EVENT", f"Reread exports complete", "reread_complete")

    def expire():
        c = g.c(CLIENTS)
        gl("reaper", "reap_hash_table", "CLIENT ID", "EVENT", f"Expiring client 0x7f{g.hx(10)} ClientID={{Epoch=0x{st['epoch']:08x} Counter=0x{g.num(1, 4000):08x}}} Client={{name=(Linux NFSv4.2 {c.replace('.', '-')}.render.acme.lan) addr={c}}} (lease expired)", "client_expired")

    def mount3():
        c = g.c(CLIENTS)
        gl(svc(), "mnt_Mnt", "NFS3", "EVENT", f"MOUNT: Export entry /{g.c(['render', 'assets', 'scratch'])} does not support NFS v3 for client {c}", "mount_no_v3")

    def shutdown():
        gl("sigmgr", "sigmgr_thread", "MAIN", "EVENT", "SIGTERM_HANDLER: Received SIGTERM.... initiating shutdown", "sigterm")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "NFS EXIT: stopping NFS service", "exit_stopping")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Stopping delayed executor.", "stopping_delayed_executor")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Delayed executor stopped.", "delayed_executor_stopped")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Stopping state asynchronous request thread", "stopping_async")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "State asynchronous request system shut down.", "async_shut_down")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Unregistering ports used by NFS service", "unregistering_ports")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Removing all exports.", "removing_exports")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "Removing all DSs.", "removing_dss")
        gl("Admin", "do_shutdown", "MAIN", "EVENT", "FSAL system destroyed.", "fsal_destroyed")
        gl("main", "main", "MAIN", "EVENT", "NFS EXIT: regular exit", "regular_exit")
        L.tick(20)
        startup()

    startup()
    ev = [(4, lift), (40, tirpc), (14, lru), (10, health), (5, fsal), (1.5, sighup), (7, expire), (3, mount3), (0.3, shutdown)]
    return L.run(slowed(L, ev, 180), None)


# 6 ---------------------------------------------------------------- Mattermost 9.11 Team Edition (Docker, PostgreSQL) of an engineering team, /mattermost/logs/mattermost.log:
#   JSON lines {"timestamp":"yyyy-mm-dd hh:mm:ss.mmm Z","level":...,"msg":...,"caller":...,fields...}; expired sessions, websocket upgrades that fail,
#   permission errors, push proxy and SMTP failures, job workers, plugins logging through the plugin API, a restart with its start-up lines
@checked
def log_mattermost(seed):
    L = Log("mattermost_json", seed, "full", True, False)
    g = L.g
    PLUGINS = ["playbooks", "com.mattermost.calls", "focalboard", "com.mattermost.nps", "github", "jira"]
    PATHS = ["/api/v4/users/me", "/api/v4/users/me/teams/unread", "/api/v4/channels/{c}/posts", "/api/v4/users/status/ids", "/api/v4/posts/{p}/thread",
             "/api/v4/channels/members/me/view", "/api/v4/files/{f}/preview", "/api/v4/users/{u}/image"]

    def mid():
        return g.alnum(26)

    def j(level, msg, caller, ev, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        d = {"timestamp": f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} Z", "level": level, "msg": msg, "caller": caller}
        d.update(kw)
        L.emit(json.dumps(d, separators=(",", ":")), ev, level)

    def path():
        return g.c(PATHS).replace("{c}", mid()).replace("{p}", mid()).replace("{f}", mid()).replace("{u}", mid())

    def web_err(msg, where, code, detail, ev, user=True, p=None, method=None):
        p = p or path()
        j("error", msg, "web/context.go:" + str(g.c([114, 117])), ev, path=p, request_id=mid(), ip_addr=g.c([g.ip(), g.ip("pub")]),
          user_id=mid() if user else "", method=method or g.c(["GET", "GET", "POST", "PUT"]), err_where=where, http_code=code, error=f"{where}: {msg}, {detail}")

    def startup():
        j("info", "Server is initializing...", "app/server.go:291", "server_initializing", go_version="go1.22.6")
        j("info", "Pinging SQL", "sqlstore/store.go:280", "pinging_sql", database="master")
        j("info", "Current version is 9.11.5 (9.11.5/Tue Nov 12 15:24:38 UTC 2024/7c4b1d3c5f5e4a05bbfa8d22eb5fd2f7e2c0c50a/none)", "app/server.go:584", "current_version",
          current_version="9.11.5", build_number="9.11.5", build_date="Tue Nov 12 15:24:38 UTC 2024", build_hash="7c4b1d3c5f5e4a05bbfa8d22eb5fd2f7e2c0c50a", build_hash_enterprise="none", service_environment="production")
        j("info", "Enterprise Build", "app/server.go:593", "enterprise_build", enterprise_build=False)
        j("info", "Printing current working", "app/server.go:599", "printing_cwd", directory="/mattermost")
        j("info", "Loaded config", "app/server.go:600", "loaded_config", source="postgres://mmuser:****@db:5432/mattermost?sslmode=disable&connect_timeout=10")
        j("info", "Post.Message has size restrictions", "sqlstore/post_store.go:2691", "post_size_restrictions", max_characters=16383, max_bytes=65535)
        j("info", "Starting websocket hubs", "platform/web_hub.go:97", "starting_hubs", number_of_hubs=4)
        j("info", "Starting up plugins", "app/plugin.go:253", "starting_plugins")
        for pl in PLUGINS:
            L.tick(0.5)
            j("info", "Plugin activated", "app/plugin.go:192", "plugin_activated", plugin_id=pl, version=g.c(["2.0.1", "0.29.4", "8.0.0", "1.7.0", "2.2.0", "4.1.1"]))
        j("info", "Starting Server...", "app/server.go:1075", "starting_server")
        j("info", "Server is listening on [::]:8065", "app/server.go:1148", "server_listening", address="[::]:8065")
        j("info", "Sending systemd READY notification.", "commands/server.go:127", "systemd_ready")

    def session_expired():
        web_err("Invalid or expired session, please login again.", "ServeHTTP", 401, f"token={mid()} Appears to be an invalid or expired token", "session_expired", user=False)

    def ws_fail():
        web_err("Failed to upgrade websocket connection.", "connect", 500, "websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header",
                "ws_upgrade_failed", user=True, p="/api/v4/websocket", method="GET")

    def perm():
        web_err("You do not have the appropriate permissions.", g.c(["GetPostsForChannel", "getChannel", "createPost", "updateChannel"]), 403, "userId=" + mid(), "no_permissions")

    def notfound():
        r = g.r.random()
        if r < 0.5:
            web_err("Unable to find the existing channel.", "GetChannel", 404, f"resource: Channel id: {mid()}: sql: no rows in result set", "channel_not_found")
        else:
            web_err("Unable to get the file.", "GetFileInfo", 404, f"resource: FileInfo id: {mid()}: sql: no rows in result set", "file_not_found")

    def push_fail():
        j("error", "Notification error", "app/notification_push.go:" + str(g.c([388, 412])), "push_error", ackId="", type="message", userId=mid(), postId=mid(), status="error",
          reason="failed_send", error=f"failed to send push notification: Post \"https://push.mattermost.com/api/v1/send_push\": dial tcp: lookup push.mattermost.com on 127.0.0.11:53: {g.c(['i/o timeout', 'server misbehaving'])}")

    def smtp_fail():
        j("error", "Unable to send the email notification.", "app/notification_email.go:" + str(g.c([180, 182])), "email_failed", user_id=mid(),
          error=f"Failed to open TLS connection., dial tcp {g.ip('10')}:587: connect: connection refused")

    def jobs():
        w = g.c([("ExpiryNotify", "expiry_notify"), ("CleanupDesktopTokens", "cleanup_desktop_tokens"), ("PostPersistentNotifications", "post_persistent_notifications"),
                 ("RefreshPostStats", "refresh_post_stats"), ("ResendInvitationEmail", "resend_invitation_email"), ("ProductNotices", "product_notices"), ("LastAccessiblePost", "last_accessible_post")])
        jid = mid()
        j("info", "Worker: Job is complete", "jobs/base_workers.go:97", "job_complete", worker=w[0], job_id=jid, job_type=w[1], job_create_at=L.t.strftime("%b %d %H:%M:%S.") + ms3(L.t))

    def plugin_log():
        r = g.r.random()
        if r < 0.4:
            j("info", f"Playbook run {g.c(['started', 'finished'])}", "app/plugin_api.go:1003", "plugin_playbook_run", plugin_id="playbooks", run_id=mid(), playbook_id=mid())
        elif r < 0.7:
            j("warn", "Could not get user by GitHub username", "app/plugin_api.go:1000", "plugin_github_user", plugin_id="github", username=g.c(["octocat", "dependabot[bot]", "renovate[bot]", "jdoe-acme"]))
        else:
            j("error", "Failed to get Jira instance", "app/plugin_api.go:1001", "plugin_jira_instance", plugin_id="jira", error=f"Get \"https://jira.acme.io/rest/api/2/serverInfo\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")

    def slow():
        j("warn", "Slow websocket broadcast", "platform/web_hub.go:" + str(g.c([508, 512])), "slow_broadcast", event=g.c(["posted", "typing", "channel_viewed", "status_change"]),
          duration_ms=g.num(500, 9000)) if g.r.random() < 0.5 else \
            j("warn", "Failed to set the read_only for the connection", "sqlstore/store.go:" + str(g.c([318, 320])), "read_only_failed", error="pq: server closed the connection unexpectedly")

    def cluster_info():
        j("info", "Checking for security update from Mattermost", "app/server.go:1402", "security_update_check") if g.r.random() < 0.5 else \
            j("info", "Email batching job ran. Number of notifications sent: " + str(g.num(0, 40)), "email/email_batching.go:212", "email_batching")

    def restart():
        j("info", "Received signal, shutting down", "commands/server.go:141", "received_signal", signal="terminated")
        j("info", "Stopping Server...", "app/server.go:929", "stopping_server")
        j("info", "stopping websocket hub connections", "platform/web_hub.go:118", "stopping_hubs")
        j("info", "Shutting down plugins", "app/plugin.go:452", "shutting_down_plugins")
        for pl in PLUGINS:
            j("info", "Plugin deactivated", "app/plugin.go:498", "plugin_deactivated", plugin_id=pl)
        j("info", "Server stopped", "app/server.go:1030", "server_stopped")
        L.tick(40)
        startup()

    startup()
    ev = [(40, session_expired), (12, ws_fail), (8, perm), (8, notfound), (6, push_fail), (3, smtp_fail), (14, jobs), (8, plugin_log), (4, slow), (3, cluster_info), (0.2, restart)]
    return L.run(slowed(L, ev, 30), None)


# 7 ---------------------------------------------------------------- Velero 1.14 backing up a small Kubernetes cluster to S3 (MinIO), `kubectl logs -n velero deploy/velero`:
#   logrus text: time="..." level=info msg="..." then the fields sorted by name (backup=, logSource=, name=, namespace=, resource=, ...), quoted where needed;
#   start-up plugin registration, controller-runtime's "Starting EventSource"/"Starting workers", storage-location validation every minute, two
#   schedules, each backup listing and backing up its items, skipped volumes, expired backups garbage-collected, an S3 outage
@checked
def log_velero(seed):
    L = Log("velero_logrus", seed, "full", True, False)
    g = L.g
    NS = {"shop": ["web", "api", "worker", "redis"], "monitoring": ["prometheus", "grafana", "alertmanager"], "ingress-nginx": ["controller"], "cert-manager": ["cert-manager", "webhook"]}
    RES = [("pods", "v1"), ("configmaps", "v1"), ("secrets", "v1"), ("services", "v1"), ("serviceaccounts", "v1"), ("persistentvolumeclaims", "v1"), ("deployments.apps", "apps/v1"),
           ("replicasets.apps", "apps/v1"), ("statefulsets.apps", "apps/v1"), ("ingresses.networking.k8s.io", "networking.k8s.io/v1"), ("endpointslices.discovery.k8s.io", "discovery.k8s.io/v1")]
    st = {"s3down": False, "backups": []}

    def q(v):
        s = str(v)
        if any(not (c.isalnum() or c in "-._/@^+") for c in s):
            return json.dumps(s)
        return s

    def lr(level, msg, ev, src, **kw):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        kw["logSource"] = src
        fields = " ".join(f"{k}={q(v)}" for k, v in sorted(kw.items()))
        L.emit(f"time={q(L.t.strftime('%Y-%m-%dT%H:%M:%SZ'))} level={level} msg={q(msg)}{' ' + fields if fields else ''}", ev, level)

    def startup():
        lr("info", "setting log-level to INFO", "log_level", "pkg/cmd/server/server.go:254")
        lr("info", "Starting Velero server v1.14.1 (8afe3cea8b7058f7baaf447b9fb407312c40d2da)", "starting_server", "pkg/cmd/server/server.go:256")
        lr("info", "1 feature flags enabled [EnableCSI]", "feature_flags", "pkg/cmd/server/server.go:258")
        for kind, names in [("BackupItemAction", ["velero.io/crd-remap-version", "velero.io/pod", "velero.io/pv", "velero.io/service-account", "velero.io/csi-pvc-backupper"]),
                            ("RestoreItemAction", ["velero.io/add-pv-from-pvc", "velero.io/add-pvc-from-pod", "velero.io/change-pvc-node-selector", "velero.io/pod"]),
                            ("ObjectStore", ["velero.io/aws"]), ("VolumeSnapshotter", ["velero.io/aws"])]:
            for n in names:
                lr("info", "registering plugin", "registering_plugin", "pkg/plugin/clientmgmt/process/registry.go:103",
                   command="/plugins/velero-plugin-for-aws" if "aws" in n else "/velero", kind=kind, name=n)
        lr("info", "Checking existence of namespace.", "checking_namespace", "pkg/cmd/server/server.go:461", namespace="velero")
        lr("info", "Namespace exists", "namespace_exists", "pkg/cmd/server/server.go:467", namespace="velero")
        lr("info", "Checking existence of Velero custom resource definitions", "checking_crds", "pkg/cmd/server/server.go:496")
        lr("info", "All Velero custom resource definitions exist", "crds_exist", "pkg/cmd/server/server.go:530")
        for c, kind in [("backup", "Backup"), ("schedule", "Schedule"), ("gc", "DeleteBackupRequest"), ("backup-storage-location", "BackupStorageLocation"), ("backup-sync", "BackupStorageLocation"),
                        ("restore", "Restore"), ("backup-deletion", "DeleteBackupRequest")]:
            lr("info", "Starting EventSource", "starting_eventsource", "/go/pkg/mod/github.com/bombsimon/logrusr/v3@v3.0.0/logrusr.go:108",
               controller=c, controllerGroup="velero.io", controllerKind=kind, source=f"kind source: *v1.{kind}")
            lr("info", "Starting Controller", "starting_controller", "/go/pkg/mod/github.com/bombsimon/logrusr/v3@v3.0.0/logrusr.go:108", controller=c, controllerGroup="velero.io", controllerKind=kind)
            lr("info", "Starting workers", "starting_workers", "/go/pkg/mod/github.com/bombsimon/logrusr/v3@v3.0.0/logrusr.go:108", controller=c, controllerGroup="velero.io", controllerKind=kind,
               **{"worker count": 1})
        lr("info", "Server starting...", "server_starting", "pkg/cmd/server/server.go:1112")

    def bsl():
        lr("info", "Checking for existing backup locations ready to be verified; there needs to be at least 1 backup location available", "bsl_checking",
           "pkg/controller/backup_storage_location_controller.go:87", controller="backup-storage-location")
        if st["s3down"]:
            lr("info", "BackupStorageLocation is invalid, marking as unavailable", "bsl_invalid", "pkg/controller/backup_storage_location_controller.go:136",
               **{"backup-storage-location": "velero/default", "controller": "backup-storage-location"})
            lr("error", "Current BackupStorageLocations available/unavailable/unknown: 0/1/0)", "bsl_counts_error", "pkg/controller/backup_storage_location_controller.go:194",
               controller="backup-storage-location")
            if g.r.random() < 0.35:
                st["s3down"] = False
        else:
            lr("info", "BackupStorageLocations is valid, marking as available", "bsl_valid", "pkg/controller/backup_storage_location_controller.go:128",
               **{"backup-storage-location": "velero/default", "controller": "backup-storage-location"})

    def sync():
        if st["s3down"]:
            lr("error", "Error getting backup store for this location", "sync_error", "pkg/controller/backup_sync_controller.go:107", backupLocation="velero/default", controller="backup-sync",
               error="rpc error: code = Unknown desc = RequestError: send request failed\ncaused by: Get \"http://minio.storage.svc:9000/velero-backups?delimiter=%2F&list-type=2&prefix=backups%2F\": dial tcp 10.96.41.7:9000: connect: connection refused",
               **{"error.file": "/go/src/velero-plugin-for-aws/velero-plugin-for-aws/object_store.go:349", "error.function": "main.(*ObjectStore).ListCommonPrefixes"})
        else:
            lr("info", f"Found {g.c([0, 0, 0, 1])} backups in the backup location that do not exist in the cluster and need to be synced", "sync_found", "pkg/controller/backup_sync_controller.go:138",
               backupLocation="velero/default", controller="backup-sync")

    def backup():
        sched = g.c(["daily", "daily", "hourly-shop"])
        name = f"velero/{sched}-{L.t:%Y%m%d%H%M%S}"
        lr("info", "Schedule is due, going to submit backup.", "schedule_due", "pkg/controller/schedule_controller.go:191", controller="schedule", schedule=f"velero/{sched}")
        lr("info", "Setting up backup temp file", "setup_temp_file", "pkg/controller/backup_controller.go:614", backup=name)
        lr("info", "Setting up plugin manager", "setup_plugin_manager", "pkg/controller/backup_controller.go:621", backup=name)
        lr("info", "Getting backup item actions", "getting_actions", "pkg/controller/backup_controller.go:625", backup=name)
        lr("info", "Setting up backup store to check for backup existence", "setup_store", "pkg/controller/backup_controller.go:631", backup=name)
        lr("info", "Writing backup version file", "writing_version", "pkg/backup/backup.go:276", backup=name)
        nss = ["shop"] if sched == "hourly-shop" else list(NS)
        lr("info", f"Including namespaces: {','.join(nss)}", "including_namespaces", "pkg/backup/backup.go:282", backup=name)
        lr("info", "Excluding namespaces: <none>", "excluding_namespaces", "pkg/backup/backup.go:283", backup=name)
        lr("info", "Including resources: *", "including_resources", "pkg/backup/backup.go:286", backup=name)
        lr("info", "Excluding resources: <none>", "excluding_resources", "pkg/backup/backup.go:287", backup=name)
        lr("info", "Backing up all volumes using pod volume backup: false", "defaultvolumes", "pkg/backup/backup.go:288", backup=name)
        total = 0
        done = 0
        est = g.num(120, 400) if sched == "daily" else g.num(40, 90)
        for ns in nss:
            for res, grp in g.r.sample(RES, g.num(3, 6)):
                cnt = g.num(0, 6)
                lr("info", "Listing items", "listing_items", "pkg/backup/item_collector.go:" + str(g.c([498, 515])), backup=name, group=grp, namespace=ns, resource=res)
                lr("info", f"Retrieved {cnt} items", "retrieved_items", "pkg/backup/item_collector.go:" + str(g.c([523, 547])), backup=name, group=grp, namespace=ns, resource=res)
                total += cnt
                for _ in range(cnt):
                    app = g.c(NS[ns])
                    nm = f"{app}-{g.hx(10)}-{g.alnum(5)}" if res == "pods" else f"{app}{g.c(['', '-config', '-tls', '-data-0'])}"
                    if g.r.random() < 0.25 and done:
                        lr("info", "Skipping item because it's already been backed up.", "skip_already", "pkg/backup/item_backupper.go:173", backup=name, name=nm, namespace=ns, resource=res)
                        continue
                    lr("info", "Backing up item", "backing_up_item", "pkg/backup/item_backupper.go:179", backup=name, name=nm, namespace=ns, resource=res)
                    if res in ("pods", "persistentvolumeclaims", "serviceaccounts") and g.r.random() < 0.5:
                        lr("info", "Executing custom action", "executing_action", "pkg/backup/item_backupper.go:" + str(g.c([366, 368])), backup=name, name=nm, namespace=ns, resource=res)
                    if res == "persistentvolumeclaims" and g.r.random() < 0.5:
                        lr("info", "Skipping snapshot of persistent volume because volume is being backed up with pod volume backup.", "skip_pv_snapshot", "pkg/backup/item_backupper.go:541",
                           backup=name, name=nm, namespace=ns, persistentVolume=f"pvc-{g.uuid()}", resource="persistentvolumes")
                    done += 1
                    lr("info", f"Backed up {done} items out of an estimated total of {max(est, done)} (estimate will change throughout the backup)", "backed_up_progress",
                       "pkg/backup/backup.go:" + str(g.c([479, 499])), backup=name, name=nm, namespace=ns, progress="", resource=res)
        if g.r.random() < 0.2:
            lr("info", f"Summary for skipped PVs: [{{\"name\":\"pvc-{g.uuid()}\",\"reasons\":[{{\"approach\":\"podvolume\",\"reason\":\"opted out due to annotation in pod redis-0\"}},{{\"approach\":\"volumeSnapshot\",\"reason\":\"not satisfy the criteria for VolumePolicy or the legacy snapshot way\"}}]}}]",
               "skipped_pvs_summary", "pkg/backup/backup.go:542", backup=name)
        lr("info", f"Backed up a total of {done} items", "backed_up_total", "pkg/backup/backup.go:" + str(g.c([517, 522])), backup=name, progress="")
        if st["s3down"]:
            lr("error", "backup failed", "backup_failed", "pkg/controller/backup_controller.go:" + str(g.c([744, 746])), backup=name, controller="backup",
               error="rpc error: code = Unknown desc = error putting object backups/" + name.split("/")[1] + "/velero-backup.json: RequestError: send request failed\ncaused by: Put \"http://minio.storage.svc:9000/velero-backups/backups/"
               + name.split("/")[1] + "/velero-backup.json\": dial tcp 10.96.41.7:9000: connect: connection refused")
        else:
            lr("info", "Backup completed", "backup_completed", "pkg/controller/backup_controller.go:" + str(g.c([749, 751])), backup=name, controller="backup")
            st["backups"].append(name)

    def gc():
        if len(st["backups"]) < 3:
            return bsl()
        name = st["backups"].pop(0)
        lr("info", "Backup has expired", "backup_expired", "pkg/controller/gc_controller.go:" + str(g.c([182, 184])), backup=name, controller="gc", expiration=(L.t - dt.timedelta(hours=g.num(1, 9))).strftime("%Y-%m-%d %H:%M:%S +0000 UTC"))
        lr("info", "Creating a new deletion request", "creating_deletion", "pkg/controller/gc_controller.go:" + str(g.c([226, 228])), backup=name, controller="gc")
        lr("info", "Removing PV snapshots", "removing_pv_snapshots", "pkg/controller/backup_deletion_controller.go:318", backup=name, controller="backup-deletion", deletebackuprequest=f"{name}-{g.alnum(5)}")
        lr("info", "Removing backup from backup storage", "removing_from_storage", "pkg/controller/backup_deletion_controller.go:348", backup=name, controller="backup-deletion", deletebackuprequest=f"{name}-{g.alnum(5)}")
        lr("info", "Removing restores", "removing_restores", "pkg/controller/backup_deletion_controller.go:374", backup=name, controller="backup-deletion", deletebackuprequest=f"{name}-{g.alnum(5)}")

    def plugin_exit():
        p = g.c(["/plugins/velero-plugin-for-aws", "/velero"])
        lr("info", "plugin process exited", "plugin_exited", "pkg/plugin/clientmgmt/process/logrus_adapter.go:80", cmd=p, id=g.num(100, 9999), plugin=p)

    def outage():
        st["s3down"] = True
        bsl()

    startup()
    ev = [(40, bsl), (12, sync), (0.7, backup), (0.5, gc), (12, plugin_exit), (0.3, outage)]
    return L.run(slowed(L, ev, 30), None)


# 8 ---------------------------------------------------------------- OctoPrint 1.10 on OctoPi (Raspberry Pi 4, Prusa-style printer on Marlin), ~/.octoprint/logs/octoprint.log
#   of three days: Python logging "%(asctime)s - %(name)s - %(levelname)s - %(message)s"; the start-up with its "|  " plugin list and environment dump,
#   heartbeats, browser clients coming and going, uploads analysed, prints started, finished, cancelled and failing, serial errors with tracebacks
@checked
def log_octoprint(seed):
    L = Log("octoprint_log", seed, "full", True, True, start=dt.datetime(2026, 11, 29, 8, 3, 11, tzinfo=UTC))
    g = L.g
    VENV = "/opt/octopi/oprint/lib/python3.11/site-packages"
    CLIENTS = ["192.168.1.50", "192.168.1.62", "192.168.1.71", "10.8.0.6"]
    FILES = ["benchy.gcode", "calibration_cube.gcode", "Voron_cable_clip_x8.gcode", "planter_large_0.2mm_PETG.gcode", "gridfinity_2x3_bin.gcode", "raspberry_case_top.gcode",
             "desk_hook_PLA_2h13m.gcode", "filament_guide.gcode"]
    st = {"state": "Offline", "job": None, "last_hb": L.t, "clients": set()}

    def op(logger, lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 400))
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} - {logger} - {lv} - {msg}", ev, lv, logger)
        for text, cev in cont:
            L.emit(text, cev, lv, logger)

    def state(new):
        op("octoprint.util.comm", "INFO", f"Changing monitoring state from \"{st['state']}\" to \"{new}\"", "changing_state")
        st["state"] = new

    def heartbeat():
        if L.t - st["last_hb"] >= dt.timedelta(minutes=15):
            op("octoprint.server.heartbeat", "INFO", "Server heartbeat <15.0min>", "heartbeat")
            st["last_hb"] = L.t

    def startup():
        op("octoprint.startup", "INFO", "*" * 78, "startup_stars")
        op("octoprint.startup", "INFO", "Starting OctoPrint 1.10.3", "starting_octoprint")
        op("octoprint.startup", "INFO", "*" * 78, "startup_stars")
        op("octoprint.util.connectivity", "INFO", "Connectivity state is currently: online", "connectivity_state")
        op("octoprint.util.connectivity", "INFO", "Connectivity check is enabled, using 1.1.1.1 on port 53 with an interval of 15.0min and a timeout of 1.0s", "connectivity_enabled")
        op("octoprint.plugin.core", "INFO", f"Loading plugins from /home/pi/.octoprint/plugins, {VENV}/octoprint/plugins and installed plugin packages...", "loading_plugins")
        L.tick(4)
        op("octoprint.plugins.softwareupdate", "INFO", "Loaded version cache from disk", "version_cache")
        plugins = [("Action Command Notification Support", "bundled", "octoprint/plugins/action_command_notification"), ("Action Command Prompt Support", "bundled", "octoprint/plugins/action_command_prompt"),
                   ("Announcement Plugin", "bundled", "octoprint/plugins/announcements"), ("Anonymous Usage Tracking", "bundled", "octoprint/plugins/tracking"),
                   ("Application Keys Plugin", "bundled", "octoprint/plugins/appkeys"), ("Backup & Restore", "bundled", "octoprint/plugins/backup"),
                   ("Bed Visualizer", "1.1.2", "octoprint_bedlevelvisualizer"), ("Classic Webcam", "bundled", "octoprint/plugins/classicwebcam"),
                   ("Core Wizard", "bundled", "octoprint/plugins/corewizard"), ("Discovery", "bundled", "octoprint/plugins/discovery"), ("DisplayLayerProgress Plugin", "1.28.0", "octoprint_DisplayLayerProgress"),
                   ("Event Manager", "bundled", "octoprint/plugins/eventmanager"), ("File Check", "2024.3.27", "octoprint_file_check"), ("Firmware Check", "2021.10.11", "octoprint_firmware_check"),
                   ("Logging", "bundled", "octoprint/plugins/logging"), ("Obico", "2.5.2", "octoprint_obico"), ("OctoPi Support Plugin", "bundled", "octoprint/plugins/pi_support"),
                   ("PrintTimeGenius Plugin", "2.3.3", "octoprint_PrintTimeGenius"), ("Software Update", "bundled", "octoprint/plugins/softwareupdate"),
                   ("Virtual Printer", "bundled", "octoprint/plugins/virtual_printer")]
        op("octoprint.plugin.core", "INFO", f"Found {len(plugins)} plugin(s) providing {len(plugins)} mixin implementations, {g.num(30, 45)} hook handlers", "found_plugins")
        rows = [(f"| {'!' if n == 'Virtual Printer' else ' '} {n} ({v}) = {VENV}/{p}", "plugin_row") for n, v, p in plugins]
        rows.append(("| ", "plugin_rows_blank"))
        rows.append(("| Prefix legend: ! = disabled, # = blacklisted, * = incompatible", "plugin_legend"))
        op("octoprint.plugin.core", "INFO", f"{len(plugins)} plugin(s) registered with the system:", "plugins_registered", rows)
        env = ["|  hardware:", "|    cores: 4", "|    freq: 1800.0", "|    ram: 3978502144", "|  os:", "|    bits: 64", "|    id: linux", "|    platform: linux", "|  plugins:",
               "|    pi_support:", "|      model: Raspberry Pi 4 Model B Rev 1.5", "|      octopiuptodate_build: 1.1.0", f"|      throttle_state: '0x{g.c(['0', '0', '50000', '50005'])}'",
               "|  python:", "|    pip: 24.0", "|    version: 3.11.2", "|    virtualenv: /opt/octopi/oprint"]
        op("octoprint.environment", "INFO", "Detected environment is Python 3.11.2 under Linux (linux). Details:", "environment_detected", [(x, "environment_row") for x in env])
        op("octoprint.server", "INFO", "Reset webasset folder /home/pi/.octoprint/generated/webassets...", "reset_webasset")
        op("octoprint.server", "INFO", "Reset webasset folder /home/pi/.octoprint/generated/.webassets-cache...", "reset_webasset")
        L.tick(6)
        op("octoprint.server", "INFO", "Listening on http://0.0.0.0:5000 and http://[::]:5000", "listening")
        op("octoprint.plugins.discovery", "INFO", "Registered 'OctoPrint instance on octopi' for _http._tcp", "discovery_registered")
        op("octoprint.plugins.discovery", "INFO", "Registered 'OctoPrint instance on octopi' for _octoprint._tcp", "discovery_registered")
        op("octoprint.plugins.softwareupdate", "INFO", f"Minimum free storage across all update relevant locations is {g.f(5, 20, 1)}GB. That is considered sufficient for updating.", "free_storage")
        st["last_hb"] = L.t
        connect()

    def connect():
        state("Opening serial connection") if st["state"] == "Offline" else None
        op("octoprint.util.comm", "INFO", "Connecting to port /dev/ttyACM0, baudrate 115200", "connecting_port")
        state("Connecting")
        L.tick(2)
        op("octoprint.util.comm", "INFO", "Printer reports firmware name \"Marlin 2.1.2.4 (Aug 12 2024 21:17:43)\"", "firmware_name")
        op("octoprint.util.comm", "INFO", "Firmware states that it supports temperature autoreporting", "firmware_supports_temp")
        op("octoprint.util.comm", "INFO", "Firmware states that it supports sd status autoreporting", "firmware_supports_sd")
        op("octoprint.util.comm", "INFO", "Firmware states that it supports emergency GCODEs to be sent without waiting for an acknowledgement first", "firmware_supports_emergency")
        op("octoprint.util.comm", "INFO", "Printer seems to support the busy protocol, will adjust timeouts and set busy interval accordingly", "busy_protocol")
        state("Operational")

    def client():
        c = g.c(CLIENTS)
        if c in st["clients"] and g.r.random() < 0.6:
            st["clients"].discard(c)
            op("octoprint.server.util.sockjs", "INFO", f"Client connection closed: {c}", "client_closed")
            return
        st["clients"].add(c)
        op("octoprint.server.util.sockjs", "INFO", f"New connection from client: {c}", "new_connection")
        if g.r.random() < 0.5:
            op("octoprint.server.util.flask", "INFO", f"Passively logging in user pi from {c}", "passive_login")
        op("octoprint.server.util.sockjs", "INFO", f"User pi logged in on the socket from client {c}", "socket_login")

    def upload():
        f = g.c(FILES)
        op("octoprint.filemanager.analysis", "INFO", f"Starting analysis of local:{f}", "analysis_starting")
        op("octoprint.filemanager.analysis", "INFO", f"Invoking analysis command: /opt/octopi/oprint/bin/python3 -m octoprint analysis gcode --speed-x=6000 --speed-y=6000 --max-t=10 "
           f"--throttle=0.0 --throttle-lines=100 /home/pi/.octoprint/uploads/{f}", "analysis_command")
        L.tick(4)
        op("octoprint.filemanager.analysis", "INFO", f"Analysis of entry local:{f} finished, needed {g.f(0.5, 40, 2)}s", "analysis_finished")
        if g.r.random() < 0.3:
            op("octoprint.plugins.file_check", "INFO", f"File check found no problems in {f}", "file_check_ok")

    def job(origin="local"):
        return f"origin: {origin}, path: {st['job']}, owner: pi, user: pi"

    def print_start():
        if st["state"] != "Operational":
            return client()
        st["job"] = g.c(FILES)
        op("octoprint.printer.standard.job", "INFO", f"Print job selected - {job()}", "job_selected")
        state("Starting")
        op("octoprint.printer.standard.job", "INFO", f"Print job started - {job()}", "job_started")
        state("Printing")
        if g.r.random() < 0.5:
            op("octoprint.plugins.obico", "INFO", f"Obico: print started, print id {g.num(100000, 999999)}", "obico_print_started")

    def print_end():
        if st["state"] != "Printing":
            return print_start()
        L.tick(3600)
        r = g.r.random()
        if r < 0.7:
            state("Finishing")
            state("Operational")
            op("octoprint.printer.standard.job", "INFO", f"Print job done - {job()}", "job_done")
        elif r < 0.85:
            state("Cancelling")
            state("Operational")
            op("octoprint.printer.standard.job", "INFO", f"Print job cancelled - {job()}", "job_cancelled")
        elif r < 0.93:
            op("octoprint.util.comm", "WARNING", g.c(["Received an error from the printer's firmware: Printer halted. kill() called!",
                                                      "Received an error from the printer's firmware: Heating failed, system stopped! Heater_ID: 0",
                                                      "Received an error from the printer's firmware: Thermal Runaway, system stopped! Heater_ID: bed"]), "firmware_error")
            state("Error")
            op("octoprint.printer.standard.job", "INFO", f"Print job failed - {job()}", "job_failed")
            state("Offline after error")
            st["state"] = "Offline"
            L.tick(300)
            connect()
        else:
            tb = [("Traceback (most recent call last):", "tb_head"),
                  (f'  File "{VENV}/octoprint/util/comm.py", line 3367, in _readline', "tb_file"), ("    ret = self._serial.readline()", "tb_code"),
                  (f'  File "{VENV}/octoprint/util/comm.py", line 6173, in readline', "tb_file"), ("    c = self.read(1)", "tb_code"),
                  (f'  File "{VENV}/serial/serialposix.py", line 595, in read', "tb_file"),
                  ("    raise SerialException(", "tb_code"),
                  ("serial.serialutil.SerialException: device reports readiness to read but returned no data (device disconnected or multiple access on port?)", "tb_exception")]
            op("octoprint.util.comm", "ERROR", "Unexpected error while reading from serial port", "serial_read_error", tb)
            op("octoprint.util.comm", "ERROR", "Please see https://faq.octoprint.org/serialerror for possible reasons of this.", "serial_faq")
            state("Offline after error")
            op("octoprint.printer.standard.job", "INFO", f"Print job failed - {job()}", "job_failed")
            st["state"] = "Offline"
            L.tick(600)
            connect()
        st["job"] = None

    def timeout():
        if st["state"] != "Printing":
            return upload()
        op("octoprint.util.comm", "INFO", "Communication timeout while printing, trying to trigger response from printer.", "comm_timeout")

    def pi_warn():
        op("octoprint.plugins.pi_support", "WARNING", "This Raspberry Pi is reporting problems that might lead to bad performance or errors caused by overheating or insufficient power.", "pi_problems",
           [("!!! UNDERVOLTAGE REPORTED !!! Make sure that the power supply and power cable are capable of supplying enough voltage and current to your Pi.", "pi_undervoltage")])

    def plugin_error():
        tb = [("Traceback (most recent call last):", "tb_head"),
              (f'  File "{VENV}/octoprint/plugin/__init__.py", line 273, in call_plugin', "tb_file"), ("    result = getattr(plugin, method)(*args, **kwargs)", "tb_code"),
              (f'  File "{VENV}/octoprint_DisplayLayerProgress/__init__.py", line 1068, in on_event', "tb_file"), ("    self._updateDisplay(UPDATE_DISPLAY_REASON_FRONTEND_CALL)", "tb_code"),
              (f'  File "{VENV}/octoprint_DisplayLayerProgress/__init__.py", line 812, in _updateDisplay', "tb_file"),
              ("    percentage = int(self._currentLayer / self._layerTotalCount * 100)", "tb_code"), ("ZeroDivisionError: division by zero", "tb_exception")]
        op("octoprint.plugin", "ERROR", f"Error while calling plugin DisplayLayerProgress", "plugin_call_error", tb)

    def update_check():
        op("octoprint.plugins.softwareupdate", "INFO", "Fetching check overlays from https://plugins.octoprint.org/update_check_overlay.json", "fetching_overlays")
        if g.r.random() < 0.2:
            op("octoprint.plugins.softwareupdate", "INFO", f"Update available for {g.c(['obico', 'PrintTimeGenius', 'bedlevelvisualizer'])}: {g.num(1, 3)}.{g.num(0, 9)}.{g.num(0, 9)}", "update_available")

    def tornado():
        op("tornado.access", "WARNING", f"{g.c([404, 404, 409, 400])} {g.c(['GET', 'POST'])} {g.c(['/api/job', '/plugin/obico/grab', '/api/files/local/old.gcode', '/favicon.ico'])} ({g.c(CLIENTS)}) {g.f(1, 90, 2)}ms", "tornado_access")

    def restart():
        op("octoprint.server", "INFO", "Shutting down...", "shutting_down")
        op("octoprint.server", "INFO", "Goodbye!", "goodbye")
        st["state"] = "Offline"
        st["clients"] = set()
        L.tick(60)
        startup()

    startup()
    ev = [(18, client), (6, upload), (6, print_start), (6, print_end), (3, timeout), (0.8, pi_warn), (0.8, plugin_error), (2, update_check), (5, tornado), (0.1, restart)]
    ev = [(w, (lambda fn: (lambda: (heartbeat(), fn())))(fn)) for w, fn in ev]
    return L.run(slowed(L, ev, 120), None)


# 9 ---------------------------------------------------------------- Jellyfin 10.9 media server (Debian package) of a household, /var/log/jellyfin/log_20261201.log:
#   Serilog "[yyyy-mm-dd hh:mm:ss.fff +00:00] [LVL] [thread] SourceContext: message" with .NET exceptions and their indented "   at" frames;
#   playback start and stop, transcodes with the whole ffmpeg command line, scheduled tasks, slow responses, metadata providers that fail, logins
@checked
def log_jellyfin(seed):
    L = Log("jellyfin_log", seed, "full", True, True)
    g = L.g
    USERS = ["mama", "papa", "lena", "jonas", "guest"]
    CLIENTS = [("Jellyfin Web", "10.9.11"), ("Jellyfin Android", "2.6.2"), ("Jellyfin for Android TV", "0.17.4"), ("Swiftfin iOS", "1.2.1"), ("Infuse-Direct", "8.0.9")]
    ITEMS = ["Bluey - S03E12 - Sleepytime", "The Expanse - S02E05 - Home", "Dune: Part Two", "Paddington 2", "Planet Earth III - S01E03 - Deserts and Grasslands",
             "Severance - S02E01 - Hello, Ms. Cobel", "Spirited Away", "Das Boot - S01E01 - Die Rückkehr"]
    TASKS = ["Scan Media Library", "Extract Chapter Images", "Clean Transcode Directory", "Download missing subtitles", "Refresh People", "Clean Activity Log", "Update Plugins",
             "Generate Trickplay Images", "Optimize database", "Clean Cache Directory"]

    def jf(lv, th, ctx, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        L.emit(f"[{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} +00:00] [{lv}] [{th}] {ctx}: {msg}", ev, lv, ctx)
        for text, cev in cont:
            L.emit(text, cev, lv, ctx)

    def th():
        return g.num(3, 120)

    def startup():
        M = "Main"
        jf("INF", 1, M, "Jellyfin version: 10.9.11", "jellyfin_version")
        jf("INF", 1, M, "Environment Variables: [\"[JELLYFIN_CACHE_DIR, /var/cache/jellyfin]\", \"[JELLYFIN_CONFIG_DIR, /etc/jellyfin]\", \"[JELLYFIN_DATA_DIR, /var/lib/jellyfin]\", "
           "\"[JELLYFIN_FFMPEG, /usr/lib/jellyfin-ffmpeg/ffmpeg]\", \"[JELLYFIN_LOG_DIR, /var/log/jellyfin]\", \"[JELLYFIN_WEB_DIR, /usr/share/jellyfin/web]\"]", "env_vars")
        jf("INF", 1, M, "Arguments: [\"/usr/lib/jellyfin/bin/jellyfin.dll\", \"--webdir=/usr/share/jellyfin/web\", \"--restartpath=/usr/lib/jellyfin/restart.sh\", \"--ffmpeg=/usr/lib/jellyfin-ffmpeg/ffmpeg\"]", "arguments")
        for k, v in [("Operating system", "Debian GNU/Linux 12 (bookworm)"), ("Architecture", "X64"), ("64-Bit Process", "True"), ("User Interactive", "True"),
                     ("Processor count", "8"), ("Program data path", "/var/lib/jellyfin"), ("Log directory path", "/var/log/jellyfin"), ("Config directory path", "/etc/jellyfin"),
                     ("Cache path", "/var/cache/jellyfin"), ("Web resources path", "/usr/share/jellyfin/web"), ("Application directory", "/usr/lib/jellyfin/bin/")]:
            jf("INF", 1, M, f"{k}: {v}", "startup_" + k.lower().replace(" ", "_").replace("-", ""))
        jf("INF", 1, "Jellyfin.Server.Migrations.MigrationRunner", "Migration system initialized", "migrations_initialized")
        L.tick(2)
        jf("INF", 1, "Emby.Server.Implementations.AppBase.BaseConfigurationManager", "Setting cache path: /var/cache/jellyfin", "cache_path")
        jf("INF", 1, "Emby.Server.Implementations.ApplicationHost", "Loading assemblies", "loading_assemblies")
        for pl in ["Open Subtitles 20.0.0.0", "TMDb Box Sets 20.0.0.0", "Trakt 24.0.0.0", "Studio Images 9.0.0.0", "TheTVDB 17.0.0.0"]:
            jf("INF", 1, "Emby.Server.Implementations.Plugins.PluginManager", f"Loaded plugin: {pl.rsplit(' ', 1)[0]} {pl.rsplit(' ', 1)[1]}", "loaded_plugin")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Defined LAN subnets: [\"192.168.1.0/24\", \"10.8.0.0/24\"]", "lan_subnets")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Defined LAN exclusions: []", "lan_exclusions")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Used LAN subnets: [\"192.168.1.0/24\", \"10.8.0.0/24\"]", "lan_used")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Filtered interface addresses: [\"127.0.0.1\", \"192.168.1.10\"]", "interface_addresses")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Bind Addresses [\"0.0.0.0\"]", "bind_addresses")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Remote IP filter is Allowlist", "remote_filter")
        jf("INF", 1, "Jellyfin.Networking.Manager.NetworkManager", "Filter list: []", "filter_list")
        L.tick(3)
        jf("INF", 9, "MediaBrowser.MediaEncoding.Encoder.MediaEncoder", "Available hwaccel types: [\"cuda\", \"vaapi\", \"qsv\", \"drm\", \"opencl\", \"vulkan\"]", "hwaccel_types")
        jf("INF", 1, "MediaBrowser.MediaEncoding.Encoder.MediaEncoder", "FFmpeg: /usr/lib/jellyfin-ffmpeg/ffmpeg", "ffmpeg_path")
        jf("INF", 1, "Emby.Server.Implementations.ApplicationHost", "ServerId: " + g.hx(32), "server_id")
        jf("INF", 1, "Emby.Server.Implementations.ApplicationHost", "Core startup complete", "core_startup_complete")
        jf("INF", 1, "Main", f"Startup complete 0:00:{g.num(4, 20):02d}.{g.num(1000000, 9999999)}", "startup_complete")

    def auth():
        u = g.c(USERS)
        if g.r.random() < 0.85:
            jf("INF", th(), "Jellyfin.Server.Implementations.Users.UserManager", f"Authentication request for {u} has succeeded.", "auth_ok")
            cl, ver = g.c(CLIENTS)
            jf("INF", th(), "Emby.Server.Implementations.Session.SessionManager", f"Current/Max sessions for user {u}: {g.num(1, 3)}/0", "sessions_count")
            jf("INF", th(), "Emby.Server.Implementations.Session.SessionManager", f"Creating new access token for user {g.uuid().replace('-', '')}", "new_token")
        else:
            ip = g.ip("pub")
            jf("INF", th(), "Jellyfin.Server.Implementations.Users.UserManager", f"Authentication request for {g.c(['admin', 'root', u])} has been denied (IP: {ip}).", "auth_denied")
            jf("ERR", th(), "Jellyfin.Api.Middleware.ExceptionMiddleware", f"Error processing request: Invalid username or password entered. URL POST /Users/AuthenticateByName.", "auth_error_request")

    playing = []

    def play():
        if playing and (len(playing) >= 3 or g.r.random() < 0.5):
            cl, ver, it, sid = playing.pop(g.num(0, len(playing) - 1))
            jf("INF", th(), "Emby.Server.Implementations.Session.SessionManager", f"Playback stopped reported by app \"{cl}\" \"{ver}\" playing \"{it}\". Stopped at {g.num(10000, 9000000)} ms", "playback_stop")
            if sid:
                jf("INF", th(), "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager", f"Stopping ffmpeg process with q command for /var/cache/jellyfin/transcodes/{sid}.m3u8", "stopping_ffmpeg")
                jf("INF", th(), "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager", "FFmpeg exited with code 0", "ffmpeg_exited")
                jf("INF", th(), "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager", f"Deleting partial stream file(s) /var/cache/jellyfin/transcodes/{sid}.m3u8", "deleting_partial")
            return
        u = g.c(USERS)
        cl, ver = g.c(CLIENTS)
        it = g.c(ITEMS)
        jf("INF", th(), "Jellyfin.Api.Helpers.MediaInfoHelper", f"User policy for {u}. EnablePlaybackRemuxing: True EnableVideoPlaybackTranscoding: True EnableAudioPlaybackTranscoding: True", "user_policy")
        sid = None
        if g.r.random() < 0.45:
            sid = g.hx(32)
            src = g.c(["/media/tv/Bluey/Season 3/Bluey - S03E12.mkv", "/media/movies/Dune Part Two (2024)/Dune Part Two (2024) - 2160p.mkv", "/media/tv/The Expanse/Season 2/The Expanse - S02E05.mkv",
                       "/media/movies/Spirited Away (2001)/Spirited Away (2001).mkv"])
            jf("INF", th(), "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager",
               f"/usr/lib/jellyfin-ffmpeg/ffmpeg -analyzeduration 200M -probesize 1G -fflags +genpts -init_hw_device vaapi=va:/dev/dri/renderD128 -filter_hw_device va -hwaccel vaapi "
               f"-hwaccel_output_format vaapi -noautorotate -i file:\"{src}\" -map_metadata -1 -map_chapters -1 -threads 0 -map 0:0 -map 0:1 -map -0:s -codec:v:0 h264_vaapi -rc_mode VBR "
               f"-b:v {g.c([3616000, 7616000, 11616000])} -maxrate {g.c([3616000, 7616000, 11616000])} -bufsize {g.c([7232000, 15232000])} -profile:v:0 high -sei -a53_cc -force_key_frames:0 \"expr:gte(t,n_forced*3)\" "
               f"-vf \"setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709,scale_vaapi=w=1920:h=1080:format=nv12:extra_hw_frames=24\" -codec:a:0 libfdk_aac -ac 2 -ab 256000 "
               f"-copyts -avoid_negative_ts disabled -max_muxing_queue_size 2048 -f hls -max_delay 5000000 -hls_time 3 -hls_segment_type fmp4 -hls_fmp4_init_filename \"{sid}-1.mp4\" "
               f"-start_number 0 -hls_segment_filename \"/var/cache/jellyfin/transcodes/{sid}%d.mp4\" -hls_playlist_type vod -hls_list_size 0 -y \"/var/cache/jellyfin/transcodes/{sid}.m3u8\"",
               "ffmpeg_command")
        L.tick(2)
        jf("INF", th(), "Emby.Server.Implementations.Session.SessionManager", f"Playback start reported by app \"{cl}\" \"{ver}\" playing \"{it}\". Started at {g.c([0, 0, g.num(1000, 3000000)])} ms", "playback_start")
        playing.append((cl, ver, it, sid))

    def slow():
        jf("WRN", th(), "Jellyfin.Server.Middleware.ResponseTimeMiddleware",
           f"Slow HTTP Response from http://192.168.1.10:8096/videos/{g.uuid()}/hls1/main/{g.num(0, 900)}.mp4 to {g.c(['192.168.1.', '10.8.0.'])}{g.num(20, 90)} in 0:00:0{g.num(1, 9)}.{g.num(1000000, 9999999)} with Status Code 200",
           "slow_response")

    def task():
        t = g.c(TASKS)
        jf("INF", th(), "Emby.Server.Implementations.ScheduledTasks.TaskManager", f"{t} Completed after {g.num(0, 14)} minute(s) and {g.num(0, 59)} seconds", "task_completed")

    def provider_error():
        prov = g.c(["TheMovieDb", "TheTVDB", "Open Subtitles", "Fanart"])
        host = {"TheMovieDb": "api.themoviedb.org", "TheTVDB": "api4.thetvdb.com", "Open Subtitles": "api.opensubtitles.com", "Fanart": "webservice.fanart.tv"}[prov]
        item = g.c(ITEMS)
        cont = [(f"System.Net.Http.HttpRequestException: Resource temporarily unavailable ({host}:443)", "exception_line"),
                (" ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable", "inner_exception"),
                ("   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)", "dotnet_frame"),
                ("   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|285_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   --- End of inner exception stack trace ---", "end_inner"),
                ("   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)", "dotnet_frame"),
                ("   at MediaBrowser.Providers.Manager.ProviderManager.GetImage(BaseItem item, String url, CancellationToken cancellationToken)", "dotnet_frame"),
                ("   at MediaBrowser.Providers.Manager.MetadataService`2.RefreshWithProviders(MetadataResult`1 metadata, TIdType id, MetadataRefreshOptions options, ICollection`1 providers, ItemImageProvider imageService, Boolean isSavingMetadata, CancellationToken cancellationToken)", "dotnet_frame")]
        jf("ERR", th(), "MediaBrowser.Providers.Manager.ProviderManager", f"Error in {prov}", "provider_error", cont) if g.r.random() < 0.5 else \
            jf("ERR", th(), "MediaBrowser.Providers.TV.SeriesMetadataService" if "S0" in item else "MediaBrowser.Providers.Movies.MovieMetadataService", f"Error in {prov} for {item}", "metadata_service_error", cont)

    def library():
        lib = g.c([("Movies", "/media/movies"), ("Shows", "/media/tv"), ("Kids", "/media/kids"), ("Music", "/media/music")])
        jf("INF", th(), "Emby.Server.Implementations.IO.LibraryMonitor", f"\"{lib[0]}\" (\"{lib[1]}\") will be refreshed.", "library_refresh")
        if g.r.random() < 0.4:
            jf("INF", th(), "Emby.Server.Implementations.Library.LibraryManager", f"Validating media library", "validating_library")
        if g.r.random() < 0.2:
            jf("WRN", th(), "Emby.Server.Implementations.Library.LibraryManager",
               f"Unable to parse {lib[1]}/{g.c(['extras', 'Featurettes', 'sample'])}/{g.hx(8)}.mkv", "unable_to_parse")

    def ws():
        jf("INF", th(), "Emby.Server.Implementations.HttpServer.WebSocketConnection",
           f"WS \"{g.c(['192.168.1.', '10.8.0.'])}{g.num(20, 90)}\" closed", "ws_closed") if g.r.random() < 0.5 else \
            jf("INF", th(), "Emby.Server.Implementations.Session.SessionWebSocketListener", f"WS \"{g.c(['192.168.1.', '10.8.0.'])}{g.num(20, 90)}\" request", "ws_request")

    startup()
    ev = [(10, auth), (22, play), (3, slow), (10, task), (4, provider_error), (8, library), (24, ws)]
    return L.run(slowed(L, ev, 40), None)


# 10 --------------------------------------------------------------- Homebridge 1.8 under hb-service on a Raspberry Pi (homebridge-config-ui-x), /var/lib/homebridge/homebridge.log:
#   "[12/1/2026, 10:00:00 AM] [Plugin] message": the US locale's 12-hour clock, no level; the supervisor's start-up, plugins loaded, a child bridge,
#   the pairing QR code and setup-code box (no header), lamps switched, doorbells and cameras, slow read handlers, Node errors with their stack
@checked
def log_homebridge(seed):
    L = Log("homebridge_log", seed, "full", False, True)
    g = L.g
    LAMPS = ["Living Room Ceiling", "Kitchen Spots", "Hallway", "Bedroom Lamp", "Office Desk", "Garden Lights", "Kids Room"]
    SENSORS = ["Bathroom Humidity", "Living Room Climate", "Attic Temperature", "Garage Door Sensor"]
    CAMS = ["Garage Cam", "Front Yard", "Back Door"]
    PLUGINS = [("homebridge-config-ui-x", "4.65.0", "config", "Homebridge UI"), ("homebridge-hue", "0.13.70", "Hue", "Hue"), ("homebridge-ring", "13.2.0", "Ring", "Ring"),
               ("homebridge-shelly-ng", "2.0.0", "ShellyNG", "ShellyNG"), ("homebridge-camera-ffmpeg", "3.1.4", "Camera-ffmpeg", "Camera FFmpeg"),
               ("homebridge-mqttthing", "1.1.47", "mqttthing", "mqttthing")]
    st = {"pid": g.num(800, 3000), "paired": False}

    def stamp():
        t = L.t
        h = t.hour % 12 or 12
        return f"[{t.month}/{t.day}/{t.year}, {h}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}]"

    def hb(comp, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 600))
        L.emit(f"{stamp()} {'[' + comp + '] ' if comp else ''}{msg}", ev, None, comp)
        for text, cev in cont:
            L.emit(text, cev, None, comp)

    def qr():
        w = 29
        lines = []
        for _ in range(w // 2 + 1):
            lines.append("".join(g.c(["▄", "▀", "█", " "]) for _ in range(w)))
        return lines

    def startup():
        S = "HB Supervisor"
        hb(S, "Homebridge Storage Path: /var/lib/homebridge", "sup_storage_path")
        hb(S, "Homebridge Config Path: /var/lib/homebridge/config.json", "sup_config_path")
        hb(S, "Logging to /var/lib/homebridge/homebridge.log", "sup_logging_to")
        hb(S, "OS: Linux 6.6.51+rpt-rpi-v8 arm64", "sup_os")
        hb(S, "Node.js v20.18.1 /opt/homebridge/bin/node", "sup_node")
        hb(S, "Homebridge Path: /opt/homebridge/lib/node_modules/homebridge/bin/homebridge", "sup_hb_path")
        hb(S, "UI Path: /opt/homebridge/lib/node_modules/homebridge-config-ui-x/dist/bin/standalone.js", "sup_ui_path")
        hb("Homebridge UI", "Homebridge UI v4.65.0 is listening on :: port 8581", "ui_listening")
        L.tick(3)
        hb(S, "Starting Homebridge with extra flags: -I -P /var/lib/homebridge/node_modules --strict-plugin-resolution", "sup_extra_flags")
        hb(S, "Started Homebridge v1.8.5 with PID: " + str(st["pid"]), "sup_started")
        hb(None, f"Loaded config.json with 0 accessories and {len(PLUGINS)} platforms.", "loaded_config")
        hb(None, f"Loaded {g.num(30, 60)} cached accessories from cachedAccessories.", "loaded_cached")
        hb(None, "---", "dashes")
        for name, ver, plat, _ in PLUGINS:
            hb(None, f"Loaded plugin: {name}@{ver}", "loaded_plugin")
            hb(None, f"Registering platform '{name}.{plat}'", "registering_platform")
            hb(None, "---", "dashes")
        hb(None, f"Loading {len(PLUGINS) - 1} platforms...", "loading_platforms")
        for name, ver, plat, comp in PLUGINS:
            if name == "homebridge-camera-ffmpeg":
                continue
            hb(comp, f"Initializing {plat} platform...", "initializing_platform")
        hb("homebridge-camera-ffmpeg", f"Launched child bridge with PID {st['pid'] + g.num(10, 40)}", "child_launched")
        hb(None, f"Homebridge v1.8.5 (HAP v0.12.3) (Homebridge 0E:1A:4F:22:{g.HX(2)}:{g.HX(2)}) is running on port 51826.", "running_on_port")
        if not st["paired"]:
            st["paired"] = True
            hb(None, "Setup Payload:", "setup_payload")
            L.emit(f"X-HM://00{g.alnum(8, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}", "setup_uri")
            hb(None, "Scan this code with your HomeKit app on your iOS device to pair with Homebridge:", "scan_code")
            for x in qr():
                L.emit(x, "qr_row")
            hb(None, "Or enter this code with your HomeKit app on your iOS device to pair with Homebridge:", "enter_code")
            pin = f"{g.num(100, 999)}-{g.num(10, 99)}-{g.num(100, 999)}"
            L.emit("                       ", "box_blank")
            L.emit("    ┌────────────┐     ", "box_top")
            L.emit(f"    │ {pin} │     ", "box_pin")
            L.emit("    └────────────┘     ", "box_bottom")
            L.emit("                       ", "box_blank")
        L.tick(2)
        hb("Camera FFmpeg", "Loaded homebridge-camera-ffmpeg v3.1.4 child bridge successfully", "child_loaded")
        hb(None, f"Loaded {len(CAMS)} cached accessories from cachedAccessories.0E{g.HX(10)}.", "loaded_cached_child")
        hb(None, f"Homebridge v1.8.5 (HAP v0.12.3) (Camera FFmpeg 0E:{g.HX(2)}:{g.HX(2)}:{g.HX(2)}:{g.HX(2)}:{g.HX(2)}) is running on port {g.num(30000, 60000)}.", "running_on_port")

    def hue():
        lamp = g.c(LAMPS)
        r = g.r.random()
        if r < 0.45:
            a = g.c(["false", "true"])
            hb("Hue", f"{lamp}: set homekit on from {a} to {'true' if a == 'false' else 'false'}", "hue_set_on")
        elif r < 0.8:
            a, b = g.r.sample(range(1, 101), 2)
            hb("Hue", f"{lamp}: set homekit brightness from {a}% to {b}%", "hue_set_brightness")
        elif r < 0.9:
            hb("Hue", f"{lamp}: set homekit color temperature from {g.num(153, 500)} mired to {g.num(153, 500)} mired", "hue_set_ct")
        else:
            n = g.num(100, 9999)
            hb("Hue", f"Hue Bridge: request {n}: timeout after 5 seconds", "hue_timeout")
            hb("Hue", f"Hue Bridge: request {n}: resent", "hue_resent") if g.r.random() < 0.7 else None

    def ring():
        r = g.r.random()
        dev = g.c(["Front Door", "Back Door"])
        if r < 0.5:
            hb("Ring", f"{dev} Motion Detected", "ring_motion")
        elif r < 0.7:
            hb("Ring", f"{dev} Button Pressed", "ring_button")
        elif r < 0.9:
            hb("Ring", f"Received new push notification: {g.c(['motion', 'ding'])} on {dev}", "ring_push")
        else:
            err = g.c(["ETIMEDOUT", "ECONNRESET", "ENOTFOUND"])
            hb("Ring", f"Error: connect {err} 52.{g.num(0, 255)}.{g.num(0, 255)}.{g.num(1, 254)}:443" if err != "ENOTFOUND" else "Error: getaddrinfo ENOTFOUND api.ring.com", "ring_error",
               [("    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)" if err != "ENOTFOUND" else "    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)", "node_frame")])

    def shelly():
        dev = f"shelly{g.c(['plus1pm', 'plus2pm', 'pro4pm', 'plusht'])}-{g.hx(12)}"
        r = g.r.random()
        if r < 0.4:
            hb("ShellyNG", f"Device {dev} disconnected", "shelly_disconnected")
        elif r < 0.8:
            hb("ShellyNG", f"Device {dev} connected", "shelly_connected")
        else:
            hb("ShellyNG", f"[{dev}] Failed to update status: Request timed out after 10000ms", "shelly_status_failed")

    def cam():
        c = g.c(CAMS)
        r = g.r.random()
        if r < 0.5:
            hb("Camera FFmpeg", f"[{c}] Snapshot requested: {g.c(['640 x 360', '1280 x 720', '480 x 270'])}", "cam_snapshot")
            hb("Camera FFmpeg", f"[{c}] Sending fallback snapshot ({g.c(['640 x 360', '1280 x 720'])})", "cam_fallback") if g.r.random() < 0.05 else None
        elif r < 0.8:
            hb("Camera FFmpeg", f"[{c}] Starting video stream: {g.c(['1280 x 720', '1920 x 1080', '640 x 360'])}, {g.c([15, 30])} fps, {g.num(200, 2000)} kbps (AAC-eld)", "cam_stream_start")
            L.tick(30)
            hb("Camera FFmpeg", f"[{c}] Stopped video stream.", "cam_stream_stop")
        else:
            hb("Camera FFmpeg", f"[{c}] FFmpeg exited with code: 1 and signal: null (Error)", "cam_ffmpeg_exited")

    def slow():
        plug = g.c(["Hue", "ShellyNG", "mqttthing"])
        ch = g.c(["On", "Brightness", "Current Temperature", "Current Relative Humidity", "Contact Sensor State"])
        r = g.r.random()
        if r < 0.6:
            hb(plug, f"This plugin slows down Homebridge. The read handler for the characteristic '{ch}' was slow to respond! See https://homebridge.io/w/JtMGR for more info.", "slow_read_handler")
        elif r < 0.8:
            hb(plug, f"The read handler for the characteristic '{ch}' didn't respond at all!. Please check that you properly call the callback! See https://homebridge.io/w/JtMGR for more info.", "no_response_read_handler")
        else:
            hb("mqttthing", f"This plugin generated a warning from the characteristic 'Current Temperature': characteristic value expected valid finite number and received \"NaN\" (number). See https://homebridge.io/w/JtMGR for more info.", "characteristic_warning")

    def mqtt():
        s = g.c(SENSORS)
        hb("mqttthing", f"[{s}] Set {g.c(['currentTemperature', 'currentRelativeHumidity', 'contactSensorState'])} to {g.f(0, 90, 1)}", "mqtt_set") if g.r.random() < 0.8 else \
            hb("mqttthing", f"MQTT connection {g.c(['closed', 'reconnecting', 'established'])}", "mqtt_connection")

    def ui():
        r = g.r.random()
        if r < 0.5:
            hb("Homebridge UI", "[admin] Accessory layout changes saved.", "ui_layout_saved")
        elif r < 0.8:
            hb("Homebridge UI", "Changes to config.json saved.", "ui_config_saved")
        else:
            hb("Homebridge UI", f"Failed login attempt for user admin from {g.ip('pub')}", "ui_failed_login")

    def restart():
        hb("Homebridge UI", "Homebridge restart request received", "ui_restart_request")
        hb(None, "Got SIGTERM, shutting down Homebridge...", "got_sigterm")
        hb("homebridge-camera-ffmpeg", "Got SIGTERM, shutting down child bridge process...", "child_sigterm")
        L.tick(5)
        hb("HB Supervisor", "Homebridge Process Ended. Code: 143, Signal: null", "sup_process_ended")
        L.tick(5)
        hb("HB Supervisor", "Restarting Homebridge...", "sup_restarting")
        st["pid"] = g.num(3000, 60000)
        startup()

    startup()
    ev = [(35, hue), (12, ring), (10, shelly), (12, cam), (5, slow), (14, mqtt), (2, ui), (0.3, restart)]
    return L.run(slowed(L, ev, 90), None)


# 11 --------------------------------------------------------------- Mastodon 4.2 instance (docker compose: web, streaming, sidekiq), `docker compose logs -f --no-color web streaming sidekiq`:
#   the service prefix "web-1        | "; Puma's start-up, Rails' lograge lines "[request-id] method=GET path=... status=200 duration=..." with no time,
#   the streaming server's npmlog lines ("verb", "info", "WARN"), Sidekiq 6.5's "time pid= tid= class= jid= LEVEL: start|done|fail" with the JSON
#   context of a failed job, the error and a backtrace whose frames after the first have no header
@checked
def log_mastodon(seed):
    L = Log("mastodon_compose_logs", seed, "full", True, True)
    g = L.g
    W = len("streaming-1")
    INSTANCES = ["mastodon.social", "fosstodon.org", "hachyderm.io", "infosec.exchange", "chaos.social", "mstdn.jp", "det.social", "sigmoid.social", "toot.community"]
    WORKERS = [("ActivityPub::DeliveryWorker", "push", 30), ("ActivityPub::ProcessingWorker", "ingress", 20), ("LinkCrawlWorker", "pull", 8), ("ThreadResolveWorker", "pull", 6),
               ("DistributionWorker", "default", 12), ("PushUpdateWorker", "push", 8), ("LocalNotificationWorker", "default", 5), ("FetchReplyWorker", "pull", 4),
               ("Web::PushNotificationWorker", "push", 4), ("RedownloadMediaWorker", "pull", 2), ("Scheduler::AccountsStatusesCleanupScheduler", "scheduler", 1),
               ("Scheduler::IndexingScheduler", "scheduler", 1), ("Scheduler::VacuumScheduler", "scheduler", 0.3)]
    st = {"pid": 7, "tids": [g.alnum(3) for _ in range(5)]}

    def out(svc, text, ev, lv=None):
        L.emit(f"{svc:<{W}} | {text}", ev, lv, svc)

    def sk(text, ev, lv, cls=None, jid=None, el=None, tid=None):
        L.t += dt.timedelta(milliseconds=g.num(0, 200))
        ctx = f"pid={st['pid']} tid={tid or g.c(st['tids'])}"
        if cls:
            ctx += f" class={cls} jid={jid}"
        if el is not None:
            ctx += f" elapsed={el}"
        out("sidekiq-1", f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z {ctx} {lv}: {text}", ev, lv)

    def start():
        out("web-1", "[1] Puma starting in cluster mode...", "puma_starting")
        out("web-1", "[1] * Puma version: 6.4.3 (ruby 3.2.5-p208) (\"The Eagle of Durango\")", "puma_version")
        out("web-1", "[1] *  Min threads: 5", "puma_min_threads")
        out("web-1", "[1] *  Max threads: 5", "puma_max_threads")
        out("web-1", "[1] *  Environment: production", "puma_environment")
        out("web-1", "[1] *   Master PID: 1", "puma_master_pid")
        out("web-1", "[1] *      Workers: 2", "puma_workers")
        out("web-1", "[1] *     Restarts: (✔) hot (✖) phased", "puma_restarts")
        out("web-1", "[1] * Preloading application", "puma_preloading")
        out("web-1", "[1] * Listening on http://0.0.0.0:3000", "puma_listening")
        out("web-1", "[1] Use Ctrl-C to stop", "puma_ctrl_c")
        for w in range(2):
            out("web-1", f"[1] - Worker {w} (PID: {g.num(20, 40)}) booted in 0.0{g.num(1, 9)}s, phase: 0", "puma_worker_booted")
        out("streaming-1", "info streaming Streaming API now listening on http://0.0.0.0:4000", "streaming_listening", "info")
        st["pid"] = g.num(6, 9)
        sk("Booted Rails 7.1.4 application in production environment", "sk_booted_rails", "INFO", tid=st["tids"][0])
        sk("Running in ruby 3.2.5 (2024-07-26 revision 31d0f1a2e7) [x86_64-linux]", "sk_running_ruby", "INFO", tid=st["tids"][0])
        sk("See LICENSE and the LGPL-3.0 for licensing details.", "sk_license", "INFO", tid=st["tids"][0])
        sk("Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org", "sk_upgrade_pro", "INFO", tid=st["tids"][0])
        sk("Booting Sidekiq 6.5.12 with Sidekiq::RedisConnection::RedisAdapter options {:url=>\"redis://redis:6379/0\", :driver=>:hiredis, :namespace=>nil}", "sk_booting", "INFO", tid=st["tids"][0])
        sk("Starting processing, hit Ctrl-C to stop", "sk_starting_processing", "INFO", tid=st["tids"][0])

    def lograge(path, ctrl, action, status, fmt="json", method="GET"):
        rid = g.uuid()
        dur = g.r.uniform(2, 400) if status != 500 else g.r.uniform(1000, 15000)
        out("web-1", f"[{rid}] method={method} path={path} format={fmt} controller={ctrl} action={action} status={status} duration={dur:.2f} view={dur * g.r.uniform(0, 0.3):.2f} db={dur * g.r.uniform(0.05, 0.6):.2f}", "lograge")

    def web():
        r = g.r.random()
        if r < 0.3:
            lograge("/api/v1/timelines/home", "Api::V1::Timelines::HomeController", "show", g.c([200, 200, 200, 206]), "*/*")
        elif r < 0.45:
            lograge("/api/v1/notifications", "Api::V1::NotificationsController", "index", 200, "*/*")
        elif r < 0.6:
            inst = g.c(INSTANCES)
            lograge(f"/users/{g.c(['alice', 'bob', 'nora', 'admin', 'news'])}/inbox" if g.r.random() < 0.5 else "/inbox", "ActivityPub::InboxesController", "create",
                    g.c([202, 202, 202, 401]), "*/*", "POST")
        elif r < 0.7:
            lograge(f"/@{g.c(['alice', 'bob', 'nora'])}/{g.num(10**17, 10**18)}", "StatusesController", "show", g.c([200, 200, 404]), g.c(["html", "json"]))
        elif r < 0.78:
            lograge("/.well-known/webfinger", "WellKnown::WebfingerController", "show", g.c([200, 200, 404]), "json")
        elif r < 0.85:
            lograge("/health", "HealthController", "show", 200, "html")
        elif r < 0.9:
            lograge("/api/v1/statuses", "Api::V1::StatusesController", "create", g.c([200, 200, 422]), "json", "POST")
        elif r < 0.95:
            lograge(g.c(["/wp-login.php", "/.env", "/admin/config.php", "/xmlrpc.php"]), "ApplicationController", "raise_not_found", 404, "html", g.c(["GET", "POST"]))
        else:
            lograge("/api/v2/search", "Api::V2::SearchController", "index", g.c([200, 500]), "json")

    def streaming():
        rid = g.uuid()
        acct = g.num(1, 4000)
        r = g.r.random()
        if r < 0.45:
            chans = g.c([f"timeline:{acct}, timeline:access_token:{g.num(1, 90000)}, system:{acct}", "timeline:public:local", "timeline:public", f"timeline:hashtag:{g.c(['fediverse', 'rust', 'caturday'])}"])
            out("streaming-1", f"verb {rid} Starting stream from {chans} for {acct}{g.c([' on user', ' on public:local', ''])}", "streaming_start", "verb")
        elif r < 0.85:
            out("streaming-1", f"verb {rid} Ending stream for {acct}", "streaming_end", "verb")
        elif r < 0.95:
            out("streaming-1", f"verb {rid} Authenticating...", "streaming_auth", "verb")
        else:
            out("streaming-1", f"WARN {rid} Error: {g.c(['Access token does not cover required scopes', 'Invalid access token', 'Missing access token'])}", "streaming_warn", "WARN")

    def job():
        wts = [w for _, _, w in WORKERS]
        cls, q, _ = g.r.choices(WORKERS, wts)[0]
        jid = g.hx(24)
        tid = g.c(st["tids"])
        sk("start", "sk_start", "INFO", cls, jid, tid=tid)
        t_start = L.t
        fail = cls in ("ActivityPub::DeliveryWorker", "LinkCrawlWorker", "FetchReplyWorker", "RedownloadMediaWorker") and g.r.random() < 0.12
        L.t += dt.timedelta(milliseconds=g.num(5, 3000 if not fail else 12000))
        el = f"{(L.t - t_start).total_seconds():.3f}"
        if not fail:
            sk("done", "sk_done", "INFO", cls, jid, el, tid=tid)
            return
        sk("fail", "sk_fail", "INFO", cls, jid, el, tid=tid)
        inst = g.c(INSTANCES)
        if cls == "ActivityPub::DeliveryWorker":
            err = (f"Mastodon::UnexpectedResponseError", f"https://{inst}/inbox returned code {g.c([500, 502, 503, 504, 429])}")
            args = f"[\"{{\\\"@context\\\":\\\"https://www.w3.org/ns/activitystreams\\\",\\\"id\\\":\\\"https://social.acme.example/users/alice/statuses/{g.num(10**17, 10**18)}/activity\\\",\\\"type\\\":\\\"Create\\\"}}\",{g.num(1, 90)},\"https://{inst}/inbox\"]"
        else:
            err = (g.c(["HTTP::ConnectionError", "HTTP::TimeoutError", "OpenSSL::SSL::SSLError"]),
                   g.c([f"failed to connect: Connection refused - connect(2) for \"{inst}\" port 443", "Read timed out after 10 seconds",
                        "SSL_connect returned=1 errno=0 peeraddr=203.0.113.9:443 state=error: certificate verify failed (certificate has expired)"]))
            args = f"[\"https://{inst}/@{g.c(['news', 'bot', 'alice'])}/{g.num(10**17, 10**18)}\"]"
        ctx = {"context": "Job raised exception", "job": {"retry": 16 if cls.startswith("ActivityPub") else 2, "queue": q, "dead": False, "class": cls, "args": "@ARGS@", "jid": jid,
               "created_at": round(L.t.timestamp() - g.num(1, 9000), 7), "enqueued_at": round(L.t.timestamp() - g.r.uniform(0.01, 9), 7)}}
        text = json.dumps(ctx, separators=(",", ":")).replace('"@ARGS@"', args)
        sk(text, "sk_job_raised", "WARN", cls, jid, tid=tid)
        sk(f"{err[0]}: {err[1]}", "sk_error_message", "WARN", cls, jid, tid=tid)
        frames = ["/opt/mastodon/app/lib/request.rb:80:in `perform'" if cls != "ActivityPub::DeliveryWorker" else "/opt/mastodon/app/workers/activitypub/delivery_worker.rb:56:in `block in perform_request'",
                  "/opt/mastodon/app/lib/request.rb:98:in `block in perform'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/http-5.1.1/lib/http/client.rb:31:in `request'",
                  "/opt/mastodon/app/lib/request.rb:78:in `perform'",
                  "/opt/mastodon/app/workers/activitypub/delivery_worker.rb:46:in `perform_request'" if cls == "ActivityPub::DeliveryWorker" else "/opt/mastodon/app/services/fetch_resource_service.rb:35:in `perform_request'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-6.5.12/lib/sidekiq/processor.rb:202:in `execute_job'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-6.5.12/lib/sidekiq/processor.rb:170:in `block (2 levels) in process'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-6.5.12/lib/sidekiq/middleware/chain.rb:177:in `block in invoke'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-unique-jobs-7.1.33/lib/sidekiq_unique_jobs/middleware/server.rb:25:in `call'",
                  "/opt/mastodon/vendor/bundle/ruby/3.2.0/gems/sidekiq-6.5.12/lib/sidekiq/processor.rb:263:in `stats'"]
        sk(frames[0], "sk_backtrace", "WARN", cls, jid, tid=tid)
        for fr in frames[1:]:
            out("sidekiq-1", fr, "ruby_frame", "WARN")

    def scheduler():
        jid = g.hx(24)
        sk("start", "sk_start", "INFO", "Scheduler::ScheduledStatusesScheduler", jid)
        sk("done", "sk_done", "INFO", "Scheduler::ScheduledStatusesScheduler", jid, f"{g.r.uniform(0.005, 0.09):.3f}")

    start()
    ev = [(30, web), (14, streaming), (40, job), (2, scheduler)]
    return L.run(slowed(L, ev, 3), None)


# 12 --------------------------------------------------------------- Cyrus IMAP 3.6 (Debian 12, Postfix delivering over LMTP) of a small company, /var/log/mail.log via rsyslog:
#   "Dec  1 10:00:00 mail cyrus/imaps[pid]: message"; the master process spawning and reaping services, IMAP/POP logins and bad logins with their
#   SESSIONID, TLS, idle and reset connections, LMTP deliveries with duplicate_mark and auditlog lines, sieve redirects, database checkpoints, a few postfix/lmtp lines
@checked
def log_cyrus(seed):
    L = Log("cyrus_imap_maillog", seed, "noyear", False, True)
    g = L.g
    HOST = "mail"
    DOM = "acme-gmbh.example"
    USERS = ["a.schmidt", "b.mueller", "c.weber", "d.wagner", "e.becker", "f.hoffmann", "info", "buchhaltung", "vertrieb", "support"]
    MPID = g.num(900, 1200)
    st = {"procs": {}, "qid": 0}

    def s(tag, pid, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(1, 800))
        L.emit(f"{syslog_ts(L.t)} {HOST} {tag}[{pid}]: {msg}", ev, None, tag)

    def sess(pid):
        return f"<cyrus-{pid}-{int(L.t.timestamp())}-{g.num(1, 40)}-{g.num(10**18, 10**19 - 1)}>"

    def proc(svc):
        """a pid of a service process, spawning one now and then"""
        live = st["procs"].setdefault(svc, [])
        if not live or (len(live) < 6 and g.r.random() < 0.2):
            pid = g.num(2000, 60000)
            path = {"imaps": "imapd", "imap": "imapd", "pop3s": "pop3d", "lmtpunix": "lmtpd", "sieve": "timsieved"}[svc]
            s("cyrus/master", MPID, f"about to exec /usr/lib/cyrus/bin/{path}", "about_to_exec")
            s(f"cyrus/{svc}", pid, "executed", "executed")
            live.append([pid, L.t])
            return pid
        return g.c(live)[0]

    def reap():
        svc = g.c([k for k, v in st["procs"].items() if v] or ["imaps"])
        if not st["procs"].get(svc):
            return imap()
        pid, born = st["procs"][svc].pop(g.num(0, len(st["procs"][svc]) - 1))
        path = {"imaps": "imapd", "imap": "imapd", "pop3s": "pop3d", "lmtpunix": "lmtpd", "sieve": "timsieved"}[svc]
        if g.r.random() < 0.04:
            s("cyrus/master", MPID, f"service {svc}/ipv4 pid {pid} in BUSY state: terminated abnormally", "terminated_abnormally")
        s("cyrus/master", MPID, f"process type:SERVICE name:{svc} path:/usr/lib/cyrus/bin/{path} age:{(L.t - born).total_seconds():.3f}s pid:{pid} exited, status 0", "process_exited")

    def imap():
        svc = g.c(["imaps", "imaps", "imaps", "pop3s", "imap"])
        pid = proc(svc)
        ip = g.c(["192.168.10." + str(g.num(20, 200)), g.ip("pub")]) if g.r.random() < 0.8 else g.ip("10")
        rdns = g.c(["", f"p{g.hx(8)}.dip0.t-ipconnect.de", f"ip-{ip.replace('.', '-')}.example.net", "laptop-" + g.alnum(4) + ".acme-gmbh.example"])
        s(f"cyrus/{svc}", pid, "accepted connection", "accepted_connection")
        if svc != "imap" or g.r.random() < 0.8:
            if g.r.random() < 0.03:
                s(f"cyrus/{svc}", pid, f"{'imaps' if svc == 'imaps' else 'pop3s' if svc == 'pop3s' else 'STARTTLS'} TLS negotiation failed: {rdns or 'unknown'} [{ip}]", "tls_failed")
                return
            s(f"cyrus/{svc}", pid, f"{'imaps' if svc != 'imap' else 'starttls'}: {g.c(['TLSv1.3', 'TLSv1.3', 'TLSv1.2'])} with cipher {g.c(['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'ECDHE-RSA-AES256-GCM-SHA384'])} "
                                      f"({g.c(['256/256', '128/128'])} bits {g.c(['new', 'new', 'reused'])}) no authentication", "tls_cipher")
        u = g.c(USERS)
        if g.r.random() < 0.12:
            s(f"cyrus/{svc}", pid, f"badlogin: {rdns or 'unknown'} [{ip}] {g.c(['PLAIN', 'LOGIN', 'plaintext'])} [SASL(-13): authentication failure: checkpass failed]", "badlogin")
            return
        sid = sess(pid)
        s(f"cyrus/{svc}", pid, f"login: {rdns or 'unknown'} [{ip}] {u}@{DOM} {g.c(['PLAIN', 'PLAIN', 'LOGIN'])}{'' if svc == 'imap' and g.r.random() < 0.3 else '+TLS'} User logged in SESSIONID={sid}", "login")
        if svc == "pop3s" and g.r.random() < 0.5:
            s(f"cyrus/{svc}", pid, f"auditlog: expunge sessionid={sid} mailbox=<{DOM}!user.{u}> uniqueid=<{g.hx(24)}> uid=<{g.num(1, 9000)}> guid=<{g.hx(40)}> cid=<{g.hx(16)}>", "auditlog_expunge")
        L.tick(30)
        r = g.r.random()
        if r < 0.15:
            s(f"cyrus/{svc}", pid, "idle for too long, closing connection", "idle_too_long")
        elif r < 0.25:
            s(f"cyrus/{svc}", pid, "Connection reset by peer, closing connection", "connection_reset")
        s(f"cyrus/{svc}", pid, f"USAGE {u}@{DOM} user: {g.r.uniform(0, 0.3):.6f} sys: {g.r.uniform(0, 0.2):.6f}", "usage")

    def lmtp():
        pid = proc("lmtpunix")
        st["qid"] += 1
        qid = g.HX(10)
        mid = f"<{g.hx(12)}.{g.num(1000, 9999)}@{g.c(['mail.gmail.com', 'eu-west-1.amazonses.com', 'mx.datev.de', 'acme-gmbh.example', 'newsletter.shop.example'])}>"
        rcpts = g.r.sample(USERS, g.c([1, 1, 1, 2, 3]))
        s("cyrus/lmtpunix", pid, "accepted connection", "accepted_connection")
        s("cyrus/lmtpunix", pid, "lmtp connection preauth'd as postman", "lmtp_preauth")
        for u in rcpts:
            if u == "support" and g.r.random() < 0.5:
                dest = g.c(["c.weber@acme-gmbh.example", "helpdesk@partner.example"])
                s("cyrus/lmtpunix", pid, f"sieve redirected: {mid} to: {dest}", "sieve_redirected")
                continue
            uid = g.num(1, 90000)
            sid = sess(pid)
            s("cyrus/lmtpunix", pid, f"auditlog: append sessionid={sid} mailbox=<{DOM}!user.{u}> uniqueid=<{g.hx(24)}> uid=<{uid}> modseq=<{g.num(10000, 900000)}> sysflags=<> guid=<{g.hx(40)}> cid=<{g.hx(16)}> mbtype=<e>", "auditlog_append")
            s("cyrus/lmtpunix", pid, f"Delivered: {mid} to mailbox: {DOM}!user.{u}", "delivered")
            s("cyrus/lmtpunix", pid, f"duplicate_mark: {mid} {DOM}!user.{u}  {int(L.t.timestamp())} {g.num(1000, 90000)}", "duplicate_mark")
        s("postfix/lmtp", g.num(2000, 60000), f"{qid}: to=<{rcpts[0]}@{DOM}>, relay={HOST}.{DOM}[/run/cyrus/socket/lmtp], delay={g.f(0.1, 3, 2)}, delays={g.f(0, 1, 2)}/0/0/{g.f(0, 1, 2)}, dsn=2.1.5, "
                                                 f"status=sent (250 2.1.5 Ok SESSIONID={sess(pid)})", "postfix_lmtp_sent")
        s("cyrus/lmtpunix", pid, f"USAGE postman user: {g.r.uniform(0, 0.02):.6f} sys: {g.r.uniform(0, 0.02):.6f}", "usage")

    def checkpoint():
        pid = g.num(2000, 60000)
        s("cyrus/ctl_cyrusdb", pid, "checkpointing cyrus databases", "checkpointing")
        for db in ["/var/lib/cyrus/annotations.db", "/var/lib/cyrus/mailboxes.db", "/var/lib/cyrus/deliver.db", "/var/lib/cyrus/tls_sessions.db"]:
            if g.r.random() < 0.6:
                s("cyrus/ctl_cyrusdb", pid, f"archiving database file: {db}", "archiving_db")
        s("cyrus/ctl_cyrusdb", pid, "done checkpointing cyrus databases", "done_checkpointing")
        s("cyrus/master", MPID, f"process type:EVENT name:checkpoint path:/usr/lib/cyrus/bin/ctl_cyrusdb age:{g.r.uniform(0.01, 0.6):.3f}s pid:{pid} exited, normal status", "event_exited")

    def delprune():
        pid = g.num(2000, 60000)
        r = g.r.random()
        if r < 0.5:
            s("cyrus/cyr_expire", pid, f"Expunged {g.num(0, 40)} out of {g.num(40, 4000)} messages from {g.num(1, 30)} mailboxes", "expunged")
            s("cyrus/cyr_expire", pid, f"Expired {g.num(0, 40)} and expunged {g.num(0, 40)} out of {g.num(40, 90000)} messages from {g.num(1, 400)} mailboxes", "expired")
            s("cyrus/master", MPID, f"process type:EVENT name:delprune path:/usr/sbin/cyrus age:{g.r.uniform(0.1, 30):.3f}s pid:{pid} exited, normal status", "event_exited")
        else:
            s("cyrus/tls_prune", pid, f"tls_prune: purged {g.num(0, 90)} out of {g.num(90, 400)} entries", "tls_prune")
            s("cyrus/master", MPID, f"process type:EVENT name:tlsprune path:/usr/sbin/cyrus age:{g.r.uniform(0.01, 2):.3f}s pid:{pid} exited, normal status", "event_exited")

    def sieve():
        pid = proc("sieve")
        u = g.c(USERS[:6])
        s("cyrus/sieve", pid, "accepted connection", "accepted_connection")
        s("cyrus/sieve", pid, f"login: {g.c(['roundcube.acme-gmbh.example', 'localhost'])} [{g.c(['127.0.0.1', '192.168.10.5'])}] {u}@{DOM} PLAIN User logged in", "sieve_login")
        s("cyrus/sieve", pid, f"USAGE {u}@{DOM} user: 0.{g.num(0, 9999):06d} sys: 0.{g.num(0, 9999):06d}", "usage")

    ev = [(40, imap), (25, lmtp), (18, reap), (2, checkpoint), (1.5, delprune), (2, sieve)]
    return L.run(slowed(L, ev, 40), None)


# 13 --------------------------------------------------------------- Icecast 2.4.4 of a community radio (a studio encoder, an AutoDJ fallback, a relay), /var/log/icecast2/error.log
#   (loglevel 3): "[yyyy-mm-dd  hh:mm:ss] LEVEL module/function message" with two spaces in the stamp and Icecast's four-letter levels (EROR, WARN, INFO);
#   sources logging in and out, listener counts, metadata updates, wrong source passwords, missing web files, socket timeouts, HUP re-reads, a restart
@checked
def log_icecast(seed):
    L = Log("icecast_error_log", seed, "full", True, True)
    g = L.g
    LV = {"INFO": "INFO", "WARN": "WARN", "EROR": "EROR|error"}
    MOUNTS = ["/live", "/live.ogg", "/autodj", "/relay-news.mp3"]
    SHOWS = ["Morning Coffee - Anna & Ben", "Jazz Hour - Live", "Local News", "Indie Selection - Various", "Klassik am Abend", "Night Drive - DJ Kaspar"]
    TRACKS = ["Bonobo - Kerala", "Khruangbin - Maria También", "Nils Frahm - Says", "Portishead - Roads", "Moderat - A New Error", "Caribou - Never Come Back", "Air - La Femme d'Argent"]
    st = {"src": {}, "listeners": {m: 0 for m in MOUNTS}}

    def ic(lv, where, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        L.emit(f"[{L.t:%Y-%m-%d  %H:%M:%S}] {lv} {where} {msg}", ev, LV[lv], where)

    def startup():
        ic("INFO", "main/main.c", "Icecast 2.4.4 server started", "server_started")
        ic("INFO", "main/main.c", "Server version: Icecast 2.4.4", "server_version")
        ic("INFO", "main/main.c", f"Server start time: {L.t:%a, %d %b %Y %H:%M:%S} +0000", "server_start_time")
        ic("INFO", "connection/get_ssl_certificate", "No SSL capability on any configured ports", "no_ssl")
        ic("INFO", "stats/_stats_thread", "stats thread started", "stats_thread")
        ic("INFO", "yp/yp_update_thread", "YP update thread started", "yp_thread")
        ic("INFO", "fserve/fserve_recheck_mime_types", "1276 mime types loaded", "mime_types")
        ic("INFO", "slave/_slave_thread", "checking master stream list", "checking_master")
        ic("INFO", "slave/start_relay_stream", f"Starting relayed source at mountpoint \"/relay-news.mp3\"", "starting_relay")
        ic("INFO", "slave/open_relay_connection", "connecting to stream.news-network.example:8000", "relay_connecting")
        st["src"]["/relay-news.mp3"] = "stream.news-network.example"
        source_in("/autodj", "127.0.0.1")

    def source_in(m=None, ip=None):
        m = m or g.c(["/live", "/live", "/live.ogg"])
        if m in st["src"]:
            ic("EROR", "connection/connection_complete_source", f"Source ({m}) already exists", "source_exists") if g.r.random() < 0.5 else \
                ic("WARN", "connection/_handle_source_request", f"Source ({m}) attempted to login with invalid or missing password", "source_bad_password")
            return
        ip = ip or g.c(["10.66.0.12", "10.66.0.13", g.ip("pub")])
        ic("INFO", "connection/_handle_source_request", f"Source logging in at mountpoint \"{m}\" from {ip}", "source_logging_in")
        ic("INFO", "source/source_apply_mount", f"Applying mount information for \"{m}\"", "applying_mount")
        st["src"][m] = ip
        if m.startswith("/live") and "/autodj" in st["src"]:
            n = st["listeners"]["/autodj"]
            ic("INFO", "source/source_move_clients", f"passing {n} listeners to \"{m}\"", "passing_listeners")
            st["listeners"][m] += n
            st["listeners"]["/autodj"] = 0
        ic("INFO", "source/source_main", f"listener count on {m} now {st['listeners'][m]}", "listener_count")

    def source_out():
        live = [m for m in st["src"] if m.startswith("/live")]
        if not live:
            return source_in()
        m = g.c(live)
        ip = st["src"].pop(m)
        if g.r.random() < 0.3:
            ic("WARN", "source/get_next_buffer", "Disconnecting source due to socket timeout", "socket_timeout")
        else:
            ic("INFO", "source/source_main", f"Source \"{m}\" exiting", "source_exiting")
        n = st["listeners"][m]
        ic("INFO", "source/source_move_clients", f"passing {n} listeners to \"/autodj\"", "passing_listeners")
        st["listeners"]["/autodj"] += n
        st["listeners"][m] = 0
        ic("INFO", "source/source_shutdown", f"Source from {ip} at \"{m}\" exiting", "source_shutdown")

    def listeners():
        m = g.c(list(st["src"]))
        st["listeners"][m] = max(0, st["listeners"][m] + g.c([-3, -2, -1, -1, 1, 1, 2, 3, 5]))
        ic("INFO", "source/source_main", f"listener count on {m} now {st['listeners'][m]}", "listener_count")

    def metadata():
        m = g.c(list(st["src"]))
        ic("INFO", "admin/admin_handle_request", f"Received admin command metadata on mount \"{m}\"", "admin_command")
        ic("INFO", "admin/command_metadata", f"Metadata on mountpoint {m} changed to \"{g.c(SHOWS if m.startswith('/live') else TRACKS)}\"", "metadata_changed")

    def fserve():
        f = g.c(["/favicon.ico", "/robots.txt", "/apple-touch-icon.png", "/.env", "/wp-login.php", "/status-json.xsl", "/status.xsl"])
        if f in ("/status-json.xsl", "/status.xsl"):
            ic("INFO", "fserve/fserve_client_create", f"checking for file {f} (/usr/share/icecast2/web{f})", "checking_for_file")
        else:
            ic("WARN", "fserve/fserve_client_create", f"req for file \"/usr/share/icecast2/web{f}\" No such file or directory", "no_such_file")

    def auth_fail():
        ic("WARN", "admin/admin_handle_request", f"Client from {g.ip('pub')} not authorized", "admin_not_authorized") if g.r.random() < 0.5 else \
            ic("WARN", "auth/add_authenticated_listener", f"Client limit reached for mount \"{g.c(['/live', '/autodj'])}\"", "client_limit")

    def yp():
        ic("WARN", "yp/send_to_yp", f"connection to http://dir.xiph.org/cgi-bin/yp-cgi failed with \"{g.c(['Connection timed out', 'Could not resolve host: dir.xiph.org'])}\"", "yp_failed")

    def relay_drop():
        ic("WARN", "slave/open_relay_connection", f"Failed to connect to stream.news-network.example:8000", "relay_failed") if g.r.random() < 0.4 else \
            ic("INFO", "source/source_main", f"listener count on /relay-news.mp3 now {st['listeners']['/relay-news.mp3']}", "listener_count")

    def hup():
        ic("INFO", "sighandler/_sig_hup", "Caught signal 1, scheduling config re-read...", "caught_hup")
        ic("INFO", "slave/_slave_thread", "Re-reading XML", "rereading_xml")

    def restart():
        ic("INFO", "main/main.c", "Shutting down", "shutting_down")
        for m in list(st["src"]):
            ic("INFO", "source/source_shutdown", f"Source from {st['src'][m]} at \"{m}\" exiting", "source_shutdown")
        st["src"] = {}
        st["listeners"] = {m: 0 for m in MOUNTS}
        L.tick(15)
        startup()

    startup()
    ev = [(12, source_in), (10, source_out), (45, listeners), (14, metadata), (10, fserve), (4, auth_fail), (3, yp), (3, relay_drop), (0.6, hup), (0.15, restart)]
    return L.run(slowed(L, ev, 60), None)


# 14 --------------------------------------------------------------- dnf 4.14 on a RHEL 9.5 server (subscription-manager, EPEL), /var/log/dnf.log over some weeks:
#   "yyyy-mm-ddThh:mm:ss+0000 LEVEL message" (DDEBUG, DEBUG, INFO, WARNING, ERROR); the hourly `dnf makecache --timer`, admins installing, upgrading
#   and removing packages, the transaction table and the "Installed:"/"Upgraded:" lists as lines without a header, metadata download failures, typos
@checked
def log_dnf(seed):
    L = Log("dnf_log", seed, "full", True, False, start=dt.datetime(2026, 11, 9, 0, 12, 40, tzinfo=UTC))
    g = L.g
    REPOS = [("rhel-9-for-x86_64-baseos-rpms", "Red Hat Enterprise Linux 9 for x86_64 - BaseOS (RPMs)"),
             ("rhel-9-for-x86_64-appstream-rpms", "Red Hat Enterprise Linux 9 for x86_64 - AppStream (RPMs)"),
             ("epel", "Extra Packages for Enterprise Linux 9 - x86_64"), ("docker-ce-stable", "Docker CE Stable - x86_64")]
    PKGS = [("htop", "3.3.0-4.el9", "epel", "196 k", "484 k"), ("tmux", "3.2a-5.el9", "rhel-9-for-x86_64-baseos-rpms", "478 k", "1.1 M"),
            ("jq", "1.6-16.el9", "rhel-9-for-x86_64-appstream-rpms", "190 k", "408 k"), ("ncdu", "1.20-1.el9", "epel", "63 k", "118 k"),
            ("nginx", "1:1.20.1-20.el9", "rhel-9-for-x86_64-appstream-rpms", "38 k", "110 k"), ("strace", "6.9-1.el9", "rhel-9-for-x86_64-appstream-rpms", "1.3 M", "5.1 M"),
            ("bind-utils", "32:9.16.23-24.el9_5", "rhel-9-for-x86_64-appstream-rpms", "207 k", "651 k"), ("docker-ce", "3:27.3.1-1.el9", "docker-ce-stable", "27 M", "99 M")]
    UPD = [("kernel", "5.14.0-503.15.1.el9_5", "rhel-9-for-x86_64-baseos-rpms", "2.0 M"), ("openssl", "1:3.2.2-6.el9_5", "rhel-9-for-x86_64-baseos-rpms", "1.4 M"),
           ("openssl-libs", "1:3.2.2-6.el9_5", "rhel-9-for-x86_64-baseos-rpms", "2.3 M"), ("systemd", "252-46.el9_5.2", "rhel-9-for-x86_64-baseos-rpms", "4.2 M"),
           ("glibc", "2.34-125.el9_5.1", "rhel-9-for-x86_64-baseos-rpms", "2.0 M"), ("python3", "3.9.21-1.el9_5", "rhel-9-for-x86_64-baseos-rpms", "25 k"),
           ("tzdata", "2024b-2.el9", "rhel-9-for-x86_64-baseos-rpms", "839 k"), ("containerd.io", "1.7.24-3.1.el9", "docker-ce-stable", "43 M"),
           ("firefox", "128.5.0-1.el9_5", "rhel-9-for-x86_64-appstream-rpms", "117 M"), ("vim-minimal", "2:8.2.2637-21.el9", "rhel-9-for-x86_64-baseos-rpms", "665 k")]
    PLUG = ("builddep, changelog, config-manager, copr, debug, debuginfo-install, download, generate_completion_cache, groups-manager, needs-restarting, playground, "
            "product-id, repoclosure, repodiff, repograph, repomanage, reposync, subscription-manager, system-upgrade, uploadprofile")
    st = {"meta": L.t - dt.timedelta(hours=3), "epel_down": False}

    def d(lv, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 250))
        L.emit(f"{L.t:%Y-%m-%dT%H:%M:%S}+0000 {lv} {msg}", ev, lv)
        for text, cev in cont:
            L.emit(text, cev, lv)

    def pm(t):
        return f"{t:%a %d %b %Y %I:%M:%S %p} UTC"

    def head(cmd, base, extra):
        d("INFO", "--- logging initialized ---", "logging_initialized")
        d("DDEBUG", f"timer: config: {g.num(2, 9)} ms", "timer_config")
        d("DEBUG", f"Loaded plugins: {PLUG}", "loaded_plugins")
        d("DEBUG", "DNF version: 4.14.0", "dnf_version")
        d("DDEBUG", f"Command: {cmd} ", "command")
        d("DDEBUG", "Installroot: /", "installroot")
        d("DDEBUG", "Releasever: 9", "releasever")
        d("DEBUG", "cachedir: /var/cache/dnf", "cachedir")
        d("DDEBUG", f"Base command: {base}", "base_command")
        d("DDEBUG", f"Extra commands: {extra}", "extra_commands")
        d("INFO", "Updating Subscription Management repositories.", "updating_subscription")

    def repos(refresh):
        for rid, name in REPOS:
            if refresh:
                d("DEBUG", f"{rid}: has expired and will be refreshed.", "has_expired")
            if rid == "epel" and st["epel_down"]:
                url = "https://mirrors.fedoraproject.org/metalink?repo=epel-9&arch=x86_64&infra=stock&content=centos"
                d("WARNING", "Errors during downloading metadata for repository 'epel':", "errors_downloading", [
                    (f"  - Curl error (28): Timeout was reached for {url} [Operation timed out after 30000 milliseconds with 0 out of 0 bytes received]", "curl_error_item"),
                    (f"  - Curl error (28): Timeout was reached for {url} [Connection timed out after 30001 milliseconds]", "curl_error_item")])
                d("ERROR", f"Error: Failed to download metadata for repo 'epel': Cannot prepare internal mirrorlist: Curl error (28): Timeout was reached for {url} "
                           "[Connection timed out after 30001 milliseconds]", "failed_download_metadata")
                if g.r.random() < 0.5:
                    d("WARNING", "Ignoring repositories: epel", "ignoring_repositories")
                continue
            if refresh:
                d("DEBUG", f"repo: downloading from remote: {rid}", "downloading_from_remote")
                kb = g.r.uniform(3, 40000)
                d("DEBUG", f"{name:<50} {g.num(20, 9000):>4} kB/s | {kb:5.1f} kB     00:{g.num(0, 9):02d}" if kb < 1000 else
                  f"{name:<50} {g.num(1, 40):>4} MB/s | {kb / 1024:4.1f} MB     00:{g.num(0, 9):02d}", "repo_progress")
            else:
                d("DEBUG", f"repo: using cache for: {rid}", "using_cache")
            d("DEBUG", f"{rid}: using metadata from {pm(st['meta'] if not refresh else L.t - dt.timedelta(minutes=g.num(5, 600)))}.", "using_metadata")

    def tail():
        d("DDEBUG", "Cleaning up.", "cleaning_up")

    def makecache():
        head("dnf makecache --timer", "makecache", "['makecache', '--timer']")
        if L.t - st["meta"] < dt.timedelta(minutes=90) and g.r.random() < 0.5:
            d("INFO", "Metadata cache refreshed recently.", "refreshed_recently")
            tail()
            return
        d("DEBUG", "Making cache files for all metadata files.", "making_cache")
        repos(True)
        st["meta"] = L.t
        d("INFO", "Metadata cache created.", "metadata_created")
        tail()

    def table(groups, summary):
        rows = [(" Package                Architecture   Version                          Repository                               Size", "table_header"),
                ("=" * 116, "table_rule")]
        for title, items in groups:
            rows.append((f"{title}:", "table_group"))
            for n, v, r, sz in items:
                rows.append((f" {n:<22} {'x86_64' if n not in ('tzdata',) else 'noarch':<14} {v:<32} {r:<38} {sz:>6}", "table_row"))
        rows += [("", "blank"), ("Transaction Summary", "transaction_summary"), ("=" * 116, "table_rule")]
        rows += [(x, "summary_line") for x in summary]
        rows.append(("", "blank"))
        d("INFO", "=" * 116, "table_first_rule", rows)

    def install():
        picks = g.r.sample(PKGS, g.c([1, 1, 2]))
        names = " ".join(p[0] for p in picks)
        y = g.r.random() < 0.7
        head(f"dnf install {'-y ' if y else ''}{names}", "install", str(["install"] + (["-y"] if y else []) + names.split()))
        repos(False)
        d("INFO", f"Last metadata expiration check: {(L.t - st['meta']) // dt.timedelta(hours=1)}:{(L.t - st['meta']).seconds // 60 % 60:02d}:{(L.t - st['meta']).seconds % 60:02d} ago on {pm(st['meta'])}.", "last_metadata_check")
        d("DDEBUG", f"timer: sack setup: {g.num(200, 1500)} ms", "timer_sack")
        if g.r.random() < 0.12:
            bad = g.c(["htop2", "netstat", "python-pip", "vim-enhancedd"])
            d("INFO", f"No match for argument: {bad}", "no_match")
            d("ERROR", f"Error: Unable to find a match: {bad}", "unable_to_find")
            tail()
            return
        d("DEBUG", "--> Starting dependency resolution", "starting_depsolve")
        for n, v, r, _, _ in picks:
            d("DEBUG", f"---> Package {n}.x86_64 {v.split(':')[-1]} will be installed", "package_will_be_installed")
        d("DEBUG", "--> Finished dependency resolution", "finished_depsolve")
        d("DDEBUG", f"timer: depsolve: {g.num(20, 400)} ms", "timer_depsolve")
        d("INFO", "Dependencies resolved.", "dependencies_resolved")
        table([("Installing", [(n, v, r, sz) for n, v, r, sz, _ in picks])], [f"Install  {len(picks)} Package{'s' if len(picks) > 1 else ''}"])
        d("INFO", f"Total download size: {picks[0][3]}", "total_download_size")
        d("INFO", f"Installed size: {picks[0][4]}", "installed_size")
        d("INFO", "Downloading Packages:", "downloading_packages")
        for n, v, r, sz, _ in picks:
            d("INFO", f"{n}-{v.split(':')[-1]}.x86_64.rpm{' ' * max(1, 40 - len(n) - len(v))}{g.num(100, 9000)} kB/s | {sz.replace(' k', ' kB').replace(' M', ' MB')}     00:00    ", "download_progress")
        d("INFO", "-" * 80, "dashes")
        d("INFO", f"Total{' ' * 43}{g.num(100, 9000)} kB/s | {picks[0][3].replace(' k', ' kB').replace(' M', ' MB')}     00:0{g.num(0, 9)}     ", "total_progress")
        commit([f"{n}-{v.split(':')[-1]}.x86_64" for n, v, _, _, _ in picks], "Installed")

    def commit(pk, word):
        d("DEBUG", "Using rpmkeys executable at /usr/bin/rpmkeys to verify signatures", "rpmkeys")
        d("INFO", "Running transaction check", "running_check")
        d("INFO", "Transaction check succeeded.", "check_succeeded")
        d("INFO", "Running transaction test", "running_test")
        d("INFO", "Transaction test succeeded.", "test_succeeded")
        d("DDEBUG", f"timer: transaction test: {g.num(50, 3000)} ms", "timer_transaction_test")
        d("INFO", "Running transaction", "running_transaction")
        d("DEBUG", "RPM transaction start.", "rpm_start")
        L.tick(20)
        d("DEBUG", "RPM transaction over.", "rpm_over")
        d("DDEBUG", f"timer: verify transaction: {g.num(20, 900)} ms", "timer_verify")
        d("DDEBUG", f"timer: transaction: {g.num(500, 90000)} ms", "timer_transaction")
        d("DEBUG", "Completion plugin: Generating completion cache...", "completion_cache")
        d("INFO", "Installed products updated.", "products_updated")
        rows = [(f"{word}:", "result_heading")]
        for k in range(0, len(pk), 2):
            rows.append(("  " + "".join(f"{x:<48}" for x in pk[k:k + 2]), "result_packages"))
        rows.append(("", "blank"))
        d("INFO", "", "result_head", rows)
        d("INFO", "Complete!", "complete")
        tail()

    def upgrade():
        y = g.r.random() < 0.8
        head(f"dnf upgrade{' -y' if y else ''}", "upgrade", str(["upgrade"] + (["-y"] if y else [])))
        repos(False)
        d("INFO", f"Last metadata expiration check: {(L.t - st['meta']) // dt.timedelta(hours=1)}:{(L.t - st['meta']).seconds // 60 % 60:02d}:{(L.t - st['meta']).seconds % 60:02d} ago on {pm(st['meta'])}.", "last_metadata_check")
        d("DDEBUG", f"timer: sack setup: {g.num(200, 1500)} ms", "timer_sack")
        ups = g.r.sample(UPD, g.num(0, 7))
        if not ups:
            d("INFO", "Dependencies resolved.", "dependencies_resolved")
            d("INFO", "Nothing to do.", "nothing_to_do")
            d("INFO", "Complete!", "complete")
            tail()
            return
        d("DEBUG", "--> Starting dependency resolution", "starting_depsolve")
        for n, v, r, _ in ups:
            d("DEBUG", f"---> Package {n}.x86_64 {v.split(':')[-1]} will be an upgrade", "package_will_be_upgrade")
        d("DEBUG", "--> Finished dependency resolution", "finished_depsolve")
        d("DDEBUG", f"timer: depsolve: {g.num(20, 900)} ms", "timer_depsolve")
        d("INFO", "Dependencies resolved.", "dependencies_resolved")
        kern = [u for u in ups if u[0] == "kernel"]
        groups = []
        if kern:
            groups.append(("Installing", kern))
        rest = [u for u in ups if u[0] != "kernel"]
        if rest:
            groups.append(("Upgrading", rest))
        summ = ([f"Install  {len(kern)} Package"] if kern else []) + ([f"Upgrade  {len(rest)} Package{'s' if len(rest) > 1 else ''}"] if rest else [])
        table(groups, summ)
        d("INFO", f"Total download size: {g.num(1, 200)} M", "total_download_size")
        d("INFO", "Downloading Packages:", "downloading_packages")
        for n, v, r, sz in ups:
            d("INFO", f"({ups.index((n, v, r, sz)) + 1}/{len(ups)}): {n}-{v.split(':')[-1]}.x86_64.rpm{' ' * max(1, 36 - len(n) - len(v))}{g.num(1, 90)} MB/s | {sz.replace(' k', ' kB').replace(' M', ' MB')}     00:0{g.num(0, 9)}    ", "download_progress_n")
        d("INFO", "-" * 80, "dashes")
        d("INFO", f"Total{' ' * 43}{g.num(1, 90)} MB/s | {g.num(1, 200)} MB     00:{g.num(1, 40):02d}     ", "total_progress")
        commit([f"{n}-{v.split(':')[-1]}.x86_64" for n, v, _, _ in ups], "Upgraded")
        if kern and g.r.random() < 0.5:
            L.tick(120)
            head("dnf needs-restarting -r", "needs-restarting", "['needs-restarting', '-r']")
            repos(False)
            d("INFO", "Core libraries or services have been updated since boot-up:", "needs_restarting_core",
              [("  * kernel", "needs_restarting_item"), ("  * systemd", "needs_restarting_item"), ("", "blank"),
               ("Reboot is required to fully utilize these updates.", "reboot_required"), ("More information: https://access.redhat.com/solutions/27943", "more_information")])
            tail()

    def remove():
        n, v, r, _, sz = g.c(PKGS)
        head(f"dnf remove -y {n}", "remove", str(["remove", "-y", n]))
        repos(False)
        d("DEBUG", "--> Starting dependency resolution", "starting_depsolve")
        d("DEBUG", f"---> Package {n}.x86_64 {v.split(':')[-1]} will be erased", "package_will_be_erased")
        d("DEBUG", "--> Finished dependency resolution", "finished_depsolve")
        d("INFO", "Dependencies resolved.", "dependencies_resolved")
        table([("Removing", [(n, v, "@" + r, sz)])], ["Remove  1 Package"])
        d("INFO", f"Freed space: {sz}", "freed_space")
        commit([f"{n}-{v.split(':')[-1]}.x86_64"], "Removed")

    def outage():
        st["epel_down"] = not st["epel_down"]
        makecache()

    def hourly():
        L.t += dt.timedelta(minutes=g.num(45, 75))
        makecache()

    ev = [(40, hourly), (1.5, install), (1, upgrade), (0.4, remove), (0.8, outage)]
    return L.run(ev, None)


# 15 --------------------------------------------------------------- a C++20 database engine's nightly build on a build box: cron runs `nightly.sh` (`set -x`; git reset, CMake with
#   the Ninja generator, `cmake --build`, `ctest --output-on-failure`) and appends its output to nightly.log: no time, no header; CMake's "-- " lines and
#   dev warnings, Ninja's "[n/m]" progress, gcc diagnostics with their source snippet and caret lines, a compile error, ctest results with GoogleTest output;
#   the level is the diagnostic's ("warning", "error")
@checked
def log_cmake(seed):
    L = Log("cmake_ninja_nightly", seed, None, True, False)
    g = L.g
    ROOT = "/srv/ci/engine"
    MODS = {"core": ["buffer", "varint", "crc32c", "arena", "status", "clock", "config"], "net": ["socket", "reactor", "tls_stream", "http_parser", "reconnect"],
            "storage": ["wal", "segment", "compaction", "bloom", "block_cache", "manifest"], "query": ["lexer", "parser", "planner", "executor", "expr"],
            "server": ["main", "session", "admin_api", "metrics"]}
    TESTS = ["core.buffer", "core.varint", "core.crc32c", "core.arena", "core.config", "net.socket", "net.reactor", "net.http_parser", "net.reconnect", "net.tls_stream",
             "storage.wal", "storage.wal_recovery", "storage.segment", "storage.compaction", "storage.bloom", "storage.block_cache", "query.lexer", "query.parser",
             "query.planner", "query.executor", "server.session", "server.admin_api"]
    COMMITS = ["net: retry on EAGAIN in Socket::send (#482)", "storage: faster bloom filter probing", "query: push down LIMIT through projections (#477)", "core: arena grows by 2x",
               "ci: pin GoogleTest to 1.14", "server: expose compaction stats on /metrics", "storage: fix WAL tail truncation after crash (#485)", "Merge pull request #490 from lina/planner-costs"]
    st = {"fresh": True, "broken": False}

    def x(cmd, ev="xtrace"):
        L.emit(f"+ {cmd}", ev)

    def o(text, ev, lv=None):
        L.emit(text, ev, lv)

    def objs():
        out = []
        for m, fs in MODS.items():
            for f in fs:
                out.append(("obj", m, f))
            out.append(("lib", m, None))
        out += [("cobj", "third_party", "sqlite3"), ("lib", "third_party", None), ("gen", "core", "version.h"), ("exe", "server", "engined"), ("exe", "tools", "engine-cli"),
                ("exe", "tools", "engine-bench")]
        out += [("obj", "tests", t.replace(".", "_") + "_test") for t in TESTS] + [("exe", "tests", t.replace(".", "_") + "_test") for t in TESTS]
        return out

    def progress(k, n, item):
        kind, m, f = item
        if kind == "obj":
            d = f"src/{m}" if m != "tests" else "tests"
            tgt = f"engine_{m}" if m != "tests" else f
            o(f"[{k}/{n}] Building CXX object {d}/CMakeFiles/{tgt}.dir/{f}.cpp.o", "ninja_building_cxx")
        elif kind == "cobj":
            o(f"[{k}/{n}] Building C object third_party/sqlite/CMakeFiles/sqlite3.dir/sqlite3.c.o", "ninja_building_c")
        elif kind == "lib":
            o(f"[{k}/{n}] Linking CXX static library {'src/' + m if m != 'third_party' else 'third_party/sqlite'}/lib{'engine_' + m if m != 'third_party' else 'sqlite3'}.a", "ninja_linking_lib")
        elif kind == "gen":
            o(f"[{k}/{n}] Generating generated/engine/version.h", "ninja_generating")
        else:
            o(f"[{k}/{n}] Linking CXX executable {m if m != 'tests' else 'tests'}/{f}", "ninja_linking_exe")

    def warning(m, f):
        p = f"{ROOT}/src/{m}/{f}.cpp"
        kind = g.c(["unused", "sign", "uninit", "include"])
        line = g.num(20, 900)
        col = g.num(5, 40)
        if kind == "unused":
            o(f"{p}: In member function ‘void engine::{m}::{f.title().replace('_', '')}::{g.c(['close', 'flush', 'reset', 'drain'])}()’:", "gcc_in_function", "warning")
            var = g.c(['rc', 'n', 'status', 'ok'])
            o(f"{p}:{line}:{col}: warning: unused variable ‘{var}’ [-Wunused-variable]", "gcc_warning", "warning")
            o(f"  {line} |     {g.c(['int', 'auto', 'ssize_t'])} {var} = {g.c(['::close(fd_)', 'flush_locked()', 'queue_.drain()'])};", "gcc_snippet", "warning")
            o(f"      |         ^~", "gcc_caret", "warning")
        elif kind == "sign":
            o(f"{p}: In function ‘{g.c(['size_t', 'bool', 'void'])} engine::{m}::{g.c(['encode', 'decode', 'scan', 'probe'])}(std::span<const unsigned char>)’:", "gcc_in_function", "warning")
            o(f"{p}:{line}:{col}: warning: comparison of integer expressions of different signedness: ‘int’ and ‘std::span<const unsigned char>::size_type’ {{aka ‘long unsigned int’}} [-Wsign-compare]", "gcc_warning", "warning")
            o(f"  {line} |     for (int i = 0; i < in.size(); ++i) {{", "gcc_snippet", "warning")
            o(f"      |                     ~~^~~~~~~~~~~", "gcc_caret", "warning")
        elif kind == "uninit":
            o(f"In member function ‘engine::Status engine::{m}::{f.title().replace('_', '')}::{g.c(['open', 'replay', 'load'])}(const std::string&)’,", "gcc_in_member_inlined", "warning")
            o(f"    inlined from ‘engine::Status engine::{m}::Manager::start()’ at {ROOT}/src/{m}/manager.cpp:{g.num(30, 200)}:{g.num(5, 30)}:", "gcc_inlined_from", "warning")
            o(f"{p}:{line}:{col}: warning: ‘{g.c(['offset', 'len', 'crc'])}’ may be used uninitialized [-Wmaybe-uninitialized]", "gcc_warning", "warning")
            o(f"  {line} |     return Status::ok(offset);", "gcc_snippet", "warning")
            o(f"      |            ~~~~~~~~~~^~~~~~~~", "gcc_caret", "warning")
        else:
            o(f"In file included from {ROOT}/include/engine/{m}/{f}.h:{g.num(3, 12)},", "gcc_included_from", "warning")
            o(f"                 from {p}:{g.num(1, 9)}:", "gcc_included_from_more", "warning")
            o(f"{ROOT}/include/engine/core/status.h:{line}:{col}: warning: ‘nodiscard’ attribute ignored [-Wattributes]", "gcc_warning", "warning")
            o(f"  {line} |   [[nodiscard]] friend bool operator==(const Status&, const Status&) = default;", "gcc_snippet", "warning")
            o(f"      |     ^~~~~~~~~", "gcc_caret", "warning")

    def error():
        p = f"{ROOT}/src/storage/wal.cpp"
        obj = "src/storage/CMakeFiles/engine_storage.dir/wal.cpp.o"
        o(f"FAILED: {obj} ", "ninja_failed")
        o(f"/usr/bin/c++ -DENGINE_VERSION=\\\"0.9.{g.num(1, 9)}\\\" -I{ROOT}/include -I{ROOT}/build/generated -O2 -g -DNDEBUG -std=gnu++20 -Wall -Wextra -MD -MT {obj} -MF {obj}.d -o {obj} -c {p}", "compiler_command")
        o(f"{p}: In member function ‘std::size_t engine::storage::Wal::bytes_pending() const’:", "gcc_in_function", "error")
        o(f"{p}:88:22: error: ‘const struct engine::storage::Segment’ has no member named ‘bytes_written’; did you mean ‘bytes_written_’?", "gcc_error", "error")
        o("   88 |     total += segment.bytes_written;", "gcc_snippet", "error")
        o("      |                      ^~~~~~~~~~~~~", "gcc_caret", "error")
        o("      |                      bytes_written_", "gcc_fixit", "error")
        o("ninja: build stopped: subcommand failed.", "ninja_stopped")

    def configure():
        x(f"cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENGINE_BUILD_TESTS=ON")
        if st["fresh"]:
            for lang in ["C", "CXX"]:
                o(f"-- The {lang} compiler identification is GNU 13.3.0", "cm_compiler_id")
            for lang in ["C", "CXX"]:
                o(f"-- Detecting {lang} compiler ABI info", "cm_detecting_abi")
                o(f"-- Detecting {lang} compiler ABI info - done", "cm_detecting_abi_done")
                o(f"-- Check for working {lang} compiler: /usr/bin/{'cc' if lang == 'C' else 'c++'} - skipped", "cm_check_working")
                o(f"-- Detecting {lang} compile features", "cm_detecting_features")
                o(f"-- Detecting {lang} compile features - done", "cm_detecting_features_done")
            o('-- Found PkgConfig: /usr/bin/pkg-config (found version "1.8.1")', "cm_found")
            o("-- Checking for module 'libzstd'", "cm_checking_module")
            o("--   Found libzstd, version 1.5.5", "cm_found_module")
            o('-- Found ZLIB: /usr/lib/x86_64-linux-gnu/libz.so (found version "1.3")', "cm_found")
            o('-- Found OpenSSL: /usr/lib/x86_64-linux-gnu/libcrypto.so (found version "3.0.13")', "cm_found")
            for t in ["HAVE_ATOMIC_64", "HAVE_BUILTIN_CLZ", "HAVE_CRC32C_SSE42"]:
                o(f"-- Performing Test {t}", "cm_performing_test")
                o(f"-- Performing Test {t} - Success", "cm_performing_test_result")
            o("-- Looking for pthread.h", "cm_looking_for")
            o("-- Looking for pthread.h - found", "cm_looking_for_found")
            o("-- Performing Test CMAKE_HAVE_LIBC_PTHREAD", "cm_performing_test")
            o("-- Performing Test CMAKE_HAVE_LIBC_PTHREAD - Success", "cm_performing_test_result")
            o("-- Found Threads: TRUE", "cm_found")
            o("CMake Warning (dev) at CMakeLists.txt:57 (find_package):", "cm_warning_dev", "warning")
            o("  Policy CMP0167 is not set: The FindBoost module is removed.  Run \"cmake", "cm_warning_text", "warning")
            o("  --help-policy CMP0167\" for policy details.  Use the cmake_policy command to", "cm_warning_text", "warning")
            o("  set the policy and suppress this warning.", "cm_warning_text", "warning")
            o("", "blank", "warning")
            o("This warning is for project developers.  Use -Wno-dev to suppress it.", "cm_warning_dev_footer", "warning")
            o("", "blank")
            o('-- Found Boost: /usr/lib/x86_64-linux-gnu/cmake/Boost-1.83.0/BoostConfig.cmake (found suitable version "1.83.0", minimum required is "1.74") found components: system program_options', "cm_found")
            o('-- Found GTest: /usr/lib/x86_64-linux-gnu/cmake/GTest/GTestConfig.cmake (found version "1.14.0")', "cm_found")
        o(f"-- Configuring done ({g.f(0.1, 3.5, 1)}s)", "cm_configuring_done")
        o(f"-- Generating done ({g.f(0.0, 0.4, 1)}s)", "cm_generating_done")
        o(f"-- Build files have been written to: {ROOT}/build", "cm_written_to")

    def build():
        x("cmake --build build -j 16")
        all_ = objs()
        if st["fresh"]:
            items = all_
        else:
            changed = g.r.sample(all_[:40], g.num(1, 8))
            items = changed + [i for i in all_ if i[0] in ("lib", "exe") and g.r.random() < 0.4]
        n = len(items)
        if n == 0:
            o("ninja: no work to do.", "ninja_no_work")
            return True
        fail_at = g.num(1, n) if st["broken"] else None
        for k, it in enumerate(items, 1):
            if fail_at and k == fail_at:
                o(f"[{k}/{n}] Building CXX object src/storage/CMakeFiles/engine_storage.dir/wal.cpp.o", "ninja_building_cxx")
                error()
                return False
            progress(k, n, it)
            if it[0] == "obj" and it[1] != "tests" and g.r.random() < 0.07:
                warning(it[1], it[2])
        return True

    def gtest(name, fails):
        suite = "".join(p.title() for p in name.split(".")[1].split("_"))
        cases = g.r.sample(["Roundtrip", "EmptyInput", "LargeInput", "BackoffDoubles", "GivesUpAfterMax", "RecoversTail", "HandlesEagain", "RejectsGarbage"], g.num(3, 6))
        bad = cases[g.num(0, len(cases) - 1)]
        rows = [("Running main() from ./googletest/src/gtest_main.cc", "gt_running_main"), (f"[==========] Running {len(cases)} tests from 1 test suite.", "gt_running_n"),
                ("[----------] Global test environment set-up.", "gt_setup"), (f"[----------] {len(cases)} tests from {suite}", "gt_suite_start")]
        tot = 0
        for c in cases:
            ms = g.num(0, 900)
            tot += ms
            rows.append((f"[ RUN      ] {suite}.{c}", "gt_run"))
            if c == bad:
                rows += [(f"{ROOT}/tests/{name.replace('.', '/')}_test.cpp:{g.num(20, 300)}: Failure", "gt_failure"), ("Expected equality of these values:", "gt_expected_eq"),
                         (f"  {g.c(['attempts', 'recovered.size()', 'status.code()'])}", "gt_value_expr"), (f"    Which is: {g.num(0, 9)}", "gt_which_is"), (f"  {g.num(0, 9)}", "gt_value_expr"),
                         (f"[  FAILED  ] {suite}.{c} ({ms} ms)", "gt_failed_case")]
            else:
                rows.append((f"[       OK ] {suite}.{c} ({ms} ms)", "gt_ok"))
        rows += [(f"[----------] {len(cases)} tests from {suite} ({tot} ms total)", "gt_suite_end"), ("", "blank"), ("[----------] Global test environment tear-down", "gt_teardown"),
                 (f"[==========] {len(cases)} tests from 1 test suite ran. ({tot} ms total)", "gt_ran"), (f"[  PASSED  ] {len(cases) - 1} tests.", "gt_passed"),
                 ("[  FAILED  ] 1 test, listed below:", "gt_failed_listed"), (f"[  FAILED  ] {suite}.{bad}", "gt_failed_item"), ("", "blank"), (" 1 FAILED TEST", "gt_n_failed"), ("", "blank")]
        for t, e in rows:
            o(t, e)

    def test():
        x("ctest --test-dir build --output-on-failure -j 8")
        o(f"Internal ctest changing into directory: {ROOT}/build", "ct_changing_dir")
        o(f"Test project {ROOT}/build", "ct_test_project")
        order = list(range(1, len(TESTS) + 1))
        g.r.shuffle(order)
        failed = []
        started = 0
        for k, i in enumerate(order, 1):
            while started < min(len(TESTS), k + 1):
                started += 1
                o(f"      Start {order[started - 1]:>2}: {TESTS[order[started - 1] - 1]}", "ct_start")
            name = TESTS[i - 1]
            res = "Passed"
            if name in ("net.reconnect", "storage.wal_recovery") and g.r.random() < 0.25:
                res = g.c(["***Failed", "***Failed", "***Timeout"])
                failed.append((i, name, "Failed" if "Failed" in res else "Timeout"))
            dots = "." * max(3, 32 - len(name))
            secs = g.r.uniform(0.01, 3) if res != "***Timeout" else 60.0
            o(f"{k:>2}/{len(TESTS)} Test {'#' + str(i):>3}: {name} {dots}{'   ' if res == 'Passed' else ''}{res}  {secs:>6.2f} sec", "ct_result")
            if res == "***Failed":
                gtest(name, True)
        o("", "blank")
        pct = 100 * (len(TESTS) - len(failed)) // len(TESTS)
        o(f"{pct}% tests passed, {len(failed)} tests failed out of {len(TESTS)}", "ct_summary")
        o("", "blank")
        o(f"Total Test time (real) = {g.r.uniform(3, 70):7.2f} sec", "ct_total_time")
        if failed:
            o("", "blank")
            o("The following tests FAILED:", "ct_following_failed")
            for i, name, why in failed:
                o(f"\t{i:>3} - {name} ({why})", "ct_failed_item")
            o("Errors while running CTest", "ct_errors")
        return not failed

    def night():
        x("cd /srv/ci/engine")
        x("date -u")
        o(f"{L.t:%a %b} {L.t.day:>2} {L.t:%H:%M:%S} UTC {L.t.year}", "date_output")
        x("git fetch --quiet origin")
        x("git reset --hard origin/main")
        o(f"HEAD is now at {g.hx(7)} {g.c(COMMITS)}", "git_head_now")
        if L.t.weekday() == 6 or st["fresh"]:
            x("rm -rf build")
            st["fresh"] = True
        st["broken"] = g.r.random() < 0.12
        configure()
        ok = build()
        if not ok:
            x("echo 'BUILD FAILED'")
            o("BUILD FAILED", "build_failed_echo")
        else:
            tok = test()
            x(f"echo '{'NIGHTLY OK' if tok else 'TESTS FAILED'}'")
            o("NIGHTLY OK" if tok else "TESTS FAILED", "result_echo")
        st["fresh"] = False
        L.t += dt.timedelta(days=1)

    L.t = L.t.replace(hour=2, minute=0, second=1)
    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 16 --------------------------------------------------------------- IntelliJ IDEA 2024.3 Ultimate on a developer's Ubuntu laptop, ~/.cache/JetBrains/IntelliJIdea2024.3/log/idea.log:
#   "yyyy-mm-dd hh:mm:ss,SSS [ms since start] LEVEL - #abbreviated.Category - message"; the start-up facts, project opening and indexing, Gradle sync,
#   builds, EDT grab warnings, UI freezes, low-memory signals, SEVERE records with their exception, frames and the IDE's trailer records; restarts
@checked
def log_idea(seed):
    L = Log("intellij_idea_log", seed, "full", True, True)
    g = L.g
    BUILD = "IU-243.22562.218"
    PROJECTS = [("shop-backend", "/home/lena/src/shop-backend"), ("billing-service", "/home/lena/src/billing-service"), ("infra-scripts", "/home/lena/src/infra-scripts")]
    st = {"start": L.t, "pid": g.num(2000, 90000), "proj": None}

    def ij(lv, cat, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        rel = int((L.t - st["start"]).total_seconds() * 1000)
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S},{ms3(L.t)} [{rel:>7}] {lv:>6} - {cat} - {msg}", ev, lv, cat)
        for text, cev in cont:
            L.emit(text, cev, lv, cat)

    def startup():
        st["start"] = L.t - dt.timedelta(milliseconds=g.num(200, 600))
        st["pid"] = g.num(2000, 90000)
        S = "#c.i.i.StartupUtil"
        ij("INFO", S, "------------------------------------------------------ IDE STARTED ------------------------------------------------------", "ide_started")
        ij("INFO", S, "JNU charset: UTF-8", "jnu_charset")
        ij("INFO", S, f"IDE: IntelliJ IDEA (build #{BUILD}, 20 Nov 2026 10:41)", "ide_build")
        ij("INFO", S, "OS: Linux (6.8.0-49-generic)", "os")
        ij("INFO", S, "JRE: 21.0.5+8-b631.28 (JetBrains s.r.o.)", "jre")
        ij("INFO", S, "JVM: 21.0.5+8-b631.28 (OpenJDK 64-Bit Server VM)", "jvm")
        ij("INFO", S, f"PID: {st['pid']}", "pid")
        ij("INFO", S, "JVM options: [exe=/opt/idea-IU/bin/idea, -Xms128m, -Xmx4096m, -XX:ReservedCodeCacheSize=512m, -XX:+UseG1GC, -XX:SoftRefLRUPolicyMSPerMB=50, "
                      "-XX:CICompilerCount=2, -XX:+HeapDumpOnOutOfMemoryError, -XX:-OmitStackTraceInFastThrow, -XX:+IgnoreUnrecognizedVMOptions, -ea, -Dsun.io.useCanonCaches=false, "
                      "-Djdk.http.auth.tunneling.disabledSchemes=\"\", -Djdk.attach.allowAttachSelf=true, -Dkotlinx.coroutines.debug=off, -Djb.vmOptionsFile=/home/lena/.config/JetBrains/IntelliJIdea2024.3/idea64.vmoptions]", "jvm_options")
        ij("INFO", S, "args: ", "args")
        ij("INFO", S, "library path: /opt/idea-IU/jbr/lib:/opt/idea-IU/lib", "library_path")
        ij("INFO", S, "boot library path: /opt/idea-IU/jbr/lib", "boot_library_path")
        ij("INFO", S, "locale=en_US JNU=UTF-8 file.encoding=UTF-8", "locale")
        ij("INFO", S, "CPU cores: 16; ForkJoinPool.commonPool: java.util.concurrent.ForkJoinPool@" + g.hx(8) + "[Running, parallelism = 15, size = 0, active = 0, running = 0, steals = 0, tasks = 0, submissions = 0]; factory: com.intellij.concurrency.IdeaForkJoinWorkerThreadFactory@" + g.hx(8), "cpu_cores")
        L.tick(1)
        ij("INFO", "#c.i.i.p.PluginManager", "Loaded bundled plugins: Android (243.22562.218), Ant (243.22562.218), Bytecode Viewer (243.22562.218), Copyright (243.22562.218), Database Tools and SQL (243.22562.218), "
                                           "Docker (243.22562.218), Git (243.22562.218), Gradle (243.22562.218), Groovy (243.22562.218), HTTP Client (243.22562.218), Java (243.22562.218), JavaScript and TypeScript (243.22562.218), "
                                           "Kotlin (243.22562.218-IJ), Markdown (243.22562.218), Maven (243.22562.218), Properties (243.22562.218), Shell Script (243.22562.218), Spring (243.22562.218), YAML (243.22562.218)", "loaded_bundled")
        ij("INFO", "#c.i.i.p.PluginManager", "Loaded custom plugins: Rainbow Brackets (2024.2.9-241), .ignore (4.5.5), Key Promoter X (2024.2.1), GitToolBox (243.2.0)", "loaded_custom")
        ij("INFO", "#c.i.u.n.s.CertificateManager", "Default SSL context initialized", "ssl_context")
        ij("INFO", "#o.j.i.BuiltInServerManager", "built-in server started, port 63342", "builtin_server")
        L.tick(2)
        open_project()

    def open_project():
        name, path = g.c(PROJECTS)
        st["proj"] = name
        ij("INFO", "#c.i.o.p.i.ProjectManagerImpl", f"Opening project {name} at {path}", "opening_project")
        ij("INFO", "#c.i.u.i.UnindexedFilesScanner", f"Started scanning for indexing of {name}. Reason: On project open", "scan_started")
        L.tick(4)
        ij("INFO", "#c.i.u.i.UnindexedFilesScanner", f"Performing delayed pushing properties tasks for {name} took {g.num(2, 90)}ms; general responsiveness: ok; EDT responsiveness: ok", "delayed_pushing")
        ij("INFO", "#c.i.u.i.UnindexedFilesScanner", f"Scanning completed for {name}. Number of scanned files: {g.num(20000, 300000)}; number of files for indexing: {g.num(0, 9000)} took {g.num(500, 20000)}ms; "
                                                     f"general responsiveness: ok; EDT responsiveness: ok", "scan_completed")
        L.tick(5)
        ij("INFO", "#c.i.u.i.UnindexedFilesIndexer", f"Finished for {name}. Unindexed files update took {g.num(100, 30000)}ms; general responsiveness: ok; EDT responsiveness: ok", "indexing_finished")
        if name != "infra-scripts":
            L.tick(5)
            ij("INFO", "#c.i.o.e.s.s.ExternalSystemUtil", f"External project [{path}] resolution task executed in {g.num(3000, 90000)} ms.", "external_resolution")
            ij("INFO", "#c.i.o.e.s.s.ExternalSystemUtil", f"External data graph for [{path}] was imported in {g.num(100, 9000)} ms.", "external_imported")

    def grab():
        act = g.c([("ProjectViewPopupMenu#update@ProjectViewPopup", "com.intellij.ide.actions.NewGroup"), ("ExecutorAction#update@MainToolbar", "com.intellij.execution.ExecutorRegistryImpl$ExecutorAction"),
                   ("EditorPopupMenu#update@EditorPopup", "com.intellij.codeInsight.intention.actions.ShowIntentionActionsAction"),
                   ("RunConfiguration#update@MainToolbar", "com.intellij.execution.actions.RunConfigurationsComboBoxAction"),
                   ("VcsToolbarActions#update@MainToolbar", "git4idea.actions.GitPushAction")])
        if g.r.random() < 0.6:
            ij("WARN", "#c.i.o.a.i.ActionUpdater", f"{g.num(300, 4000)} ms to grab EDT for {act[0]} ({act[1]})", "grab_edt")
        else:
            ij("WARN", "#c.i.o.a.i.ActionUpdater", f"{g.num(300, 4000)} ms to call on EDT {act[0]} ({act[1]})", "call_on_edt")

    def freeze():
        ms = g.num(5000, 40000)
        ij("INFO", "#c.i.d.PerformanceWatcherImpl", f"UI was frozen for {ms}ms, details saved to /home/lena/.cache/JetBrains/IntelliJIdea2024.3/log/threadDumps-freeze-{L.t:%Y%m%d-%H%M%S}-{BUILD}-{g.c(['DataContext', 'ChangeListManagerImpl', 'JpsCompiler', ''])}-{ms // 1000}s",
           "ui_frozen")

    def lowmem():
        ij("INFO", "#c.i.o.u.LowMemoryWatcherManager", f"Low memory signal received: afterGc={g.c(['true', 'false'])}", "low_memory")

    def build():
        ij("INFO", "#c.i.c.s.BuildManager", "COMPILATION STARTED (BUILD PROCESS)", "compilation_started")
        ij("INFO", "#c.i.c.s.BuildManager", f"BUILDER_PROCESS [stdout]: Build process started. Classpath: /opt/idea-IU/plugins/java/lib/jps-launcher.jar", "builder_stdout")
        L.tick(20)
        err = g.c([0, 0, 0, 0, 1, 3])
        ij("INFO", "#c.i.c.s.BuildManager", f"COMPILATION FINISHED (BUILD PROCESS); Errors: {err}; warnings: {g.num(0, 40)} took {(ms := g.num(2000, 90000))} ms: {ms // 60000} min {ms // 1000 % 60}sec", "compilation_finished")

    def severe():
        r = g.r.random()
        if r < 0.6:
            msg = "Slow operations are prohibited on EDT. See SlowOperations.assertSlowOperationsAreAllowed javadoc."
            cont = [(f"java.lang.Throwable: {msg}", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
                ("com.intellij.openapi.diagnostic.Logger.error", "Logger.java"), ("com.intellij.util.SlowOperations.logError", "SlowOperations.java"),
                ("com.intellij.util.SlowOperations.assertSlowOperationsAreAllowed", "SlowOperations.java"),
                ("com.intellij.workspaceModel.ide.impl.legacyBridge.module.roots.ModuleRootComponentBridge.getFileIndex", "ModuleRootComponentBridge.kt"),
                ("com.github.izhangzhihao.rainbow.brackets.RainbowHighlighter.isEnabled", "RainbowHighlighter.kt"),
                ("com.intellij.openapi.actionSystem.impl.ActionUpdater.updateActionReal", "ActionUpdater.kt"),
                ("com.intellij.openapi.application.impl.ApplicationImpl.runIntendedWriteActionOnCurrentThread", "ApplicationImpl.java"),
                ("java.base/java.awt.EventDispatchThread.run", "EventDispatchThread.java")])]
            plug = "Rainbow Brackets version: 2024.2.9-241"
            cat = "#c.i.u.SlowOperations"
        else:
            msg = "Cannot invoke \"com.intellij.openapi.editor.Editor.getDocument()\" because \"editor\" is null"
            cont = [(f"java.lang.NullPointerException: {msg}", "exception_line")] + [(x, "java_frame") for x in java_frames(g, [
                ("zielu.gittoolbox.blame.BlameAnnotationDocumentListener.documentChanged", "BlameAnnotationDocumentListener.java"),
                ("com.intellij.openapi.editor.impl.DocumentImpl.changedUpdate", "DocumentImpl.java"),
                ("com.intellij.openapi.editor.impl.DocumentImpl.updateText", "DocumentImpl.java"),
                ("com.intellij.openapi.command.impl.CoreCommandProcessor.executeCommand", "CoreCommandProcessor.java"),
                ("java.base/java.awt.EventDispatchThread.run", "EventDispatchThread.java")])]
            plug = "GitToolBox version: 243.2.0"
            cat = "#c.i.o.e.i.DocumentImpl"
        ij("SEVERE", cat, msg, "severe_message", cont)
        ij("SEVERE", cat, f"IntelliJ IDEA 2024.3.1.1  Build #{BUILD}", "severe_trailer_build")
        ij("SEVERE", cat, "JDK: 21.0.5; VM: OpenJDK 64-Bit Server VM; Vendor: JetBrains s.r.o.", "severe_trailer_jdk")
        ij("SEVERE", cat, "OS: Linux", "severe_trailer_os")
        ij("SEVERE", cat, f"Plugin to blame: {plug}", "severe_trailer_plugin")
        ij("SEVERE", cat, f"Last Action: {g.c(['EditorPaste', 'EditorBackSpace', 'Git.Pull', 'ReformatCode', 'SaveAll', 'EditorEnter'])}", "severe_trailer_last_action")

    def save():
        ij("INFO", "#c.i.c.ComponentStoreImpl", f"Saving Project(name={st['proj']}, containerState=COMPONENT_CREATED, componentStore={dict(PROJECTS)[st['proj']]}){g.c(['RunManager', 'ProjectLevelVcsManager', 'ChangeListManager', 'FileEditorManager'])} took {g.num(10, 300)} ms", "saving_component")

    def jps():
        ij("INFO", "#c.i.w.i.i.j.s.JpsGlobalModelSynchronizerImpl", f"Saving global entities com.intellij.platform.workspace.jps.entities.{g.c(['SdkEntity', 'LibraryEntity'])} to files", "saving_global_entities")

    def switch():
        ij("INFO", "#c.i.o.p.i.ProjectManagerImpl", f"Closing project {st['proj']}", "closing_project")
        open_project()

    def restart():
        ij("INFO", "#c.i.o.a.i.ApplicationImpl", f"Application exit; force=false; restart={g.c(['false', 'true'])}", "application_exit")
        ij("INFO", "#c.i.i.StartupUtil", "------------------------------------------------------ IDE SHUTDOWN ------------------------------------------------------", "ide_shutdown")
        L.tick(600)
        startup()

    startup()
    ev = [(30, grab), (5, freeze), (4, lowmem), (10, build), (3, severe), (8, save), (5, jps), (0.8, switch), (0.35, restart)]
    return L.run(slowed(L, ev, 90), None)


# 17 --------------------------------------------------------------- OBS Studio 30.2 on a streamer's Ubuntu 24.04 desktop (Wayland, PipeWire), ~/.config/obs-studio/logs/2026-12-01 18-02-11.txt:
#   one evening's session, every line "hh:mm:ss.mmm: message" (time of day only, no level); the start-up report with tab-indented settings under
#   their headings, module and scene lists, then scene switches, audio buffering, obs-websocket clients of a stream deck, a stream with a reconnect,
#   recordings and replay buffer saves, encoder settings blocks, media source settings, browser source errors
@checked
def log_obs(seed):
    L = Log("obs_studio_log", seed, "tod", False, False, start=dt.datetime(2026, 12, 1, 18, 2, 11, tzinfo=UTC))
    g = L.g
    SCENES = {"Starting Soon": [("Background", "image_source", []), ("Countdown", "text_ft2_source_v2", []), ("Music", "ffmpeg_source", [])],
              "Gaming": [("Game Capture", "pipewire-screen-capture-source", []), ("Webcam", "v4l2_input", [("Chroma Key", "chroma_key_filter_v2"), ("Crop/Pad", "crop_filter")]),
                         ("Alerts", "browser_source", []), ("Chat", "browser_source", [])],
              "Just Chatting": [("Webcam", "v4l2_input", [("Chroma Key", "chroma_key_filter_v2")]), ("Background Loop", "ffmpeg_source", []), ("Chat", "browser_source", [])],
              "BRB": [("BRB Card", "image_source", []), ("Music", "ffmpeg_source", [])], "Ending": [("Credits", "text_ft2_source_v2", []), ("Background", "image_source", [])]}
    st = {"scene": "Starting Soon", "ws": {}, "stream": False, "rec": False, "frames": 0}

    def ob(text, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 40))
        L.emit(f"{L.t:%H:%M:%S}.{ms3(L.t)}: {text}", ev)

    def rule33():
        ob("---------------------------------", "rule33")

    def rule48():
        ob("------------------------------------------------", "rule48")

    def startup():
        ob("Platform: Wayland", "platform")
        ob("CPU Name: AMD Ryzen 7 5800X 8-Core Processor", "cpu_name")
        ob("CPU Speed: 3800.000MHz", "cpu_speed")
        ob("Physical Cores: 8, Logical Cores: 16", "cores")
        ob(f"Physical Memory: 31944MB Total, {g.num(18000, 26000)}MB Free", "memory")
        ob("Kernel Version: Linux 6.8.0-49-generic", "kernel")
        ob("Distribution: \"Ubuntu\" \"24.04\"", "distribution")
        ob("Desktop Environment: GNOME (ubuntu:GNOME)", "desktop_env")
        ob("Session Type: wayland", "session_type")
        ob("Qt Version: 6.4.2 (runtime), 6.4.2 (compiled)", "qt_version")
        ob("Portable mode: false", "portable_mode")
        ob("OBS 30.2.3 (linux)", "obs_version")
        rule33()
        rule33()
        ob("audio settings reset:", "audio_reset")
        ob("\tsamples per sec: 48000", "audio_samples")
        ob("\tspeakers:        2", "audio_speakers")
        ob("\tmax buffering:   960 milliseconds", "audio_max_buffering")
        ob("\tbuffering type:  dynamically increasing", "audio_buffering_type")
        rule33()
        ob("Initializing OpenGL...", "init_opengl")
        ob("Loading up OpenGL on adapter AMD AMD Radeon RX 6700 XT (radeonsi, navi22, LLVM 17.0.6, DRM 3.57, 6.8.0-49-generic)", "opengl_adapter")
        ob("OpenGL loaded successfully, version 4.6 (Core Profile) Mesa 24.0.9-0ubuntu0.2, shading language 4.60", "opengl_loaded")
        rule33()
        ob("video settings reset:", "video_reset")
        ob("\tbase resolution:   2560x1440", "video_base")
        ob("\toutput resolution: 1920x1080", "video_output")
        ob("\tdownscale filter:  Bicubic", "video_downscale")
        ob("\tfps:               60/1", "video_fps")
        ob("\tformat:            NV12", "video_format")
        ob("\tYUV mode:          Rec. 709/Partial", "video_yuv")
        ob("NV12 texture support not available", "nv12_not_available")
        ob("P010 texture support not available", "p010_not_available")
        ob("Audio monitoring device:", "monitoring_device")
        ob("\tname: Default", "monitoring_name")
        ob("\tid: default", "monitoring_id")
        rule33()
        for m in ["decklink-captions.so", "decklink-output-ui.so", "frontend-tools.so"]:
            ob(f"Failed to load 'en-US' text for module: '{m}'", "failed_text")
        ob("A DeckLink iterator could not be created.  The DeckLink drivers may not be installed", "decklink")
        ob("[pipewire] Available captures:", "pw_available")
        ob("[pipewire]     - Desktop capture", "pw_capture")
        ob("[pipewire]     - Window capture", "pw_capture")
        ob("VAAPI: API version 1.20", "vaapi_version")
        ob("FFmpeg VAAPI H264 encoding supported", "vaapi_supported")
        ob("FFmpeg VAAPI HEVC encoding supported", "vaapi_supported")
        ob("[obs-websocket] [obs_module_load] you can haz websockets (Version: 5.5.4 | RPC Version: 1)", "ws_haz")
        ob("[obs-websocket] [obs_module_load] Qt version (compile-time): 6.4.2 | Qt version (run-time): 6.4.2", "ws_qt")
        ob("[obs-websocket] [obs_module_load] Linked ASIO Version: 103200", "ws_asio")
        ob("[obs-websocket] [obs_module_load] Module loaded.", "ws_loaded")
        ob("[obs-browser]: Version 2.23.5", "browser_version")
        ob("[obs-browser]: CEF Version 103.0.5060.134 (runtime), 103.0.0-5060-shared-textures.2630+g7c9d1ea+chromium-103.0.5060.134 (compiled)", "cef_version")
        rule33()
        ob("  Loaded Modules:", "loaded_modules")
        for m in ["text-freetype2.so", "rtmp-services.so", "obs-x264.so", "obs-websocket.so", "obs-webrtc.so", "obs-vst.so", "obs-transitions.so", "obs-qsv11.so", "obs-outputs.so",
                  "obs-libfdk.so", "obs-filters.so", "obs-ffmpeg.so", "obs-browser.so", "linux-v4l2.so", "linux-pulseaudio.so", "linux-pipewire.so", "linux-capture.so",
                  "linux-alsa.so", "image-source.so", "frontend-tools.so", "decklink.so", "decklink-output-ui.so", "decklink-captions.so"]:
            ob(f"    {m}", "module_row")
        rule33()
        ob("==== Startup complete ===============================================", "startup_complete")
        ob("All scene data cleared", "scene_data_cleared")
        rule48()
        for dev, name in [("alsa_output.pci-0000_0c_00.4.analog-stereo.monitor", "Desktop Audio"), ("alsa_input.usb-Blue_Microphones_Yeti_Stereo_Microphone_REV8-00.analog-stereo", "Mic/Aux")]:
            ob("pulse-input: Server name: 'PulseAudio (on PipeWire 1.0.5) 15.0.0'", "pulse_server")
            ob("pulse-input: Audio format: s32le, 48000 Hz, 2 channels", "pulse_format")
            ob(f"pulse-input: Started recording from '{dev}' (default)", "pulse_started")
            ob(f"[Loaded global audio device]: '{name}'", "global_audio")
            if name == "Mic/Aux":
                ob("    - filter: 'Noise Suppression' (noise_suppress_filter_v2)", "filter_line")
                ob("    - filter: 'Compressor' (compressor_filter)", "filter_line")
        v4l2()
        ob(f"Switched to scene '{st['scene']}'", "switched_scene")
        rule48()
        ob("Loaded scenes:", "loaded_scenes")
        for sc, items in SCENES.items():
            ob(f"- scene '{sc}':", "scene_row")
            for name, kind, filters in items:
                ob(f"    - source: '{name}' ({kind})", "source_row")
                for fn, fk in filters:
                    ob(f"        - filter: '{fn}' ({fk})", "filter_line")
        rule48()

    def v4l2():
        ob("v4l2-input: Start capture from /dev/video0", "v4l2_start")
        ob("v4l2-input: Input: 0", "v4l2_input")
        ob("v4l2-input: Resolution: 1920x1080", "v4l2_resolution")
        ob("v4l2-input: Pixelformat: MJPG", "v4l2_pixelformat")
        ob("v4l2-input: Linesize: 0 Bytes", "v4l2_linesize")
        ob("v4l2-input: Framerate: 30.00 fps", "v4l2_framerate")

    def switch():
        st["scene"] = g.c([s for s in SCENES if s != st["scene"]] + ["Gaming", "Gaming", "Just Chatting"])
        ob(f"User switched to scene '{st['scene']}'", "user_switched_scene")

    def buffering():
        a = g.c([21, 21, 42, 64, 85])
        ob(f"adding {a} milliseconds of audio buffering, total audio buffering is now {g.c([42, 64, 85, 106, 128, 170])} milliseconds (source: {g.c(['Desktop Audio', 'Mic/Aux', 'Music', 'Alerts'])})", "audio_buffering")

    def ws():
        if st["ws"] and g.r.random() < 0.5:
            port = g.c(list(st["ws"]))
            del st["ws"][port]
            ob(f"[obs-websocket] [WebSocketServer::onClose] WebSocket client `[::ffff:127.0.0.1]:{port}` has disconnected with code `{g.c([1000, 1001, 1006])}` and reason: ", "ws_close")
            return
        port = g.port()
        st["ws"][port] = 1
        ob(f"[obs-websocket] [WebSocketServer::onOpen] New WebSocket client has connected from [::ffff:127.0.0.1]:{port}", "ws_open")

    def encoder_block(name, bitrate):
        ob(f"[x264 encoder: '{name}'] preset: veryfast", "x264_preset")
        ob(f"[x264 encoder: '{name}'] settings:", "x264_settings")
        ob(f"\trate_control: CBR", "x264_rate_control")
        ob(f"\tbitrate:      {bitrate}", "x264_bitrate")
        ob(f"\tbuffer size:  {bitrate}", "x264_buffer_size")
        ob(f"\tcrf:          23", "x264_crf")
        ob(f"\tfps_num:      60", "x264_fps_num")
        ob(f"\tfps_den:      1", "x264_fps_den")
        ob(f"\twidth:        1920", "x264_width")
        ob(f"\theight:       1080", "x264_height")
        ob(f"\tkeyint:       120", "x264_keyint")
        ob("", "x264_blank")

    def output_stats(out):
        n = g.num(10000, 900000)
        ob(f"Output '{out}': stopping", "output_stopping")
        ob(f"Output '{out}': Total frames output: {n}", "output_total_frames")
        ob(f"Output '{out}': Total drawn frames: {n + g.num(0, 90)} ({n + g.num(90, 200)} attempted)", "output_drawn_frames")
        ob(f"Output '{out}': Number of lagged frames due to rendering lag/stalls: {g.num(0, 90)} (0.{g.num(0, 9)}%)", "output_lagged")
        return n

    def stream():
        url = "rtmp://live-fra05.twitch.tv/app"
        if not st["stream"]:
            ob(f"[rtmp stream: 'adv_stream'] Connecting to RTMP URL {url}...", "rtmp_connecting")
            ob(f"[rtmp stream: 'adv_stream'] Connection to {url} successful", "rtmp_connected")
            ob("==== Streaming Start ===============================================", "streaming_start")
            encoder_block("streaming_h264", 6000)
            ob("[FFmpeg aac encoder: 'adv_stream_aac'] bitrate: 160, channels: 2, channel_layout: stereo, track: 1", "aac_settings")
            st["stream"] = True
            return
        if g.r.random() < 0.35:
            ob(f"[rtmp stream: 'adv_stream'] Disconnected from {url}", "rtmp_disconnected")
            ob("Output 'adv_stream': Reconnecting in 10.00 seconds..", "output_reconnecting")
            L.tick(10)
            ob(f"[rtmp stream: 'adv_stream'] Connecting to RTMP URL {url}...", "rtmp_connecting")
            ob(f"[rtmp stream: 'adv_stream'] Connection to {url} successful", "rtmp_connected")
            ob("Output 'adv_stream': Reconnected successfully", "output_reconnected")
            return
        ob("[rtmp stream: 'adv_stream'] User stopped the stream", "rtmp_user_stopped")
        n = output_stats("adv_stream")
        ob(f"Output 'adv_stream': Number of dropped frames due to insufficient bandwidth/connection stalls: {g.num(0, 900)} (0.{g.num(0, 9)}%)", "output_dropped")
        ob("[rtmp stream: 'adv_stream'] Freeing 0 remaining packets", "rtmp_freeing")
        ob("==== Streaming Stop ================================================", "streaming_stop")
        ob(f"Video stopped, number of skipped frames due to encoding lag: {g.num(0, 90)}/{n} (0.{g.num(0, 9)}%)", "video_stopped")
        st["stream"] = False

    def record():
        if not st["rec"]:
            st["rec"] = f"/home/kai/Videos/{L.t:%Y-%m-%d %H-%M-%S}.mkv"
            ob(f"[ffmpeg muxer: 'adv_file_output'] Writing file '{st['rec']}'...", "muxer_writing")
            ob("==== Recording Start ===============================================", "recording_start")
            return
        ob(f"[ffmpeg muxer: 'adv_file_output'] Output of file '{st['rec']}' stopped", "muxer_stopped")
        output_stats("adv_file_output")
        ob("==== Recording Stop ================================================", "recording_stop")
        st["rec"] = False

    def replay():
        ob(f"[ffmpeg muxer: 'ReplayBuffer'] Wrote replay buffer to '/home/kai/Videos/Replay {L.t:%Y-%m-%d %H-%M-%S}.mkv'", "replay_saved")

    def media():
        clip = g.c(["/home/kai/Videos/clips/hype.mp4", "/home/kai/Music/bgm/lofi_loop_03.mp3", "/home/kai/Videos/clips/fail_compilation.webm"])
        name = g.c(["Clip", "Music", "Background Loop"])
        ob(f"[Media Source '{name}']:", "media_source")
        ob(f"\tinput:                   {clip}", "media_input")
        ob("\tinput_format:            (null)", "media_input_format")
        ob(f"\tspeed:                   100", "media_speed")
        ob(f"\tis_looping:              {g.c(['yes', 'no'])}", "media_is_looping")
        ob("\tis_linear_alpha:         no", "media_is_linear_alpha")
        ob("\tis_hw_decoding:          yes", "media_is_hw")
        ob("\tis_clear_on_media_end:   yes", "media_clear_on_end")
        ob("\trestart_on_activate:     yes", "media_restart")
        ob("\tclose_when_inactive:     no", "media_close_inactive")
        ob("\tfull_decode_to_ram:      no", "media_full_decode")
        ob("\tffmpeg_options:          ", "media_ffmpeg_options")

    def source_edit():
        if g.r.random() < 0.5:
            ob(f"User added source '{g.c(['Clip', 'Poll', 'Sub Goal', 'Timer'])}' ({g.c(['ffmpeg_source', 'browser_source', 'text_ft2_source_v2'])}) to scene '{st['scene']}'", "user_added_source")
        else:
            ob(f"User Removed source '{g.c(['Clip', 'Poll', 'Sub Goal', 'Timer'])}' ({g.c(['ffmpeg_source', 'browser_source', 'text_ft2_source_v2'])}) from scene '{st['scene']}'", "user_removed_source")

    def browser_err():
        ob(f"[obs-browser: '{g.c(['Alerts', 'Chat'])}'] Error: Uncaught TypeError: Cannot read properties of undefined (reading '{g.c(['name', 'amount', 'displayName'])}') "
           f"(source: https://dashboard.streamelements.com/overlay/{g.hx(24)}/{g.alnum(40)}, line: {g.num(1, 900)})", "browser_error")

    def v4l2_err():
        ob("v4l2-input: /dev/video0: select timed out", "v4l2_timeout") if g.r.random() < 0.7 else v4l2()

    startup()
    ev = [(30, switch), (10, buffering), (25, ws), (1.5, stream), (1.2, record), (4, replay), (2, media), (4, source_edit), (5, browser_err), (1, v4l2_err)]
    return L.run(slowed(L, ev, 12), None)


# 18 --------------------------------------------------------------- a French web shop's nightly backup: cron runs /usr/local/sbin/sauvegarde.sh (LC_TIME=fr_FR.UTF-8, TZ Europe/Paris)
#   which dumps the database and runs duplicity 2.1 (incremental, a full every 14 days, remove-older-than on Sundays) to an SFTP box, appending
#   everything to /var/log/sauvegarde.log: the script's banner with `date` in French ("mar. 01 déc. 2026 02:30:01 CET", CEST before the end of October),
#   duplicity's statistics block with epoch seconds and ctime in local time, no header on most lines; cache syncs, SSH retries, a GnuPG failure
@checked
def log_duplicity(seed):
    L = Log("duplicity_cron_fr", seed, "full", False, False, start=dt.datetime(2026, 10, 1, 0, 30, 1, tzinfo=UTC))
    g = L.g
    JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    SWITCH = dt.datetime(2026, 10, 25, 1, 0, 0, tzinfo=UTC)
    st = {"full": dt.datetime(2026, 9, 20, 0, 30, 12, tzinfo=UTC), "chains": [dt.datetime(2026, 8, 23, 0, 30, 9, tzinfo=UTC), dt.datetime(2026, 9, 6, 0, 30, 7, tzinfo=UTC)],
          "sets": 6}

    def local(t):
        off, name = (2, "CEST") if t < SWITCH else (1, "CET")
        return t + dt.timedelta(hours=off), name

    def fr(t):
        lt, name = local(t)
        return f"{JOURS[lt.weekday()]} {lt.day:02d} {MOIS[lt.month - 1]} {lt.year} {lt:%H:%M:%S} {name}"

    def ct(t):
        return ctime(local(t)[0])

    def o(text, ev, t="now"):
        L.emit(text, ev, t=t)

    def hum(n):
        for u, k in [("GB", 2 ** 30), ("MB", 2 ** 20), ("KB", 2 ** 10)]:
            if n >= k:
                v = n / k
                return f"{v:.1f} {u}" if v < 100 else f"{v:.0f} {u}"
        return f"{n} bytes"

    def stats(t0, t1, full):
        o("--------------[ Backup Statistics ]--------------", "stats_head")
        o(f"StartTime {t0.timestamp():.2f} ({ct(t0)})", "stats_start")
        o(f"EndTime {t1.timestamp():.2f} ({ct(t1)})", "stats_end")
        el = (t1 - t0).total_seconds()
        o(f"ElapsedTime {el:.2f} ({int(el // 60)} minute{'s' if el >= 120 else ''} {el % 60:.2f} seconds)", "stats_elapsed")
        sf = g.num(180000, 190000)
        sz = g.num(40 * 2 ** 30, 44 * 2 ** 30)
        o(f"SourceFiles {sf}", "stats_source_files")
        o(f"SourceFileSize {sz} ({hum(sz)})", "stats_source_size")
        nf = sf if full else g.num(20, 900)
        ns = sz if full else g.num(10 ** 5, 5 * 10 ** 8)
        o(f"NewFiles {nf}", "stats_new_files")
        o(f"NewFileSize {ns} ({hum(ns)})", "stats_new_size")
        o(f"DeletedFiles {0 if full else g.num(0, 90)}", "stats_deleted")
        cf = 0 if full else g.num(0, 200)
        o(f"ChangedFiles {cf}", "stats_changed_files")
        cs = 0 if full else g.num(0, 3 * 10 ** 8)
        o(f"ChangedFileSize {cs} ({hum(cs)})", "stats_changed_size")
        o(f"ChangedDeltaSize 0 (0 bytes)", "stats_changed_delta")
        o(f"DeltaEntries {nf + cf}", "stats_delta_entries")
        raw = ns + cs
        o(f"RawDeltaSize {raw} ({hum(raw)})", "stats_raw_delta")
        tot = int(raw * g.r.uniform(0.3, 0.9))
        o(f"TotalDestinationSizeChange {tot} ({hum(tot)})", "stats_total_change")
        o("Errors 0", "stats_errors")
        o("-------------------------------------------------", "stats_foot")
        o("", "blank")

    def night():
        L.t = L.t.replace(hour=0, minute=30, second=0, microsecond=0) + dt.timedelta(seconds=g.num(0, 3))
        if L.t >= SWITCH:
            L.t += dt.timedelta(hours=1)
        code = 0
        o(f"=== Début de la sauvegarde : {fr(L.t)} ===", "debut")
        L.t += dt.timedelta(seconds=g.num(4, 40))
        o(f"Dump de la base boutique : OK ({g.num(140, 190)} Mo)", "dump_ok")
        L.t += dt.timedelta(seconds=g.num(2, 10))
        full = (L.t - st["full"]) > dt.timedelta(days=14)
        if g.r.random() < 0.12:
            o("Synchronizing remote metadata to local cache...", "sync_remote")
            for _ in range(g.num(1, 3)):
                when = L.t - dt.timedelta(days=g.num(1, 10))
                o(f"Copying duplicity-inc.{when:%Y%m%dT%H%M%SZ}.to.{when + dt.timedelta(days=1):%Y%m%dT%H%M%SZ}.manifest.gpg to local cache.", "copying_to_cache")
            o(f"Deleting local /root/.cache/duplicity/{g.hx(32)}/duplicity-new-signatures.{L.t - dt.timedelta(days=2):%Y%m%dT%H%M%SZ}.to.{L.t - dt.timedelta(days=1):%Y%m%dT%H%M%SZ}.sigtar.gz (not authoritative at backend).", "deleting_local")
        else:
            o("Local and Remote metadata are synchronized, no sync needed.", "metadata_synced")
        o(f"Last full backup date: {ct(st['full'])}", "last_full_date")
        if g.r.random() < 0.08:
            for k in range(1, 6):
                L.t += dt.timedelta(seconds=g.num(10, 40))
                o(f"Attempt of put Nr. {k} failed. SSHException: Error reading SSH protocol banner", "attempt_failed")
            if g.r.random() < 0.5:
                o("Giving up after 5 attempts. SSHException: Error reading SSH protocol banner", "giving_up")
                code = 50
        if code == 0 and g.r.random() < 0.03:
            o("GPGError: GPG Failed, see log below:", "gpg_failed")
            o("===== Begin GnuPG log =====", "gpg_begin")
            o("gpg: using \"0x4F2A9C1D7E3B8A56\" as default secret key for signing", "gpg_line")
            o("gpg: signing failed: Inappropriate ioctl for device", "gpg_line")
            o("gpg: [stdin]: sign+encrypt failed: Inappropriate ioctl for device", "gpg_line")
            o("===== End GnuPG log =====", "gpg_end")
            o("", "blank")
            code = 31
        if code == 0:
            if full:
                o("Last full backup is too old, forcing full backup", "forcing_full")
            L.t += dt.timedelta(microseconds=g.num(0, 999999))
            t0 = L.t
            L.t += dt.timedelta(seconds=g.num(120, 600) if not full else g.num(2400, 5400), microseconds=g.num(0, 999999))
            stats(t0, L.t, full)
            if full:
                st["chains"].append(st["full"])
                st["full"] = t0
                st["sets"] = 1
            else:
                st["sets"] += 1
            lt, _ = local(L.t)
            if lt.weekday() == 6:
                o("Local and Remote metadata are synchronized, no sync needed.", "metadata_synced")
                o(f"Last full backup date: {ct(st['full'])}", "last_full_date")
                old = [c for c in st["chains"] if L.t - c > dt.timedelta(days=60)]
                if old:
                    o("Deleting backup chains at times:", "deleting_chains")
                    for c in old:
                        o(f"    {ct(c)}", "chain_time")
                        st["chains"].remove(c)
                    o(f"Deleting complete backup chain", "deleting_complete")
                else:
                    o("No old backup sets found, nothing deleted.", "nothing_deleted")
        L.t += dt.timedelta(seconds=g.num(1, 20))
        o(f"=== Fin de la sauvegarde : {fr(L.t)} (code retour {code}) ===", "fin")
        o("", "blank")
        L.t += dt.timedelta(days=1)

    while len(L.rows) < N_LINES:
        night()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- Son of Grid Engine 8.1.9 qmaster of a university HPC cluster, $SGE_ROOT/default/spool/qmaster/messages:
#   "mm/dd/yyyy hh:mm:ss|thread|host|L|message" with the thread name cut or padded to six characters and a one-letter level (I, W, E, C, P);
#   scheduler profiling lines, commlib errors, execds registering and going silent, jobs dying by signal, ghost jobs, denied hosts, a qmaster restart
@checked
def log_sge(seed):
    L = Log("sge_qmaster_messages", seed, "full", True, True)
    g = L.g
    HOST = "qm01"
    NODES = [f"node{n:03d}.cluster" for n in range(1, 97)] + [f"gpu{n:02d}.cluster" for n in range(1, 9)]
    LV = {"I": "I|info", "W": "W|warning", "E": "E|error", "C": "C|critical", "P": "P"}
    st = {"job": g.num(880000, 890000), "down": set(), "ec": 2000}

    def m(thread, lv, msg, ev):
        L.t += dt.timedelta(milliseconds=g.num(0, 900))
        th = f"{thread[:6]:>6}"
        L.emit(f"{L.t:%m/%d/%Y %H:%M:%S}|{th}|{HOST}|{lv}|{msg}", ev, LV[lv], thread[:6])

    def job():
        st["job"] += g.num(1, 40)
        return st["job"] - g.num(0, 3000)

    def startup():
        m("main", "I", "starting up SGE 8.1.9 (lx-amd64)", "starting_up")
        m("main", "I", "qmaster hard descriptor limit is set to 65536", "hard_limit")
        m("main", "I", "qmaster soft descriptor limit is set to 65536", "soft_limit")
        m("main", "I", "qmaster will use max. 65516 file descriptors for communication", "max_fds")
        m("main", "I", "qmaster will accept max. 950 dynamic event clients", "max_event_clients")
        L.tick(3)
        m("main", "I", f"read job database with {g.num(2000, 9000)} entries in {g.num(1, 9)} seconds", "read_job_db")
        for t in ["event master", "timer", "worker", "worker", "listener", "listener", "signal", "scheduler"]:
            m("main", "I", f"\"{t}\" thread started", "thread_started")
        L.tick(2)
        m("main", "I", "qmaster startup took 4 seconds", "startup_took")

    def prof():
        m("schedu", "P", f"PROF: sge_mirror processed {g.num(10, 4000)} events in {g.r.uniform(0, 0.4):.3f} s", "prof_mirror")
        jobs = g.num(1500, 9000)
        run = g.r.uniform(0.1, 12)
        m("schedu", "P", f"PROF: schedd run took: {run + 0.05:.3f} s (init: 0.000 s, copy: {g.r.uniform(0, 0.2):.3f} s, run:{run:.3f}, free: {g.r.uniform(0, 0.05):.3f} s, "
                         f"jobs: {jobs}, categories: {g.num(10, 90)}/{g.num(20, 400)})", "prof_schedd_run")
        if g.r.random() < 0.3:
            m("schedu", "P", f"PROF: send orders and cleanup took: {g.r.uniform(0, 0.5):.3f} (u {g.r.uniform(0, 0.3):.3f},s {g.r.uniform(0, 0.1):.3f}) s", "prof_send_orders")

    def died():
        n = g.c(NODES)
        j = job()
        sig = g.c(["KILL (9)", "KILL (9)", "KILL (9)", "SEGV (11)", "XCPU (24)", "BUS (7)"])
        m("worker", "W", f"job {j}.1 failed on host {n} assumedly after job because: job {j}.1 died through signal {sig}", "job_died_signal")

    def shell():
        n = g.c(NODES)
        j = job()
        ts = L.t - dt.timedelta(seconds=g.num(1, 30))
        m("worker", "W", f"job {j}.1 failed on host {n} general searching requested shell because: {ts:%m/%d/%Y %H:%M:%S} [{g.num(1000, 40000)}:{g.num(1000, 90000)}]: "
                         f"execvp(/bin/{g.c(['csh', 'zsh', 'ksh'])}, \"-{g.c(['csh', 'zsh', 'ksh'])}\") failed: No such file or directory", "job_failed_shell")

    def ghost():
        n = g.c(NODES)
        j = job()
        m("worker", "E", f"execd@{n} reports running job ({j}.1/master) in queue \"{g.c(['all.q', 'long.q', 'gpu.q'])}@{n}\" that was not supposed to be there - killing", "ghost_job")

    def commlib():
        n = g.c(NODES)
        r = g.r.random()
        if r < 0.6:
            m("listener", "E", f"commlib error: got read error (closing \"{n}/execd/1\")", "commlib_read_error")
        elif r < 0.85:
            m("listener", "E", f"commlib error: got select error (Connection reset by peer)", "commlib_select_error")
        else:
            m("listener", "E", f"commlib error: endpoint is not unique error (endpoint \"{n}/execd/1\" is already connected)", "commlib_not_unique")

    def unheard():
        if st["down"] and g.r.random() < 0.5:
            n = g.c(sorted(st["down"]))
            st["down"].discard(n)
            m("worker", "I", f"execd on {n} registered", "execd_registered")
            return
        n = g.c(NODES)
        st["down"].add(n)
        m("timer", "W", f"got max. unheard timeout for target \"execd\" on host \"{n}\", can't deliver job \"{job()}\"", "unheard_timeout")
        if g.r.random() < 0.5:
            j = job()
            m("timer", "W", f"rescheduling job {j}.1", "rescheduling")
            L.tick(30)
            m("timer", "I", f"removing trigger to terminate job {j}.1", "removing_trigger")

    def twice():
        m("worker", "W", f"scheduler tries to schedule job {job()}.1 twice", "schedule_twice")

    def denied():
        h = g.c(["login03.cluster", "ws-" + g.alnum(4) + ".physik.uni.example", "jupyter02.cluster", "10.140.2." + str(g.num(2, 250))])
        m("worker", "E", f"denied: host \"{h}\" is neither submit nor admin host", "denied_host")

    def ack():
        st["ec"] += 1
        m("event_master", "E", f"acknowledge timeout after 600 seconds for event client ({g.c(['qstat', 'qsub', 'drmaa', 'schedd'])}:{st['ec']}) on host \"{g.c(['login01.cluster', 'login02.cluster', HOST])}\"", "ack_timeout")

    def deleted():
        u = g.c(["alice", "bmeier", "ckoch", "dlee", "eschulz", "fwang", "gridops"])
        j = job()
        m("worker", "I", f"{u}@login0{g.num(1, 2)}.cluster has deleted job {j}", "user_deleted_job") if g.r.random() < 0.6 else \
            m("worker", "I", f"{u}@login0{g.num(1, 2)}.cluster has registered the job {j} for deletion", "user_registered_deletion")

    def limits():
        m("worker", "W", f"job {job()}.1 exceeds job hard limit \"h_vmem\" of queue \"all.q@{g.c(NODES)}\" (={g.num(8, 64)}.000G limit:{g.num(4, 32)}.000G) - sending SIGKILL", "hard_limit_exceeded")

    def restart():
        m("signal", "I", "qmaster signal thread received SIGTERM", "received_sigterm")
        m("main", "I", "qmaster shutting down", "shutting_down")
        L.tick(20)
        startup()

    startup()
    ev = [(40, prof), (10, died), (2, shell), (5, ghost), (14, commlib), (8, unheard), (2, twice), (3, denied), (2, ack), (8, deleted), (4, limits), (0.15, restart)]
    return L.run(slowed(L, ev, 30), None)


# 20 --------------------------------------------------------------- Windows Installer verbose logs of an endpoint agent on a Windows Server 2022 host (clock in UTC), `msiexec /i ... /qn /l*v+
#   C:\Windows\Temp\AcmeAgent-msi.log` appending install, a failing upgrade (error 1722 / 1603 and the rollback), a repair and an uninstall to one file:
#   "MSI (s) (F0:E8) [hh:mm:ss:mmm]: message" with only the time of day, "Action start hh:mm:ss: Name." without milliseconds, "=== Verbose logging
#   started: m/d/yyyy  hh:mm:ss ... ===" banners, the RunEngine block, custom-action output, the "Property(S): Name = Value" dump at the end
@checked
def log_msi(seed):
    L = Log("msi_verbose_log", seed, "tod", False, False, start=dt.datetime(2026, 11, 17, 14, 3, 26, tzinfo=UTC))
    g = L.g
    PRODUCT = "Acme Agent"
    PCODE = "{" + g.uuid().upper() + "}"
    UCODE = "{" + g.uuid().upper() + "}"
    DIR = "C:\\Program Files\\Acme\\Agent\\"
    FILES = [("AcmeAgent.exe", 4718592), ("agentctl.exe", 1234944), ("AcmeAgent.Core.dll", 2359296), ("Newtonsoft.Json.dll", 712464), ("Serilog.dll", 143360),
             ("appsettings.json", 2310), ("NLog.config", 1780), ("LICENSE.txt", 11357)]
    st = {"ver": "4.2.1"}

    def ids():
        return f"{g.HX(2)}:{g.HX(2)}"

    def m(ctx, i, msg, ev, cont=()):
        L.t += dt.timedelta(milliseconds=g.num(0, 25))
        L.emit(f"MSI ({ctx}) ({i}) [{L.t:%H:%M:%S}:{ms3(L.t)}]: {msg}", ev)
        for text, cev in cont:
            L.emit(text, cev)

    def raw(text, ev):
        L.emit(text, ev)

    def banner(start):
        d = f"{L.t.month}/{L.t.day}/{L.t.year}  {L.t:%H:%M:%S}"
        if start:
            raw(f"=== Verbose logging started: {d}  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\Windows\\system32\\msiexec.exe ===", "verbose_started")
        else:
            raw(f"=== Verbose logging stopped: {d} ===", "verbose_stopped")

    def runengine(ctx, i, pkg, action=""):
        m(ctx, i, "******* RunEngine:", "runengine", [(f"           ******* Product: {pkg}", "runengine_product"), (f"           ******* Action: {action}", "runengine_action"),
                                                     ("           ******* CommandLine: **********", "runengine_cmdline")])

    def action(S, name, body=None, ret=1):
        m("s", S, f"Doing action: {name}", "doing_action")
        m("s", S, "Note: 1: 2205 2:  3: ActionText ", "note")
        raw(f"Action start {L.t:%H:%M:%S}: {name}.", "action_start")
        ok = True
        if body:
            ok = body()
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        raw(f"Action ended {L.t:%H:%M:%S}: {name}. Return value {ret if ok is not False else 3}.", "action_ended")
        return ok is not False

    def skip(S, name):
        m("s", S, f"Skipping action: {name} (condition is false)", "skipping_action")

    def prop(S, name, val, old=None):
        if old is None:
            m("s", S, f"PROPERTY CHANGE: Adding {name} property. Its value is '{val}'.", "property_adding")
        elif val is None:
            m("s", S, f"PROPERTY CHANGE: Deleting {name} property. Its current value is '{old}'.", "property_deleting")
        else:
            m("s", S, f"PROPERTY CHANGE: Modifying {name} property. Its current value is '{old}'. Its new value: '{val}'.", "property_modifying")

    def session(kind):
        C, S, CA = ids(), ids(), ids()
        if kind == "upgrade":
            st["ver"] = "4.3.0"
        pkg = f"C:\\Users\\svc-deploy\\Downloads\\AcmeAgent-{st['ver']}-x64.msi" if kind != "repair" and kind != "uninstall" else f"C:\\Windows\\Installer\\{g.hx(5)}.msi"
        banner(True)
        m("c", C, "Font created.  Charset: Req=0, Ret=0, Font: Req=MS Shell Dlg, Ret=MS Shell Dlg", "font_created")
        raw("", "blank")
        m("c", C, "Resetting cached policy values", "resetting_policy")
        m("c", C, "Machine policy value 'Debug' is 0", "machine_policy")
        runengine("c", C, pkg)
        m("c", C, "Client-side and UI is none or basic: Running entire install on the server.", "client_side_none")
        m("c", C, "Grabbed execution mutex.", "grabbed_mutex")
        m("c", C, "Cloaking enabled.", "cloaking")
        m("c", C, "Attempting to enable all disabled privileges before calling Install on Server", "enable_privileges")
        m("c", C, "Incrementing counter to disable shutdown. Counter after increment: 0", "incrementing_counter")
        m("s", S, f"Running installation inside multi-package transaction {pkg}", "multi_package")
        m("s", S, "Grabbed execution mutex.", "grabbed_mutex")
        m("s", S, "Resetting cached policy values", "resetting_policy")
        m("s", S, "Machine policy value 'Debug' is 0", "machine_policy")
        runengine("s", S, pkg, "" if kind in ("install", "upgrade") else "INSTALL")
        m("s", S, "Machine policy value 'DisableUserInstalls' is 0", "machine_policy")
        m("s", S, f"SOFTWARE RESTRICTION POLICY: Verifying package --> '{pkg}' against software restriction policy", "srp_verifying")
        m("s", S, "Note: 1: 2262 2: DigitalSignature 3: -2147287038 ", "note")
        m("s", S, f"SOFTWARE RESTRICTION POLICY: {pkg} is not digitally signed", "srp_not_signed")
        m("s", S, f"SOFTWARE RESTRICTION POLICY: {pkg} is permitted to run at the 'unrestricted' authorization level.", "srp_permitted")
        m("s", S, "Note: 1: 2205 2:  3: Error ", "note")
        m("s", S, "Note: 1: 2228 2:  3: Error 4: SELECT `Message` FROM `Error` WHERE `Error` = 1709 ", "note")
        m("s", S, "Product Code passed to Engine.Initialize:           ''" if kind in ("install", "upgrade") else f"Product Code passed to Engine.Initialize:           '{PCODE}'", "pc_passed")
        m("s", S, f"Product Code from property table before transforms: '{PCODE}'", "pc_before")
        m("s", S, f"Product Code from property table after transforms:  '{PCODE}'", "pc_after")
        if kind == "install":
            m("s", S, "Product not registered: beginning first-time install", "first_time_install")
            prop(S, "ProductState", "-1")
        else:
            m("s", S, "Product registered: entering maintenance mode" if kind != "upgrade" else "Product not registered: beginning first-time install", "maintenance_mode" if kind != "upgrade" else "first_time_install")
            prop(S, "ProductState", "5" if kind != "upgrade" else "-1")
        m("s", S, "Entering CMsiConfigurationManager::SetLastUsedSource.", "set_last_used_source")
        m("s", S, "User policy value 'SearchOrder' is 'nmu'", "user_policy")
        m("s", S, f"Adding new sources is allowed.", "adding_sources_allowed")
        prop(S, "PackagecodeChanging", "1")
        m("s", S, "Package name extracted from package path: 'AcmeAgent-" + st["ver"] + "-x64.msi'", "package_name_extracted")
        prop(S, "SourcedirProduct", PCODE)
        m("s", S, "Command Line: " + {"install": "CURRENTDIRECTORY=C:\\Users\\svc-deploy CLIENTUILEVEL=3 CLIENTPROCESSID=" + str(g.num(1000, 9000)),
                                      "upgrade": "CURRENTDIRECTORY=C:\\Users\\svc-deploy CLIENTUILEVEL=3 CLIENTPROCESSID=" + str(g.num(1000, 9000)),
                                      "repair": "REINSTALL=ALL REINSTALLMODE=omus CURRENTDIRECTORY=C:\\Windows\\system32 CLIENTUILEVEL=3 CLIENTPROCESSID=" + str(g.num(1000, 9000)),
                                      "uninstall": "REMOVE=ALL CURRENTDIRECTORY=C:\\Windows\\system32 CLIENTUILEVEL=3 CLIENTPROCESSID=" + str(g.num(1000, 9000))}[kind], "command_line")
        m("s", S, "Doing action: INSTALL", "doing_action")
        m("s", S, "Note: 1: 2205 2:  3: ActionText ", "note")
        raw(f"Action start {L.t:%H:%M:%S}: INSTALL.", "action_start")
        m("s", S, "Running ExecuteSequence", "running_execute_sequence")
        action(S, "FindRelatedProducts", lambda: (m("s", S, f"Found a related product {{{g.uuid().upper()}}}, version 4.2.1.0, language 1033" if kind == "upgrade" else
                                                      "Skipping FindRelatedProducts action: not run in maintenance mode" if kind in ("repair", "uninstall") else
                                                      "Note: 1: 2205 2:  3: Upgrade ", "find_related" if kind != "install" else "note"), True)[1])
        if kind == "upgrade":
            prop(S, "WIX_UPGRADE_DETECTED", "{" + g.uuid().upper() + "}")
        action(S, "AppSearch", lambda: (m("s", S, "Note: 1: 2262 2: Signature 3: -2147287038 ", "note"), True)[1])
        action(S, "LaunchConditions")
        skip(S, "MigrateFeatureStates") if kind != "upgrade" else action(S, "MigrateFeatureStates", lambda: (m("s", S, f"Migrating feature settings from product(s) '{{{g.uuid().upper()}}}'", "migrating_features"), True)[1])
        action(S, "ValidateProductID")
        action(S, "CostInitialize")
        action(S, "FileCost")

        def costfinalize():
            m("s", S, "Note: 1: 2205 2:  3: Condition ", "note")
            for key, obj in [("TARGETDIR", "C:\\"), ("ProgramFiles64Folder", "C:\\Program Files\\"), ("CompanyFolder", "C:\\Program Files\\Acme\\"), ("INSTALLFOLDER", DIR),
                             ("LogsFolder", "C:\\ProgramData\\Acme\\Agent\\logs\\")]:
                m("s", S, f"Dir (target): Key: {key}\t, Object: {obj}", "dir_target")
            return True
        action(S, "CostFinalize", costfinalize)

        def validate():
            st_ = {"install": ("Absent", "Local", "Local"), "upgrade": ("Absent", "Local", "Local"), "repair": ("Local", "Local", "Local"), "uninstall": ("Local", "Absent", "Absent")}[kind]
            for feat in ["MainFeature", "Service", "Docs"]:
                m("s", S, f"Feature: {feat}; Installed: {st_[0]};   Request: {st_[1]};   Action: {st_[2]}", "feature_state")
            for f, _ in FILES:
                m("s", S, f"Component: cmp{f.split('.')[0].replace('-', '')}; Installed: {st_[0]};   Request: {st_[1]};   Action: {st_[2]};   Client State: {'Unknown' if st_[0] == 'Absent' else 'Local'}", "component_state")
            m("s", S, "Note: 1: 2205 2:  3: BindImage ", "note")
            m("s", S, "Note: 1: 2205 2:  3: ProgId ", "note")
            return True
        action(S, "InstallValidate", validate)
        action(S, "InstallInitialize", lambda: (m("s", S, "Machine policy value 'AlwaysInstallElevated' is 0", "machine_policy"),
                                                m("s", S, "User policy value 'AlwaysInstallElevated' is 0", "user_policy"),
                                                m("s", S, "BeginTransaction: Locking Server", "begin_transaction"),
                                                m("s", S, "Note: 1: 2205 2:  3: Patch ", "note"), True)[4])
        skip(S, "RemoveExistingProducts") if kind != "upgrade" else action(S, "RemoveExistingProducts")
        action(S, "ProcessComponents")
        for a in ["UnpublishFeatures", "StopServices", "DeleteServices", "RemoveRegistryValues", "RemoveFiles"]:
            action(S, a) if kind == "uninstall" or a in ("StopServices", "RemoveFiles") else skip(S, a)
        for a in ["InstallFiles", "WriteRegistryValues", "InstallServices", "StartServices", "RegisterUser", "RegisterProduct", "PublishFeatures", "PublishProduct"]:
            action(S, a) if kind != "uninstall" else skip(S, a)

        def script():
            tmp = f"C:\\Windows\\Installer\\MSI{g.HX(4)}.tmp"
            m("s", S, f"Running Script: C:\\Windows\\Installer\\MSI{g.HX(4)}.tmp", "running_script")
            prop(S, "UpdateStarted", "1")
            m("s", S, "Machine policy value 'DisableRollback' is 0", "machine_policy")
            m("s", S, "Note: 1: 2265 2:  3: -2147287035 ", "note")
            m("s", S, f"Executing op: Header(Signature=1397708873,Version=500,Timestamp={g.num(1400000000, 1500000000)},LangId=1033,Platform=589824,ScriptType=1,ScriptMajorVersion=21,ScriptMinorVersion=4,ScriptAttributes=1)", "executing_op")
            m("s", S, f"Executing op: ProductInfo(ProductKey={PCODE},ProductName={PRODUCT},PackageName=AcmeAgent-{st['ver']}-x64.msi,Language=1033,Version={g.num(67000000, 67300000)},Assignment=1,ObsoleteArg=0,,,PackageCode={{{g.uuid().upper()}}},,,InstanceType=0,LUASetting=0,RemoteURTInstalls=0,ProductDeploymentFlags=3)", "executing_op")
            m("s", S, "Executing op: DialogInfo(Type=0,Argument=1033)", "executing_op")
            m("s", S, "Executing op: RollbackInfo(,RollbackAction=Rollback,RollbackDescription=Rolling back action:,RollbackTemplate=[1],CleanupAction=RollbackCleanup,CleanupDescription=Removing backup files,CleanupTemplate=File: [1])", "executing_op")
            m("s", S, "Executing op: SetBaseline(Baseline=0,)", "executing_op")
            if kind == "uninstall":
                m("s", S, "Executing op: ActionStart(Name=StopServices,Description=Stopping services,Template=Service: [1])", "executing_op")
                m("s", S, "Executing op: ServiceControl(,Name=AcmeAgent,Action=2,Wait=1,)", "executing_op")
                m("s", S, "Executing op: ActionStart(Name=DeleteServices,Description=Deleting services,Template=Service: [1])", "executing_op")
                m("s", S, "Executing op: ServiceControl(,Name=AcmeAgent,Action=8,Wait=1,)", "executing_op")
                m("s", S, "Executing op: ActionStart(Name=RemoveFiles,Description=Removing files,Template=File: [1], Directory: [9])", "executing_op")
                m("s", S, f"Executing op: SetTargetFolder(Folder={DIR})", "executing_op")
                for f, _ in FILES:
                    m("s", S, f"Executing op: FileRemove(,FileName={f},,)", "executing_op")
                    m("s", S, f"Verifying accessibility of file: {f}", "verifying_accessibility")
            else:
                m("s", S, "Executing op: ActionStart(Name=InstallFiles,Description=Copying new files,Template=File: [1],  Directory: [9],  Size: [6])", "executing_op")
                m("s", S, f"Executing op: ProgressTotal(Total={sum(s for _, s in FILES)},Type=0,ByteEquivalent=1)", "executing_op")
                m("s", S, f"Executing op: SetTargetFolder(Folder={DIR})", "executing_op")
                m("s", S, "Executing op: SetSourceFolder(Folder=1\\PFiles64\\Acme\\Agent\\|ProgramFiles64Folder\\Acme\\Agent\\)", "executing_op")
                m("s", S, "Executing op: ChangeMedia(,MediaPrompt=Please insert the disk: ,MediaCabinet=1\\cab1.cab,BytesPerTick=65536,CopierType=1,,,SignatureRequired=0,,,IsFirstPhysicalMedia=1)", "executing_op")
                for f, size in FILES:
                    v = st["ver"] + ".0" if f.endswith((".exe", "Core.dll")) else ""
                    m("s", S, f"Executing op: FileCopy(SourceName={f.lower()[:8]}|{f},SourceCabKey=fil{g.HX(32)},DestName={f},Attributes=512,FileSize={size},PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,"
                              f"Version={v},Language=0,InstallMode=58982400,,,,,,,)", "executing_op")
                    m("s", S, f"File: {DIR}{f};\t{'To be installed' if kind == 'install' else 'Overwrite'};\tWon't patch;\t{'No existing file' if kind == 'install' else 'Existing file is a lower version' if v else 'Existing file is unversioned but modified'}", "file_state")
                m("s", S, "Executing op: ActionStart(Name=WriteRegistryValues,Description=Writing system registry values,Template=Key: [1], Name: [2], Value: [3])", "executing_op")
                m("s", S, "Executing op: RegOpenKey(Root=-2147483646,Key=SOFTWARE\\Acme\\Agent,,BinaryType=1,,)", "executing_op")
                for n, v in [("InstallDir", DIR), ("Version", st["ver"]), ("TenantId", g.uuid())]:
                    m("s", S, f"Executing op: RegAddValue(Name={n},Value={v},)", "executing_op")
                m("s", S, "Executing op: ActionStart(Name=InstallServices,Description=Installing new services,Template=Service: [2])", "executing_op")
                m("s", S, f"Executing op: ServiceInstall(Name=AcmeAgent,DisplayName={PRODUCT},ImagePath=\"{DIR}AcmeAgent.exe\",ServiceType=16,StartType=2,ErrorControl=1,,,,StartName=LocalSystem,Password=**********,Description=Collects endpoint telemetry,,)", "executing_op")
                m("s", S, "Executing op: CustomActionSchedule(Action=ConfigureAgent,ActionType=3073,Source=BinaryData,Target=WixQuietExec64,CustomActionData=\"" + DIR + "agentctl.exe\" configure --tenant **********)", "executing_op")
            m("s", S, f"Executing op: End(Checksum=0,ProgressTotalHDWord=0,ProgressTotalLDWord={g.num(10 ** 6, 10 ** 7)})", "executing_op")
            ok = True
            if kind != "uninstall":
                m("s", CA, f"Invoking remote custom action. DLL: {tmp}, Entrypoint: WixQuietExec64", "invoking_ca")
                if kind == "upgrade":
                    raw("WixQuietExec64:  Error: the tenant key could not be validated (HTTP 403)", "ca_output")
                    raw("WixQuietExec64:  Error 0x80070001: Command line returned an error.", "ca_output")
                    raw("WixQuietExec64:  Error 0x80070001: QuietExec64 Failed", "ca_output")
                    raw("WixQuietExec64:  Error 0x80070001: Failed in ExecCommon64 method", "ca_output")
                    raw("CustomAction ConfigureAgent returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)", "ca_returned")
                    m("s", S, "Note: 1: 1722 2: ConfigureAgent 3: " + DIR + "agentctl.exe 4: \"" + DIR + "agentctl.exe\" configure --tenant ********** ", "note")
                    m("s", S, f"Product: {PRODUCT} -- Error 1722. There is a problem with this Windows Installer package. A program run as part of the setup did not finish as expected. "
                              f"Contact your support personnel or package vendor.  Action ConfigureAgent, location: {DIR}agentctl.exe, command: \"{DIR}agentctl.exe\" configure --tenant ********** ", "product_error")
                    raw("", "blank")
                    raw(f"Error 1722. There is a problem with this Windows Installer package. A program run as part of the setup did not finish as expected. Contact your support personnel or package vendor.  "
                        f"Action ConfigureAgent, location: {DIR}agentctl.exe, command: \"{DIR}agentctl.exe\" configure --tenant ********** ", "error_1722")
                    ok = False
                else:
                    raw("WixQuietExec64:  Agent configured: tenant " + g.uuid() + ", endpoint https://ingest.acme.example", "ca_output")
                    raw("WixQuietExec64:  [SC] ChangeServiceConfig2 SUCCESS", "ca_output")
            if not ok:
                m("s", S, "User policy value 'DisableRollback' is 0", "user_policy")
                m("s", S, "Machine policy value 'DisableRollback' is 0", "machine_policy")
                m("s", S, "Executing op: Header(Signature=1397708873,Version=500,Timestamp=" + str(g.num(1400000000, 1500000000)) + ",LangId=1033,Platform=589824,ScriptType=2,ScriptMajorVersion=21,ScriptMinorVersion=4,ScriptAttributes=1)", "executing_op")
                m("s", S, "Executing op: DialogInfo(Type=0,Argument=1033)", "executing_op")
                for desc in ["Copying new files", "Writing system registry values", "Installing new services"]:
                    raw(f"Rollback: {desc}", "rollback_line")
                    m("s", S, f"Executing op: ActionStart(Name={desc.title().replace(' ', '')},Description={desc},)", "executing_op")
                m("s", S, "Executing op: End(Checksum=0,ProgressTotalHDWord=0,ProgressTotalLDWord=0)", "executing_op")
                prop(S, "UpdateStarted", None, "1")
                m("s", S, "Note: 1: 2265 2:  3: -2147287035 ", "note")
            else:
                prop(S, "UpdateStarted", None, "1")
            m("s", S, "Unlocking Server", "unlocking_server")
            return ok

        ok = action(S, "InstallFinalize", script)
        L.t += dt.timedelta(milliseconds=g.num(0, 300))
        raw(f"Action ended {L.t:%H:%M:%S}: INSTALL. Return value {1 if ok else 3}.", "action_ended")
        props = [("UpgradeCode", UCODE), ("ProductCode", PCODE), ("ProductName", PRODUCT), ("ProductVersion", st["ver"] + ".0"), ("Manufacturer", "Acme Corp"),
                 ("ProductLanguage", "1033"), ("ALLUSERS", "1"), ("ARPNOMODIFY", "1"), ("INSTALLFOLDER", DIR), ("TARGETDIR", "C:\\"), ("SourceDir", "C:\\Users\\svc-deploy\\Downloads\\"),
                 ("ProgramFiles64Folder", "C:\\Program Files\\"), ("WindowsFolder", "C:\\Windows\\"), ("SystemFolder", "C:\\Windows\\SysWOW64\\"), ("System64Folder", "C:\\Windows\\system32\\"),
                 ("TempFolder", "C:\\Windows\\Temp\\"), ("VersionNT", "603"), ("VersionNT64", "603"), ("WindowsBuild", "9600"), ("ServicePackLevel", "0"), ("MsiNTProductType", "3"),
                 ("ComputerName", "SRV-APP-07"), ("LogonUser", "svc-deploy"), ("UserSID", "S-1-5-21-" + "-".join(str(g.num(10 ** 8, 4 * 10 ** 9)) for _ in range(3)) + "-1107"),
                 ("Privileged", "1"), ("CLIENTUILEVEL", "3"), ("ProductState", "-1" if kind in ("install", "upgrade") else "5"), ("PackagecodeChanging", "1"),
                 ("CURRENTDIRECTORY", "C:\\Users\\svc-deploy"), ("Date", f"{L.t.month}/{L.t.day}/{L.t.year}"), ("Time", f"{L.t:%H:%M:%S}"),
                 ("PhysicalMemory", "16383"), ("VirtualMemory", str(g.num(8000, 16000))), ("Intel", "6"), ("Msix64", "6"), ("MsiAMD64", "6"), ("VersionMsi", "5.00"),
                 ("RedirectedDllSupport", "2"), ("ROOTDRIVE", "C:\\"), ("ProductToBeRegistered", "1")]
        if kind == "uninstall":
            props.append(("REMOVE", "ALL"))
        if kind == "repair":
            props += [("REINSTALL", "ALL"), ("REINSTALLMODE", "omus")]
        for n, v in props:
            raw(f"Property(S): {n} = {v}", "property_dump")
        m("s", S, "Note: 1: 1707 " if ok else "Note: 1: 1708 ", "note")
        word = {"install": "Installation", "upgrade": "Installation", "repair": "Configuration", "uninstall": "Removal"}[kind]
        verb = {"install": "installed", "upgrade": "installed", "repair": "reconfigured", "uninstall": "removed"}[kind]
        res = "completed successfully." if ok else "failed."
        m("s", S, f"Product: {PRODUCT} -- {word} {res}", "product_result")
        m("s", S, f"Windows Installer {verb} the product. Product Name: {PRODUCT}. Product Version: {st['ver']}.0. Product Language: 1033. Manufacturer: Acme Corp. "
                  f"{word} success or error status: {0 if ok else 1603}.", "wi_result")
        m("s", S, "Deferring clean up of packages/files, if any exist", "deferring_cleanup")
        m("s", S, f"MainEngineThread is returning {0 if ok else 1603}", "main_engine_returning")
        m("s", S, "No System Restore sequence number for this installation.", "no_restore")
        m("s", S, "Unlocking Server", "unlocking_server")
        m("s", S, "Destroying RemoteAPI object.", "destroying_remoteapi")
        m("s", CA, "Custom Action Manager thread ending.", "ca_manager_ending")
        raw(f"=== Logging stopped: {L.t.month}/{L.t.day}/{L.t.year}  {L.t:%H:%M:%S} ===", "logging_stopped")
        m("c", C, "Decrementing counter to disable shutdown. If counter >= 0, shutdown will be denied.  Counter after decrement: -1", "decrementing_counter")
        m("c", C, "Note: 1: 1707 " if ok else "Note: 1: 1708 ", "note")
        m("c", C, f"Product: {PRODUCT} -- {word} {res}", "product_result")
        m("c", C, f"Windows Installer {verb} the product. Product Name: {PRODUCT}. Product Version: {st['ver']}.0. Product Language: 1033. Manufacturer: Acme Corp. "
                  f"{word} success or error status: {0 if ok else 1603}.", "wi_result")
        m("c", C, "Grabbed execution mutex.", "grabbed_mutex")
        m("c", C, "Cleaning up uninstalled install packages, if any exist", "cleaning_up_packages")
        m("c", C, f"MainEngineThread is returning {0 if ok else 1603}", "main_engine_returning")
        banner(False)
        raw("", "blank")
        if kind == "upgrade":
            st["ver"] = "4.2.1"

    kinds = ["install", "repair", "upgrade", "repair", "uninstall", "install", "upgrade", "install", "repair", "uninstall"]
    for k in kinds:
        if len(L.rows) >= N_LINES:
            break
        session(k)
        L.t += dt.timedelta(days=g.num(1, 6), hours=g.num(0, 5), minutes=g.num(0, 59))
    while len(L.rows) < N_LINES:
        session(g.c(["install", "repair", "uninstall"]))
        L.t += dt.timedelta(days=g.num(1, 6))
    del L.rows[N_LINES:]
    return L


LOGS = [log_spark, log_nexus, log_scylla, log_riak, log_ganesha, log_mattermost, log_velero, log_octoprint, log_jellyfin, log_homebridge,
        log_mastodon, log_cyrus, log_icecast, log_dnf, log_cmake, log_idea, log_obs, log_duplicity, log_sge, log_msi]


if __name__ == "__main__":
    main(LOGS, WORK)
