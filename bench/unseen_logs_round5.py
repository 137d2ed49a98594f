#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fifth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.606.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, continuation lines, statement text) carry
the time, level and component of the record they belong to.

usage: unseen_logs_round5.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round5)
"""
import datetime as dt
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round5")
from unseen_logs_harness import Log, main, N_LINES, UTC, T0, syslog_ts, ms3, B62  # noqa: E402


# 1 ---------------------------------------------------------------- CockroachDB 23.2 cockroach.log (crdb-v2 format, redaction markers)
def log_cockroach(seed):
    L = Log("cockroachdb", seed, "full", True, True)
    g = L.g
    node = 1
    ctr = {"n": 0}
    gor = [g.num(100, 99999) for _ in range(30)]
    ranges = [g.num(40, 9000) for _ in range(25)]
    clients = [g.ip() for _ in range(8)]
    sessions = []

    def H(lv, gid, chan, path, line, tags, counter, mark, msg):
        t = L.t
        ch = f"{chan}@" if chan else ""
        return f"{lv}{t:%y%m%d} {t:%H:%M:%S}.{t.microsecond:06d} {gid} {ch}{path}:{line} ⋮ [{tags}] {counter} {mark}{msg}"

    def emit(lv, chan, path, line, msg, ev, tags=None, gid=None, cont=()):
        """cont: further lines (text, event), written with '+' and the same counter."""
        ctr["n"] += 1
        tags = tags or f"T1,Vsystem,n{node}"
        gid = gid or g.c(gor)
        L.emit(H(lv, gid, chan, path, line, tags, ctr["n"], " ", msg), ev, lv, path)
        for text, cev in cont:
            L.emit(H(lv, gid, chan, path, line, tags, ctr["n"], "+", text), cev, lv, path)

    def structured(chan, ev_type, payload, tags, ev):
        import json
        ctr["n"] += 1
        body = {"Timestamp": int(L.t.timestamp() * 1e9) + g.num(0, 999), "EventType": ev_type}
        body.update(payload)
        L.emit(H("I", g.c(gor), chan, "util/log/event_log.go", 32, tags, ctr["n"], "=", json.dumps(body, separators=(",", ":"), ensure_ascii=False)),
               ev, "I", "util/log/event_log.go")

    def runtime():
        rss = g.f(1.5, 6.5, 1)
        emit("I", 2, "server/status/runtime_log.go", 48,
             f"runtime stats: {rss} GiB RSS, {g.num(400, 2400)} goroutines (stacks: {g.num(6, 40)} MiB), {g.f(0.4, 2.9, 1)} GiB/{g.f(3.0, 4.2, 1)} GiB Go alloc/total "
             f"(heap fragmentation: {g.num(8, 90)} MiB, heap reserved: {g.num(40, 900)} MiB, heap released: {g.num(40, 900)} MiB), {g.num(100, 900)} MiB/{g.num(900, 1400)} MiB CGO alloc/total "
             f"({g.f(0, 40, 1)} CGO/sec), {g.f(2, 380, 1)}/{g.f(1, 60, 1)} %(u/s)time, {g.f(0, 2, 1)} %gc ({g.num(0, 9)}x), {g.f(0.1, 90, 1)} MiB/{g.f(0.1, 90, 1)} MiB (r/w)net",
             "runtime_stats", tags=f"T1,Vsystem,n{node}")

    def health():
        emit("I", 2, "server/status/runtime_log.go", 58,
             f"runtime stats: health: {g.c(['ok', 'ok', 'ok', 'degraded'])} (go scheduler latency p99: {g.f(0.01, 9, 2)} ms)", "runtime_health")

    def pebble():
        job = g.num(1000, 99999)
        store = g.c([1, 2])
        tags = f"T1,Vsystem,n{node},s{store},pebble"
        if g.r.random() < 0.55:
            a, b = g.num(1, 90), g.num(10, 900)
            emit("I", 3, "kv/kvserver/pebble_logger_and_tracer.go", 25,
                 f"[JOB {job}] compacted({g.c(['default', 'default', 'move', 'delete-only'])}) L{g.num(0, 5)} [{g.num(100000, 999999):06d}] ({a}MB) Score={g.f(1, 9, 2)} + L{g.num(1, 6)} [{g.num(100000, 999999):06d} {g.num(100000, 999999):06d}] ({b}MB) Score={g.f(0, 2, 2)}; OverlappingRatio: Single {g.f(0, 40, 2)}, Multi {g.f(0, 40, 2)} -> L6 [{g.num(100000, 999999):06d}] ({a + b - g.num(0, 5)}MB), in {g.f(0.1, 9, 1)}s ({g.f(0.1, 9, 1)}s total), output rate {g.num(20, 400)}MB/s",
                 "pebble_compacted", tags=tags)
        else:
            emit("I", 3, "kv/kvserver/pebble_logger_and_tracer.go", 25,
                 f"[JOB {job}] flushed {g.num(1, 3)} memtable{'' if g.r.random() < 0.5 else 's'} ({g.num(1, 64)}MB) to L0 [{g.num(100000, 999999):06d}] ({g.num(1, 40)}MB), in {g.f(0.1, 3, 1)}s ({g.f(0.1, 3, 1)}s total), output rate {g.num(10, 200)}MB/s",
                 "pebble_flushed", tags=tags)

    def sql_tags(c):
        return f"T1,Vsystem,n{node},client=‹{c[0]}:{c[1]}›,hostssl,user=‹{c[2]}›"

    def connect():
        c = (g.c(clients), g.port(), g.c(["app", "app", "app", "report", "root", "migrator"]), g.hx(16) + g.hx(16))
        base = {"InstanceID": 1, "Network": "tcp", "RemoteAddress": f"‹{c[0]}:{c[1]}›"}
        structured(4, "client_connection_start", dict(base, SessionID=c[3]), f"T1,Vsystem,n{node},client=‹{c[0]}:{c[1]}›", "ev_connection_start")
        if g.r.random() < 0.06:
            structured(4, "client_authentication_failed", dict(base, SessionID=c[3], Transport="hostssl", User=f"‹{c[2]}›", Reason="CREDENTIALS_INVALID",
                                                              Detail="‹password authentication failed for user " + c[2] + "›", Method="password"), sql_tags(c), "ev_auth_failed")
            structured(4, "client_connection_end", dict(base, SessionID=c[3], Duration=g.num(10 ** 6, 10 ** 9)), f"T1,Vsystem,n{node},client=‹{c[0]}:{c[1]}›", "ev_connection_end")
            return
        structured(4, "client_authentication_ok", dict(base, SessionID=c[3], Transport="hostssl", User=f"‹{c[2]}›", SystemIdentity=f"‹{c[2]}›", Method="cert-password"), sql_tags(c), "ev_auth_ok")
        sessions.append(c)

    def disconnect():
        if len(sessions) < 4:
            return connect()
        c = sessions.pop(g.num(0, len(sessions) - 1))
        base = {"InstanceID": 1, "Network": "tcp", "RemoteAddress": f"‹{c[0]}:{c[1]}›", "SessionID": c[3], "Duration": g.num(10 ** 8, 10 ** 12)}
        structured(4, "client_session_end", base, sql_tags(c), "ev_session_end")
        structured(4, "client_connection_end", base, f"T1,Vsystem,n{node},client=‹{c[0]}:{c[1]}›", "ev_connection_end")

    SLOW = [("SELECT o.id, o.total FROM orders AS o WHERE o.customer_id = ‹{n}› ORDER BY o.created_at DESC LIMIT ‹50›", "SELECT", True),
            ("UPDATE inventory SET reserved = reserved + ‹{k}› WHERE sku = ‹'SKU-{n}'›", "UPDATE", False),
            ("SELECT count(*) FROM order_items WHERE product_id = ‹{n}›", "SELECT", True),
            ("UPSERT INTO sessions(id, user_id, expires_at) VALUES (‹'{h}'›, ‹{n}›, ‹'2026-12-02 10:00:00'›)", "UPSERT", False),
            ("DELETE FROM carts WHERE updated_at < (now() - ‹'30 days'›::INTERVAL) LIMIT ‹1000›", "DELETE", True)]

    def slow_query():
        if not sessions:
            return connect()
        c = g.c(sessions)
        q, tag, scan = g.c(SLOW)
        q = q.format(n=g.num(1, 99999), k=g.num(1, 9), h=g.hx(16))
        p = {"Statement": q, "Tag": tag, "User": f"‹{c[2]}›", "ApplicationName": g.c(["orders-api", "reporting", "$ cockroach sql"]), "ExecMode": "exec",
             "NumRows": g.num(0, 900), "Age": float(g.f(300, 9000, 3)), "FullTableScan": scan and g.r.random() < 0.5, "TxnCounter": g.num(1, 900), "StmtPosInTxn": 1}
        structured(10, "slow_query", p, sql_tags(c), "ev_slow_query")

    def split():
        r = g.c(ranges)
        tb = g.num(104, 130)
        emit("I", 13, "kv/kvserver/replica_command.go", 440,
             f"initiating a split of this range at key ‹/Table/{tb}/1/{g.num(1000, 999999)}› [r{g.num(9000, 99999)}] (‹{g.num(512, 600)} MiB above threshold size 512 MiB›)",
             "split", tags=f"T1,Vsystem,n{node},split,s1,r{r}/1:‹/Table/{tb}/1{{-/{g.num(1000, 999999)}}}›")

    def rebalance():
        r = g.c(ranges)
        emit("I", 13, "kv/kvserver/allocator/plan/replicate.go", 913,
             f"rebalancing voter n{g.num(1, 5)},s{g.num(1, 10)} to n{g.num(1, 5)},s{g.num(1, 10)}: [1*:{g.num(1000, 99999)}, 2:{g.num(1000, 99999)}, 3:{g.num(1000, 99999)}]",
             "rebalance", tags=f"T1,Vsystem,n{node},replicate,s1,r{r}/1:‹/Table/{g.num(104, 130)}/{{1-2}}›")

    def snapshot():
        r = g.c(ranges)
        emit("I", 13, "kv/kvserver/store_snapshot.go", 1710,
             f"streamed {g.c(['INITIAL', 'VIA_SNAPSHOT_QUEUE'])} snapshot {g.hx(8)} at applied index {g.num(10, 90000)} to (n{g.num(2, 5)},s{g.num(2, 10)}):{g.num(2, 9)}LEARNER with {g.f(0.1, 512, 0)} MiB in {g.f(0.1, 9, 2)}s @ {g.f(1, 400, 0)} MiB/s: kvs={g.num(10, 900000)} rangeKVs=0, rate-limit: 32 MiB/s, queued: {g.f(0, 2, 2)}s",
             "snapshot_streamed", tags=f"T1,Vsystem,n{node},raftsnapshot,s1,r{r}/1:‹/Table/{g.num(104, 130)}/1/{g.num(1000, 999999)}{{-…}}›")

    def slow_rpc():
        r = g.c(ranges)
        emit("W", 0, "kv/kvclient/kvcoord/dist_sender.go", 1710,
             f"slow range RPC: have been waiting {g.f(60, 140, 2)}s ({g.num(1, 3)} attempts) for RPC {g.c(['Put', 'Get', 'Scan', 'EndTxn(commit)'])} [‹/Table/{g.num(104, 130)}/1/{g.num(1000, 999999)}/0›] to r{r}:‹/Table/{g.num(104, 130)}/{{1-2}}› [(n1,s1):1, (n2,s2):2, (n3,s3):3, next=4, gen={g.num(10, 90)}]; resp: (err: <nil>), *kvpb.{g.c(['PutResponse', 'GetResponse', 'ScanResponse'])}",
             "slow_range_rpc", tags=f"T1,Vsystem,n{node},client=‹{g.c(clients)}:{g.port()}›,hostssl,user=‹app›")

    def liveness():
        emit("W", 2, "kv/kvserver/liveness/liveness.go", 813,
             f"failed node liveness heartbeat: operation \"node liveness heartbeat\" timed out after {g.f(3, 4.5, 3)}s (given timeout 3s): {g.c(['context deadline exceeded', 'result is ambiguous: context done during DistSender.Send: context deadline exceeded'])}",
             "liveness_failed", tags=f"T1,Vsystem,n{node},liveness-hb")

    def job_state():
        jid = g.num(10 ** 17, 10 ** 18)
        kind = g.c(["AUTO CREATE STATS", "AUTO CREATE STATS", "AUTO SPAN CONFIG RECONCILIATION", "SCHEMA CHANGE GC", "CHANGEFEED", "AUTO SQL STATS COMPACTION"])
        state = g.c(["running", "succeeded", "reverting"] if kind != "CHANGEFEED" else ["running"])
        emit("I", 0, "jobs/registry.go", g.c([1589, 1625]), f"{kind} job {jid}: stepping through state {state}", "job_state",
             tags=f"T1,Vsystem,n{node},job=‹{kind} id={jid}›")

    def stats():
        emit("I", 0, "sql/stats/automatic_stats.go", 567,
             f"automatic stats: refreshing table ‹defaultdb.public.{g.c(['orders', 'order_items', 'inventory', 'sessions', 'carts'])}› ({g.num(100, 900000)} rows, {g.f(20, 90, 1)}% stale)", "auto_stats_refresh")

    def circuit():
        r = g.c(ranges)
        emit("E", 0, "kv/kvserver/replica_circuit_breaker.go", 175,
             f"breaker: tripped with error: replica unavailable: (n{node},s1):1 unable to serve request to r{r}:‹/Table/{g.num(104, 130)}/{{1-2}}› [(n1,s1):1, (n2,s2):2, (n3,s3):3, next=4, gen={g.num(10, 90)}]: closed timestamp: {int(L.t.timestamp()) - g.num(60, 300)}.{g.num(10 ** 8, 10 ** 9)},0 ({L.t - dt.timedelta(seconds=g.num(60, 300)):%Y-%m-%d %H:%M:%S}); raft status: {{\"id\":\"1\",\"term\":{g.num(5, 40)},\"vote\":\"1\",\"commit\":{g.num(100, 9000)},\"lead\":\"0\",\"raftState\":\"StateCandidate\"}}",
             "breaker_tripped", tags=f"T1,Vsystem,n{node},s1,r{r}/1:‹/Table/{g.num(104, 130)}/{{1-2}}›",
             cont=[("have been waiting 60.00s for slow proposal", "breaker_cont_waiting"),
                   (f"replicas: (n2,s2):2 last heard {g.num(10, 90)}s ago; (n3,s3):3 last heard {g.num(10, 90)}s ago", "breaker_cont_replicas")])

    def disk_stall():
        emit("W", 3, "storage/pebble.go", 1244,
             f"disk slowness detected: {g.c(['write', 'sync'])} to file ‹/mnt/data1/cockroach/{g.num(100000, 999999):06d}.log› has been ongoing for {g.f(2, 9, 1)}s",
             "disk_slowness", tags=f"T1,Vsystem,n{node},s1,pebble")

    def panic_trace():
        gid = g.num(100, 99999)
        ctr["n"] += 1
        tags = f"T1,Vsystem,n{node}"
        path = "util/stop/stopper.go"
        L.emit(H("E", gid, 1, path, 330, tags, ctr["n"], " ", f"a panic has occurred in a goroutine: ‹runtime error: index out of range [{g.num(1, 9)}] with length {g.num(0, 1)}›"), "panic_recovered", "E", path)
        L.emit(H("E", gid, 1, path, 330, tags, ctr["n"], "!", f"goroutine {gid} [running]:"), "panic_goroutine", "E", path)
        for fn, loc in [("runtime/debug.Stack()", "GOROOT/src/runtime/debug/stack.go:24 +0x5e"),
                        ("github.com/cockroachdb/cockroach/pkg/util/stop.(*Stopper).recover(0xc000{})", "github.com/cockroachdb/cockroach/pkg/util/stop/stopper.go:330 +0x3d"),
                        ("github.com/cockroachdb/cockroach/pkg/sql/stats.(*Refresher).maybeRefreshStats(0xc00{}, {{0x7a1b2c0, 0xc00{}}})", "github.com/cockroachdb/cockroach/pkg/sql/stats/automatic_stats.go:812 +0x1a4"),
                        ("github.com/cockroachdb/cockroach/pkg/util/stop.(*Stopper).RunAsyncTaskEx.func2()", "github.com/cockroachdb/cockroach/pkg/util/stop/stopper.go:484 +0x146")]:
            L.emit(H("E", gid, 1, path, 330, tags, ctr["n"], "!", fn.format(g.hx(7), g.hx(7), g.hx(7))), "panic_func", "E", path)
            L.emit(H("E", gid, 1, path, 330, tags, ctr["n"], "!", "\t" + loc), "panic_loc", "E", path)

    def gossip():
        emit("I", 0, "gossip/client.go", 124, f"started gossip client to n{g.num(2, 5)} (‹{g.ip()}:26257›)", "gossip_client_started")

    def hot_range():
        emit("I", 13, "kv/kvserver/replica_rankings.go", 109,
             f"hot ranges: r{g.c(ranges)} {g.num(100, 9000)} qps, r{g.c(ranges)} {g.num(100, 9000)} qps, r{g.c(ranges)} {g.num(100, 9000)} qps", "hot_ranges")
    ev = [
        (9, runtime), (3, health), (14, pebble), (12, connect), (11, disconnect), (16, slow_query), (2, split), (3, rebalance), (2, snapshot),
        (2.5, slow_rpc), (1, liveness), (5, job_state), (4, stats), (0.25, circuit), (0.8, disk_stall), (0.1, panic_trace), (0.4, gossip), (1.5, hot_range),
    ]
    return L.run(ev, None)


# 2 ---------------------------------------------------------------- Apache Cassandra 4.1 system.log
def log_cassandra(seed):
    L = Log("cassandra_system", seed, "full", True, True)
    g = L.g
    tables = [("shop", "orders"), ("shop", "order_items"), ("shop", "carts"), ("events", "page_views"), ("events", "clicks"), ("system", "size_estimates"),
              ("system_schema", "tables"), ("system", "peers_v2")]
    peers = [f"10.0.2.{n}" for n in (11, 12, 13, 14, 15, 16)]
    ids = {t: g.hx(32) for t in tables}
    gen = {"n": g.num(100, 900)}

    def H(lv, thread, f, line, msg):
        t = L.t
        return f"{lv:<5} [{thread}] {t:%Y-%m-%d %H:%M:%S},{ms3(t)} {f}:{line} - {msg}"

    def emit(lv, thread, f, line, msg, ev):
        L.emit(H(lv, thread, f, line, msg), ev, lv, f)

    def cont(text, ev, lv, f):
        L.emit(text, ev, lv, f)

    def sst(ks, tb):
        gen["n"] += 1
        return f"/var/lib/cassandra/data/{ks}/{tb}-{ids[(ks, tb)]}/nb-{gen['n']}-big"

    def flush():
        ks, tb = g.c(tables)
        mb = g.f(0.5, 128, 3)
        emit("INFO", f"NativePoolCleaner", "ColumnFamilyStore.java", 1046,
             f"Enqueuing flush of {ks}.{tb}, Reason: {g.c(['MEMTABLE_LIMIT', 'MEMTABLE_LIMIT', 'COMMITLOG_DIRTY', 'SNAPSHOT'])}, Usage: {mb}MiB ({g.num(0, 15)}%) on-heap, 0.000KiB (0%) off-heap", "flush_enqueue")
        L.tick(0.05)
        emit("INFO", f"PerDiskMemtableFlushWriter_0:{g.num(1, 400)}", "Flushing.java", 145,
             f"Writing Memtable-{tb}@{g.num(10 ** 8, 4 * 10 ** 9)}({mb}MiB serialized bytes, {g.num(100, 900000)} ops, {g.num(0, 15)}%/0% of on/off-heap limit), flushed range = [null, null)", "memtable_writing")
        L.tick(0.3)
        emit("INFO", f"PerDiskMemtableFlushWriter_0:{g.num(1, 400)}", "Flushing.java", 179,
             f"Completed flushing {sst(ks, tb)}-Data.db ({g.f(0.1, 60, 3)}MiB) for commitlog position CommitLogPosition(segmentId={g.num(1764000000000, 1764999999999)}, position={g.num(1000, 33554432)})", "flush_completed")

    def compaction():
        ks, tb = g.c(tables)
        n = g.num(2, 32)
        a = float(g.f(1, 900, 3))
        b = a * g.r.uniform(0.6, 1.0)
        ms = g.num(100, 90000)
        emit("INFO", f"CompactionExecutor:{g.num(1, 900)}", "CompactionTask.java", 253,
             f"Compacted ({g.uuid()}) {n} sstables to [{sst(ks, tb)},] to level=0.  {a:.3f}MiB to {b:.3f}MiB (~{int(b / a * 100)}% of original) in {ms:,}ms.  "
             f"Read Throughput = {a / ms * 1000:.3f}MiB/s, Write Throughput = {b / ms * 1000:.3f}MiB/s, Row Throughput = ~{g.num(100, 90000):,}/s.  {g.num(100, 900000):,} total partitions merged to {g.num(100, 900000):,}.  "
             f"Partition merge counts were {{1:{g.num(100, 90000)}, 2:{g.num(0, 900)}, }}. Time spent writing keys = {g.num(10, ms):,}ms", "compacted")

    def gc():
        kind = g.c(["G1 Young Generation", "G1 Young Generation", "G1 Young Generation", "G1 Old Generation"])
        ms = g.num(200, 900) if kind.endswith("Young Generation") else g.num(1000, 9000)
        lv = "INFO" if ms < 1000 else "WARN"
        emit(lv, "Service Thread", "GCInspector.java", 294 if lv == "INFO" else 292,
             f"{kind} GC in {ms}ms.  G1 Eden Space: {g.num(10 ** 8, 2 * 10 ** 9)} -> 0; G1 Old Gen: {g.num(10 ** 9, 6 * 10 ** 9)} -> {g.num(10 ** 9, 6 * 10 ** 9)}; G1 Survivor Space: {g.num(10 ** 6, 10 ** 8)} -> {g.num(10 ** 6, 10 ** 8)}; ", "gc_pause")

    def gossip():
        p = g.c(peers)
        if g.r.random() < 0.5:
            emit("INFO", f"GossipStage:1", "Gossiper.java", 1318, f"InetAddress /{p}:7000 is now DOWN", "peer_down")
            if g.r.random() < 0.5:
                emit("INFO", f"Messaging-EventLoop-3-{g.num(1, 8)}", "OutboundConnection.java", 1153,
                     f"/10.0.2.10:7000(/10.0.2.10:{g.port()})->/{p}:7000-URGENT_MESSAGES-{g.hx(8)} failed to connect", "outbound_failed")
                cont(f"io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: /{p}:7000", "exc_netty", "INFO", "OutboundConnection.java")
                cont("Caused by: java.net.ConnectException: finishConnect(..) failed: Connection refused", "exc_caused_by", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.unix.Errors.newConnectException0(Errors.java:155)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.unix.Errors.handleConnectErrno(Errors.java:128)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.unix.Socket.finishConnect(Socket.java:359)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.doFinishConnect(AbstractEpollChannel.java:710)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.finishConnect(AbstractEpollChannel.java:687)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.epoll.AbstractEpollChannel$AbstractEpollUnsafe.epollOutReady(AbstractEpollChannel.java:567)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.epoll.EpollEventLoop.processReady(EpollEventLoop.java:489)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.channel.epoll.EpollEventLoop.run(EpollEventLoop.java:397)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.util.internal.ThreadExecutorMap$2.run(ThreadExecutorMap.java:74)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)", "java_frame", "INFO", "OutboundConnection.java")
                cont("\tat java.base/java.lang.Thread.run(Thread.java:829)", "java_frame", "INFO", "OutboundConnection.java")
        else:
            emit("INFO", f"GossipStage:1", "Gossiper.java", 1278, f"Node /{p}:7000 has restarted, now UP", "peer_restarted")
            emit("INFO", f"GossipStage:1", "StorageService.java", 3035, f"Node /{p}:7000 state jump to NORMAL", "state_normal")
            emit("INFO", f"GossipStage:1", "Gossiper.java", 1283, f"InetAddress /{p}:7000 is now UP", "peer_up")
            emit("INFO", f"Messaging-EventLoop-3-{g.num(1, 8)}", "OutboundConnection.java", 1153,
                 f"/10.0.2.10:7000(/10.0.2.10:{g.port()})->/{p}:7000-{g.c(['SMALL_MESSAGES', 'LARGE_MESSAGES', 'URGENT_MESSAGES'])}-{g.hx(8)} successfully connected, version = 12, framing = CRC, encryption = unencrypted", "outbound_connected")

    def tombstones():
        ks, tb = g.c(tables[:5])
        emit("WARN", f"ReadStage-{g.num(1, 32)}", "ReadCommand.java", 604,
             f"Read {g.num(1, 5000)} live rows and {g.num(1001, 90000)} tombstone cells for query SELECT * FROM {ks}.{tb} WHERE id = {g.uuid()} LIMIT 5000 ALLOW FILTERING; token {g.num(-9 * 10 ** 18, 9 * 10 ** 18)} (see tombstone_warn_threshold)", "tombstone_warn")

    def slow_ops():
        emit("INFO", "ScheduledTasks:1", "NoSpamLogger.java", 92, "Some operations were slow, details available at debug level (debug.log)", "slow_ops")

    def large_partition():
        ks, tb = g.c(tables[:5])
        emit("WARN", f"CompactionExecutor:{g.num(1, 900)}", "BigTableWriter.java", 266,
             f"Writing large partition {ks}/{tb}:{g.num(1, 99999)} ({g.num(100, 999)}.{g.num(0, 999):03d}MiB) to sstable {sst(ks, tb)}-Data.db", "large_partition")

    def status_logger():
        emit("INFO", "ScheduledTasks:1", "StatusLogger.java", 65,
             "Pool Name                                     Active   Pending      Completed   Blocked  All Time Blocked", "status_pool_header")
        for pool in ["ReadStage", "CompactionExecutor", "MutationStage", "MemtableFlushWriter", "GossipStage", "Native-Transport-Requests", "RequestResponseStage"]:
            emit("INFO", "ScheduledTasks:1", "StatusLogger.java", 69,
                 f"{pool:<46}{g.num(0, 32):>6}{g.num(0, 900):>10}{g.num(1000, 99999999):>15}{0:>10}{g.num(0, 900):>18}", "status_pool_row")
        emit("INFO", "ScheduledTasks:1", "StatusLogger.java", 85, "CompactionManager                                 " + f"{g.num(0, 4):>6}{g.num(0, 90):>10}", "status_compaction_manager")

    def repair():
        ks = g.c(["shop", "events"])
        sid = g.uuid()
        emit("INFO", f"Repair-Task-{g.num(1, 90)}", "RepairRunnable.java", 261, f"Starting repair command #{g.num(1, 90)} ({sid}), repairing keyspace {ks} with repair options (parallelism: parallel, primary range: true, incremental: false, job threads: 1, ColumnFamilies: [], dataCenters: [], hosts: [], previewKind: NONE, # of ranges: {g.num(1, 256)}, pull repair: false, force repair: false, optimise streams: false, ignore unreplicated keyspaces: false, repairPaxos: true, paxosOnly: false)", "repair_start")
        emit("INFO", f"Repair#{g.num(1, 90)}:1", "RepairJob.java", 238, f"[repair #{sid}] {g.c(['orders', 'order_items', 'page_views'])} is fully synced", "repair_synced")

    def client_err():
        emit("ERROR", f"Native-Transport-Requests-{g.num(1, 128)}", "ErrorMessage.java", 457, "Unexpected exception during request", "unexpected_exception")
        cont("java.io.IOException: Connection reset by peer", "exc_io", "ERROR", "ErrorMessage.java")
        for fr in ["sun.nio.ch.FileDispatcherImpl.read0(Native Method)", "sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)",
                   "sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:276)", "sun.nio.ch.IOUtil.read(IOUtil.java:233)",
                   "sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:358)", "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:254)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", "ErrorMessage.java")

    def timeout():
        emit("ERROR", f"Native-Transport-Requests-{g.num(1, 128)}", "QueryMessage.java", 121,
             f"Unexpected error during query", "query_error")
        cont(f"org.apache.cassandra.exceptions.ReadTimeoutException: Operation timed out - received only {g.num(0, 1)} responses.", "exc_read_timeout", "ERROR", "QueryMessage.java")
        for fr in ["org.apache.cassandra.service.reads.ReadCallback.awaitResults(ReadCallback.java:161)",
                   "org.apache.cassandra.service.reads.AbstractReadExecutor.awaitResponses(AbstractReadExecutor.java:405)",
                   "org.apache.cassandra.service.StorageProxy.fetchRows(StorageProxy.java:2107)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", "QueryMessage.java")
        cont(f"\t... {g.num(10, 30)} common frames omitted", "java_omitted", "ERROR", "QueryMessage.java")

    ev = [
        (10, flush), (7, compaction), (10, gc), (2, gossip), (3, tombstones), (5, slow_ops), (1, large_partition), (0.5, status_logger),
        (0.4, repair), (0.3, client_err), (0.3, timeout),
        (2, lambda: emit("INFO", "IndexSummaryManager:1", "IndexSummaryRedistribution.java", 79, "Redistributing index summaries", "redistributing_summaries")),
        (1.5, lambda: emit("INFO", f"NonPeriodicTasks:1", "SSTable.java", 111, f"Deleting sstable: {sst(*g.c(tables))}", "deleting_sstable")),
        (0.4, lambda: emit("WARN", f"Native-Transport-Requests-{g.num(1, 128)}", "NoSpamLogger.java", 108,
                           f"Maximum memory usage reached ({g.c([512, 1024])}.000MiB), cannot allocate chunk of 8.000MiB", "max_memory")),
        (0.6, lambda: emit("WARN", "OptionalTasks:1", "CassandraRoleManager.java", 354, "CassandraRoleManager skipped default role setup: some nodes were not ready", "role_setup_skipped")),
    ]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- Telegraf 1.29 (debug = true) on a monitoring host
def log_telegraf(seed):
    L = Log("telegraf", seed, "full", True, True)
    g = L.g
    snmp_agents = [f"10.20.0.{n}" for n in (1, 2, 3, 4, 10, 11)]
    st = {"influx_down": 0, "buf": 0}

    def emit(lv, plugin, msg, ev):
        t = L.t
        tag = f"[{plugin}] " if plugin else ""
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}Z {lv} {tag}{msg}", ev, lv, plugin)

    def startup():
        emit("I!", None, "Loading config: /etc/telegraf/telegraf.conf", "loading_config")
        emit("I!", None, "Loading config: /etc/telegraf/telegraf.d/snmp.conf", "loading_config")
        emit("I!", None, "Starting Telegraf 1.29.2 brought to you by InfluxData the makers of InfluxDB", "starting")
        emit("I!", None, "Available plugins: 237 inputs, 9 aggregators, 30 processors, 24 parsers, 60 outputs, 5 secret-stores", "available_plugins")
        emit("I!", None, "Loaded inputs: cpu disk diskio kernel mem net ping processes snmp (2x) swap system", "loaded_inputs")
        emit("I!", None, "Loaded aggregators: ", "loaded_aggregators")
        emit("I!", None, "Loaded processors: converter", "loaded_processors")
        emit("I!", None, "Loaded secretstores: ", "loaded_secretstores")
        emit("I!", None, "Loaded outputs: influxdb_v2 prometheus_client", "loaded_outputs")
        emit("I!", None, "Tags enabled: host=mon-01", "tags_enabled")
        emit("I!", "agent", "Config: Interval:10s, Quiet:false, Hostname:\"mon-01\", Flush Interval:10s", "agent_config")
        emit("D!", "agent", "Initializing plugins", "init_plugins")
        emit("D!", "agent", "Connecting outputs", "connecting_outputs")
        emit("D!", "agent", "Attempting connection to [outputs.influxdb_v2]", "attempting_connection")
        emit("D!", "agent", "Successfully connected to outputs.influxdb_v2", "connected")
        emit("D!", "agent", "Attempting connection to [outputs.prometheus_client]", "attempting_connection")
        emit("I!", "outputs.prometheus_client", "Listening on http://[::]:9273/metrics", "prom_listening")
        emit("D!", "agent", "Successfully connected to outputs.prometheus_client", "connected")
        emit("D!", "agent", "Starting service inputs", "starting_service_inputs")

    def flush():
        for out in ("outputs.influxdb_v2", "outputs.prometheus_client"):
            n = g.c([1000, 1000, g.num(1, 999)])
            if out == "outputs.influxdb_v2" and st["influx_down"] > 0:
                st["influx_down"] -= 1
                st["buf"] = min(10000, st["buf"] + g.num(200, 900))
                emit("E!", out, f"When writing to [http://influxdb.internal:8086/api/v2/write]: Post \"http://influxdb.internal:8086/api/v2/write?bucket=telegraf&org=ops\": dial tcp 10.20.1.5:8086: connect: connection refused", "write_refused")
                emit("E!", "agent", "Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)", "agent_write_error")
                if st["buf"] >= 10000:
                    emit("W!", out, f"Metric buffer overflow; {g.num(100, 900)} metrics have been dropped", "buffer_overflow")
                continue
            emit("D!", out, f"Wrote batch of {n} metrics in {g.f(0.5, 90, 3) if g.r.random() < 0.7 else g.f(1, 30, 0)}{'ms' if g.r.random() < 0.9 else 's'}", "wrote_batch")
            st["buf"] = max(0, st["buf"] - 1000) if out.endswith("v2") else 0
            emit("D!", out, f"Buffer fullness: {st['buf'] if out.endswith('v2') else 0} / 10000 metrics", "buffer_fullness")

    def snmp_err():
        a = g.c(snmp_agents)
        emit("E!", "inputs.snmp", f"Error in plugin: agent {a}:161: {g.c(['performing get on field sysUpTime: request timeout (after 3 retries)', 'gathering table interface: performing bulk walk for field ifDescr: request timeout (after 3 retries)', 'connecting: dial udp ' + a + ':161: connect: no route to host'])}", "plugin_error")

    def slow_collect():
        p = g.c(["inputs.snmp", "inputs.snmp", "inputs.ping", "inputs.disk"])
        emit("W!", p, f"Collection took longer than expected; not complete after interval of 10s", "collection_slow")

    def ping():
        host = g.c(["gw.example.net", "8.8.8.8", "1.1.1.1", "vpn.example.org"])
        emit("E!", "inputs.ping", f"Error in plugin: host {host}: {g.c(['lookup ' + host + ': i/o timeout', 'packet loss 100.0%'])}", "plugin_error")

    def outage():
        st["influx_down"] = g.num(3, 25)

    def reload():
        emit("I!", None, "Reloading Telegraf config", "reloading")
        emit("I!", "agent", "Hang on, flushing any cached metrics before shutdown", "hang_on")
        emit("D!", "agent", "Stopping service inputs", "stopping_service_inputs")
        emit("D!", "agent", "Input channel closed", "input_channel_closed")
        emit("I!", "agent", "Stopping running outputs", "stopping_outputs")
        emit("D!", "agent", "Stopped Successfully", "stopped")
        startup()

    startup()
    ev = [
        (30, flush), (5, snmp_err), (4, slow_collect), (2, ping), (0.4, outage), (0.1, reload),
        (1, lambda: emit("W!", "inputs.disk", f"Unable to get disk usage for \"/run/user/{g.c([1000, 1001])}/doc\": permission denied", "disk_permission")),
        (0.8, lambda: emit("D!", "inputs.disk", f"[SystemPS] => unable to get disk usage (\"/snap/core22/{g.num(800, 1200)}\"): permission denied", "systemps_unable")),
        (0.3, lambda: emit("E!", "processors.converter", f"error converting to float [string]: \"{g.c(['n/a', 'NaN', '--'])}\"", "converter_error")),
    ]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- ASP.NET Core 8 console logger (simple formatter, no timestamps) in a container
def log_aspnet_console(seed):
    L = Log("aspnetcore_console", seed, None, True, True)
    g = L.g
    LV = {"info": "info", "warn": "warn", "fail": "fail|error", "dbug": "dbug|debug", "crit": "crit|critical"}

    def rec(lv, cat, eid, lines, evs):
        """lines[0] is the message's first line; each is indented by six spaces under the header."""
        L.emit(f"{lv}: {cat}[{eid}]", f"hdr {cat}[{eid}]", LV[lv], cat)
        for text, ev in zip(lines, evs):
            L.emit(("      " + text) if text else "", ev, LV[lv], cat)

    host = "https://api.shop.example.com"

    def startup():
        rec("info", "Microsoft.Hosting.Lifetime", 14, ["Now listening on: http://[::]:8080"], ["now_listening"])
        rec("info", "Microsoft.Hosting.Lifetime", 0, ["Application started. Press Ctrl+C to shut down."], ["app_started"])
        rec("info", "Microsoft.Hosting.Lifetime", 0, ["Hosting environment: Production"], ["hosting_env"])
        rec("info", "Microsoft.Hosting.Lifetime", 0, ["Content root path: /app"], ["content_root"])

    SQL = [("[Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
            ["SELECT o.\"Id\", o.\"CreatedAt\", o.\"CustomerId\", o.\"Status\", o.\"Total\"", "FROM \"Orders\" AS o", "WHERE o.\"Id\" = @__id_0", "LIMIT 1"]),
           ("[Parameters=[@__customerId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
            ["SELECT o.\"Id\", o.\"CreatedAt\", o.\"Status\", o.\"Total\"", "FROM \"Orders\" AS o", "WHERE o.\"CustomerId\" = @__customerId_0", "ORDER BY o.\"CreatedAt\" DESC"]),
           ("[Parameters=[@p0='?' (DbType = DateTime), @p1='?' (DbType = Int32), @p2='?', @p3='?' (DbType = Decimal)], CommandType='Text', CommandTimeout='30']",
            ["INSERT INTO \"Orders\" (\"CreatedAt\", \"CustomerId\", \"Status\", \"Total\")", "VALUES (@p0, @p1, @p2, @p3)", "RETURNING \"Id\";"])]

    def request():
        kind = g.c(["order", "order", "orders", "create", "health", "health", "product"])
        if kind == "order":
            m, p, ctl, act = "GET", f"/api/orders/{g.num(1000, 99999)}", "OrdersController", "Get"
        elif kind == "orders":
            m, p, ctl, act = "GET", f"/api/customers/{g.num(1, 9999)}/orders", "OrdersController", "ListForCustomer"
        elif kind == "create":
            m, p, ctl, act = "POST", "/api/orders", "OrdersController", "Create"
        elif kind == "product":
            m, p, ctl, act = "GET", f"/api/products/SKU-{g.num(1000, 9999)}", "ProductsController", "GetBySku"
        else:
            m, p, ctl, act = "GET", "/healthz", None, None
        rec("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, [f"Request starting HTTP/1.1 {m} {host}{p} - {'application/json;+charset=utf-8' if m == 'POST' else '-'} {g.num(40, 900) if m == 'POST' else '-'}"], ["request_starting"])
        if ctl is None:
            rec("info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 0, ["Executing endpoint 'Health checks'"], ["executing_endpoint"])
            rec("info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1, ["Executed endpoint 'Health checks'"], ["executed_endpoint"])
            rec("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, [f"Request finished HTTP/1.1 {m} {host}{p} - 200 - text/plain {g.f(0.2, 9, 4)}ms"], ["request_finished"])
            return
        ep = f"Shop.Api.Controllers.{ctl}.{act} (Shop.Api)"
        rec("info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 0, [f"Executing endpoint '{ep}'"], ["executing_endpoint"])
        rec("info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", 102,
            [f"Route matched with {{action = \"{act}\", controller = \"{ctl[:-10]}\"}}. Executing controller action with signature System.Threading.Tasks.Task`1[Microsoft.AspNetCore.Mvc.IActionResult] {act}({g.c(['Int32', 'System.String', 'Shop.Api.Models.CreateOrderRequest'])}, System.Threading.CancellationToken) on controller Shop.Api.Controllers.{ctl} (Shop.Api)."],
            ["route_matched"])
        code = 200
        if g.r.random() < 0.8:
            params, sql = g.c(SQL)
            rec("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, [f"Executed DbCommand ({g.num(0, 90)}ms) {params}"] + sql,
                ["executed_dbcommand"] + ["sql_line"] * len(sql))
        x = g.r.random()
        if kind == "order" and x < 0.1:
            code = 404
            rec("warn", "Shop.Api.Controllers.OrdersController", 0, [f"Order {p.rsplit('/', 1)[1]} not found"], ["order_not_found"])
        if kind == "create" and x < 0.15:
            code = 400
            rec("info", "Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor", 1, ["Executing BadRequestObjectResult, writing value of type 'Microsoft.AspNetCore.Mvc.ValidationProblemDetails'."], ["executing_badrequest"])
        elif x < 0.03:
            code = 500
            rec("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1,
                ["An unhandled exception has occurred while executing the request.",
                 "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.3.7:5432",
                 " ---> System.Net.Sockets.SocketException (111): Connection refused",
                 "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
                 "   at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
                 "   --- End of inner exception stack trace ---",
                 "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
                 "   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
                 f"   at Shop.Api.Controllers.{ctl}.{act}(Int32 id, CancellationToken ct) in /src/Shop.Api/Controllers/{ctl}.cs:line {g.num(20, 90)}",
                 "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
                 "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)"],
                ["unhandled_exception", "exc_npgsql", "exc_inner", "exc_frame", "exc_frame", "exc_end_inner", "exc_frame", "exc_frame", "exc_frame", "exc_frame", "exc_frame"])
        else:
            rec("info", "Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor", 1,
                [f"Executing {'CreatedAtActionResult' if kind == 'create' else 'OkObjectResult'}, writing value of type '{g.c(['Shop.Api.Models.OrderDto', 'System.Collections.Generic.List`1[[Shop.Api.Models.OrderDto, Shop.Api, Version=1.4.0.0, Culture=neutral, PublicKeyToken=null]]', 'Shop.Api.Models.ProductDto'])}'."],
                ["executing_result"])
            code = 201 if kind == "create" else code
        rec("info", "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker", 105, [f"Executed action {ep} in {g.f(0.5, 400, 4)}ms"], ["executed_action"])
        rec("info", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1, [f"Executed endpoint '{ep}'"], ["executed_endpoint"])
        rec("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, [f"Request finished HTTP/1.1 {m} {host}{p} - {code} - application/json;+charset=utf-8 {g.f(0.5, 900, 4)}ms"], ["request_finished"])

    def dp_warn():
        rec("warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60,
            ["Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning"],
            ["dp_storing_keys"])

    def hc_fail():
        rec("fail", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 103,
            [f"Health check {g.c(['npgsql', 'redis'])} with status Unhealthy completed after {g.f(5, 5100, 4)}ms with message '{g.c(['Connection refused', 'It was not possible to connect to the redis server(s). There was an authentication failure; check that passwords (or client certificates) are configured correctly.'])}'"],
            ["hc_unhealthy"])

    def bg():
        n = g.num(1, 200)
        rec("info", "Shop.Api.Workers.OutboxPublisher", 0, [f"Published {n} outbox messages to exchange 'orders' in {g.num(2, 900)} ms"], ["outbox_published"])

    def retry():
        rec("warn", "Polly", 3, [f"Execution attempt. Source: 'payments-client-standard//Standard-Retry', Operation Key: '', Result: '{g.c(['503', 'The operation was canceled.'])}', Handled: 'True', Attempt: '{g.num(0, 2)}', Execution Time: {g.f(10, 9000, 4)}ms"],
            ["polly_attempt"])

    startup()
    dp_warn()
    ev = [(40, request), (1, hc_fail), (5, bg), (2, retry), (0.05, dp_warn),
          (0.6, lambda: rec("dbug", "Microsoft.AspNetCore.Server.Kestrel.Connections", 2, [f"Connection id \"0HN{g.alnum(10, string.ascii_uppercase + string.digits)}\" stopped."], ["conn_stopped"])),
          (0.3, lambda: rec("crit", "Shop.Api.Workers.OutboxPublisher", 0, ["Outbox publisher stopped after 5 consecutive failures; messages will accumulate until restart"], ["outbox_stopped"]))]
    return L.run(ev, None)


# 5 ---------------------------------------------------------------- Laravel 10 storage/logs/laravel.log (Monolog LineFormatter, stack traces)
def log_laravel(seed):
    L = Log("laravel", seed, "full", True, True)
    g = L.g
    env = "production"
    root = "/var/www/shop"

    def emit(lv, msg, ev, ctx=None):
        t = L.t
        c = f" {ctx}" if ctx else ""
        L.emit(f"[{t:%Y-%m-%d %H:%M:%S}] {env}.{lv}: {msg}{c}", ev, lv, env)

    def cont(text, ev, lv):
        L.emit(text, ev, lv, env)

    def frames(lv, rows):
        for i, r in enumerate(rows):
            cont(f"#{i} {r}", "php_frame", lv)
        cont(f"#{len(rows)} {{main}}", "php_frame_main", lv)

    FW = f"{root}/vendor/laravel/framework/src/Illuminate"
    HTTP_TAIL = [f"{FW}/Pipeline/Pipeline.php(183): Illuminate\\\\Routing\\\\Pipeline->Illuminate\\\\Routing\\\\{{closure}}(Object(Illuminate\\\\Http\\\\Request))",
                 f"{FW}/Routing/Middleware/SubstituteBindings.php(50): Illuminate\\\\Pipeline\\\\Pipeline->Illuminate\\\\Pipeline\\\\{{closure}}(Object(Illuminate\\\\Http\\\\Request))",
                 f"{FW}/Pipeline/Pipeline.php(183): Illuminate\\\\Routing\\\\Middleware\\\\SubstituteBindings->handle(Object(Illuminate\\\\Http\\\\Request), Object(Closure))",
                 f"{FW}/Routing/Router.php(799): Illuminate\\\\Pipeline\\\\Pipeline->then(Object(Closure))",
                 f"{FW}/Foundation/Http/Kernel.php(200): Illuminate\\\\Routing\\\\Router->dispatch(Object(Illuminate\\\\Http\\\\Request))",
                 f"{root}/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))"]

    def exc(lv, msg, cls, code, at, rows, ctx_user=True, ev="exception", prev=None):
        uid = f"\"userId\":{g.num(1, 9999)}," if ctx_user else ""
        head = f"{{{uid}\"exception\":\"[object] ({cls}(code: {code}): {msg} at {at})"
        emit(lv, msg, ev, head)
        cont("[stacktrace]", "stacktrace_hdr", lv)
        frames(lv, rows)
        if prev:
            pcls, pcode, pmsg, pat, prows = prev
            cont(f"[previous exception] [object] ({pcls}(code: {pcode}): {pmsg} at {pat})", "previous_exception", lv)
            cont("[stacktrace]", "stacktrace_hdr", lv)
            frames(lv, prows)
        cont("\"} ", "exception_end", lv)

    def order_placed():
        emit("INFO", f"Order {g.num(10000, 99999)} placed", "order_placed", f"{{\"user_id\":{g.num(1, 9999)},\"total\":\"{g.f(5, 900, 2)}\",\"items\":{g.num(1, 9)},\"payment\":\"{g.c(['stripe', 'paypal', 'invoice'])}\"}}")

    def slow_query():
        sql = g.c([f"select * from `orders` where `user_id` = ? and `status` in (?, ?) order by `created_at` desc limit 15 offset {g.num(0, 900)}",
                   "select count(*) as aggregate from `products` where `active` = ? and exists (select * from `categories` where `products`.`category_id` = `categories`.`id` and `slug` = ?)",
                   "update `carts` set `updated_at` = ? where `id` = ?"])
        emit("WARNING", "Slow query detected", "slow_query", f"{{\"sql\":\"{sql}\",\"time\":{g.f(500, 9000, 2)},\"connection\":\"mysql\"}}")

    def dup_key():
        email = g.email()
        sql = f"insert into `users` (`name`, `email`, `password`, `updated_at`, `created_at`) values ({g.user().capitalize()}, {email}, $2y$12${g.alnum(53, B62)}, {L.t:%Y-%m-%d %H:%M:%S}, {L.t:%Y-%m-%d %H:%M:%S})"
        msg = f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{email}' for key 'users.users_email_unique' (Connection: mysql, SQL: {sql})"
        rows = [f"{FW}/Database/Connection.php(776): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `us...', Array, Object(Closure))",
                f"{FW}/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run('insert into `us...', Array, Object(Closure))",
                f"{FW}/Database/Query/Builder.php(3455): Illuminate\\\\Database\\\\MySqlConnection->insert('insert into `us...', Array, 'id')",
                f"{FW}/Database/Eloquent/Model.php(1223): Illuminate\\\\Database\\\\Eloquent\\\\Builder->__call('insertGetId', Array)",
                f"{root}/app/Actions/Fortify/CreateNewUser.php(34): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
                f"{root}/vendor/laravel/fortify/src/Http/Controllers/RegisteredUserController.php(57): App\\\\Actions\\\\Fortify\\\\CreateNewUser->create(Array)"] + HTTP_TAIL
        prows = [f"{FW}/Database/MySqlConnection.php(53): PDOStatement->execute()",
                 f"{FW}/Database/Connection.php(816): Illuminate\\\\Database\\\\MySqlConnection->Illuminate\\\\Database\\\\{{closure}}('insert into `us...', Array)",
                 f"{FW}/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `us...', Array, Object(Closure))"] + HTTP_TAIL[-2:]
        exc("ERROR", msg, "Illuminate\\\\Database\\\\QueryException", 23000, f"{FW}/Database/Connection.php:822", rows, ctx_user=False,
            prev=("PDOException", 23000, f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{email}' for key 'users.users_email_unique'", f"{FW}/Database/MySqlConnection.php:53", prows))

    def null_member():
        rows = [f"{FW}/Routing/ControllerDispatcher.php(46): App\\\\Http\\\\Controllers\\\\OrderController->show(Object(App\\\\Models\\\\Order))",
                f"{FW}/Routing/Route.php(260): Illuminate\\\\Routing\\\\ControllerDispatcher->dispatch(Object(Illuminate\\\\Routing\\\\Route), Object(App\\\\Http\\\\Controllers\\\\OrderController), 'show')",
                f"{FW}/Routing/Route.php(205): Illuminate\\\\Routing\\\\Route->runController()"] + HTTP_TAIL
        exc("ERROR", "Call to a member function getKey() on null", "Error", 0, f"{root}/app/Http/Controllers/OrderController.php:{g.c([88, 91])}", rows)

    def curl_timeout():
        rows = [f"{root}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\\\Handler\\\\CurlFactory::createRejection(Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Array)",
                f"{root}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(110): GuzzleHttp\\\\Handler\\\\CurlFactory::finishError(Object(GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                f"{root}/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php(47): GuzzleHttp\\\\Handler\\\\CurlFactory::finish(Object(GuzzleHttp\\\\Handler\\\\CurlHandler), Object(GuzzleHttp\\\\Handler\\\\EasyHandle), Object(GuzzleHttp\\\\Handler\\\\CurlFactory))",
                f"{root}/app/Services/ShippingRates.php(41): GuzzleHttp\\\\Client->get('https://api.car...', Array)",
                f"{root}/app/Jobs/RefreshShippingRates.php(29): App\\\\Services\\\\ShippingRates->fetch('DE')",
                f"{FW}/Container/BoundMethod.php(36): App\\\\Jobs\\\\RefreshShippingRates->handle(Object(App\\\\Services\\\\ShippingRates))",
                f"{FW}/Queue/CallQueuedHandler.php(124): Illuminate\\\\Bus\\\\Dispatcher->dispatchNow(Object(App\\\\Jobs\\\\RefreshShippingRates), false)",
                f"{FW}/Queue/Worker.php(439): Illuminate\\\\Queue\\\\Jobs\\\\Job->fire()",
                f"{FW}/Queue/Console/WorkCommand.php(139): Illuminate\\\\Queue\\\\Worker->daemon('redis', 'default', Object(Illuminate\\\\Queue\\\\WorkerOptions))",
                f"{root}/artisan(35): Illuminate\\\\Foundation\\\\Console\\\\Kernel->handle(Object(Symfony\\\\Component\\\\Console\\\\Input\\\\ArgvInput), Object(Symfony\\\\Component\\\\Console\\\\Output\\\\ConsoleOutput))"]
        ms = g.num(30000, 30010)
        exc("ERROR", f"cURL error 28: Operation timed out after {ms} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.carrier.example.com/v2/rates?country=DE",
            "GuzzleHttp\\\\Exception\\\\ConnectException", 0, f"{root}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210", rows, ctx_user=False)

    def low_stock():
        sku = f"SKU-{g.num(1000, 9999)}"
        emit("WARNING", f"Low stock for {sku}", "low_stock", f"{{\"sku\":\"{sku}\",\"stock\":{g.num(0, 4)},\"threshold\":5,\"warehouse\":\"{g.c(['ber1', 'ams2', 'waw1'])}\"}}")

    def job_events():
        job = g.c(["App\\Jobs\\SendOrderConfirmation", "App\\Jobs\\SyncInventory", "App\\Jobs\\GenerateInvoicePdf"])
        emit("INFO", f"{job} dispatched", "job_dispatched", f"{{\"queue\":\"{g.c(['default', 'emails', 'pdf'])}\",\"attempt\":{g.num(1, 3)}}}")

    def login():
        if g.r.random() < 0.8:
            emit("INFO", f"User logged in", "user_logged_in", f"{{\"user_id\":{g.num(1, 9999)},\"ip\":\"{g.ip('pub')}\"}}")
        else:
            emit("NOTICE", f"Failed login attempt for {g.email()}", "failed_login", f"{{\"ip\":\"{g.ip('pub')}\",\"attempts\":{g.num(1, 5)}}}")

    def stripe():
        emit("WARNING", f"Stripe webhook signature verification failed", "stripe_sig_failed", f"{{\"event\":\"{g.c(['charge.succeeded', 'payment_intent.payment_failed'])}\",\"ip\":\"{g.ip('pub')}\"}}")

    ev = [
        (20, order_placed), (10, slow_query), (0.5, dup_key), (1, null_member), (0.3, curl_timeout), (6, low_stock), (12, job_events), (14, login), (2, stripe),
        (0.5, lambda: emit("CRITICAL", "Redis connection lost, falling back to database cache", "redis_lost")),
        (0.2, lambda: emit("ALERT", f"Disk usage on /var/www/shop/storage at {g.num(90, 99)}%", "disk_alert")),
        (1, lambda: emit("DEBUG", f"Cache miss for key catalog:category:{g.num(1, 400)}", "cache_miss")),
    ]
    return L.run(ev, None)


# 6 ---------------------------------------------------------------- varnishlog (Varnish 7.4, default vxid grouping) written to a file with -w -A
def log_varnishlog(seed):
    L = Log("varnishlog", seed, None, False, False)
    g = L.g
    vx = {"n": 32768}
    backends = [("app01", "10.0.3.11"), ("app02", "10.0.3.12")]
    uas = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "curl/8.5.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"]

    def nv():
        vx["n"] += 1
        return vx["n"]

    def ts():
        return f"{L.t.timestamp():.6f}"

    def tag(name, val, ev):
        L.emit(f"-   {name:<14} {val}".rstrip(), ev)

    def group(kind, vxid, ev):
        L.emit(f"*   << {kind:<8} >> {vxid}", ev)

    def end():
        tag("End", "", "end")
        L.emit("", "blank")

    def stamp(label, t0, tprev):
        now = L.t.timestamp()
        tag("Timestamp", f"{label}: {now:.6f} {now - t0:.6f} {now - tprev:.6f}", f"ts_{label.lower()}")
        return now

    def hdr(prefix, name, val):
        tag(prefix, f"{name}: {val}", f"{prefix.lower()}_{name.lower()}")

    def bereq(parent, method, url, host, ua, xff, reason):
        v = nv()
        be, beip = g.c(backends)
        L.tick(0.002)
        group("BeReq", v, "grp_bereq")
        tag("Begin", f"bereq {parent} {reason}", "begin")
        tag("VCL_use", "boot", "vcl_use")
        t0 = L.t.timestamp()
        tag("Timestamp", f"Start: {t0:.6f} 0.000000 0.000000", "ts_start")
        tag("BereqMethod", method, "bereq_method")
        tag("BereqURL", url, "bereq_url")
        tag("BereqProtocol", "HTTP/1.1", "bereq_protocol")
        hdr("BereqHeader", "Host", host)
        hdr("BereqHeader", "User-Agent", ua)
        hdr("BereqHeader", "X-Forwarded-For", xff)
        if reason == "fetch":
            hdr("BereqHeader", "Accept-Encoding", "gzip")
        hdr("BereqHeader", "X-Varnish", str(v))
        tag("VCL_call", "BACKEND_FETCH", "vcl_call")
        tag("VCL_return", "fetch", "vcl_return")
        L.tick(0.01)
        tp = stamp("Fetch", t0, t0)
        fail = g.r.random() < 0.04
        if fail:
            tag("FetchError", f"backend {be}: fail errno 111 (Connection refused)", "fetch_error")
            tp = stamp("Beresp", t0, tp)
            tp = stamp("Error", t0, tp)
            tag("BerespProtocol", "HTTP/1.1", "beresp_protocol")
            tag("BerespStatus", "503", "beresp_status")
            tag("BerespReason", "Backend fetch failed", "beresp_reason")
            hdr("BerespHeader", "Date", f"{L.t:%a, %d %b %Y %H:%M:%S} GMT")
            hdr("BerespHeader", "Server", "Varnish")
            tag("VCL_call", "BACKEND_ERROR", "vcl_call")
            hdr("BerespHeader", "Content-Type", "text/html; charset=utf-8")
            hdr("BerespHeader", "Retry-After", "5")
            tag("VCL_return", "deliver", "vcl_return")
            tag("Storage", "malloc Transient", "storage")
            tag("Length", str(g.num(270, 290)), "length")
            tag("BereqAcct", f"0 0 0 0 0 0", "bereq_acct")
            end()
            return 503
        tp = stamp("Connected", t0, tp)
        fd = g.num(20, 90)
        tag("BackendOpen", f"{fd} {be} {beip} 8080 10.0.3.5 {g.port()} {g.c(['connect', 'reuse', 'reuse'])}", "backend_open")
        tp = stamp("Bereq", t0, tp)
        L.tick(0.05)
        tp = stamp("Beresp", t0, tp)
        code = g.c([200] * 12 + [301, 404, 500])
        reason_p = {200: "OK", 301: "Moved Permanently", 404: "Not Found", 500: "Internal Server Error"}[code]
        tag("BerespProtocol", "HTTP/1.1", "beresp_protocol")
        tag("BerespStatus", str(code), "beresp_status")
        tag("BerespReason", reason_p, "beresp_reason")
        hdr("BerespHeader", "Server", "gunicorn")
        hdr("BerespHeader", "Date", f"{L.t:%a, %d %b %Y %H:%M:%S} GMT")
        ln = g.num(200, 90000)
        hdr("BerespHeader", "Content-Type", g.c(["text/html; charset=utf-8", "application/json", "image/webp"]))
        hdr("BerespHeader", "Content-Length", str(ln))
        cc = g.c(["public, max-age=120", "public, max-age=3600", "private, no-store"])
        hdr("BerespHeader", "Cache-Control", cc)
        ttl = -1 if "no-store" in cc else int(cc.rsplit("=", 1)[1])
        now = int(L.t.timestamp())
        tag("TTL", f"RFC {ttl} 10 0 {now} {now} {now} 0 {max(ttl, 0)} cacheable" if ttl > 0 else f"RFC 120 10 0 {now} {now} {now} 0 0 uncacheable", "ttl_rfc")
        tag("VCL_call", "BACKEND_RESPONSE", "vcl_call")
        if ttl <= 0:
            tag("TTL", f"VCL 120 10 0 {now} uncacheable", "ttl_vcl")
        tag("VCL_return", "deliver", "vcl_return")
        tag("Filters", "", "filters")
        tag("Storage", "malloc s0" if ttl > 0 else "malloc Transient", "storage")
        tag("Fetch_Body", "3 length stream", "fetch_body")
        tag("BackendClose", f"{fd} {be} recycle", "backend_close")
        tp = stamp("BerespBody", t0, tp)
        tag("Length", str(ln), "length")
        tag("BereqAcct", f"{g.num(200, 900)} 0 {g.num(200, 900)} {g.num(200, 600)} {ln} {ln + g.num(200, 600)}", "bereq_acct")
        end()
        return code

    def request(sess, client, cport):
        v = nv()
        host = g.c(["shop.example.com", "shop.example.com", "static.example.com"])
        url = g.c(["/", f"/products/{g.num(1, 9000)}", f"/category/{g.c(['shoes', 'bags', 'sale'])}?page={g.num(1, 9)}", "/cart", "/api/stock?sku=" + str(g.num(1000, 9999)),
                   f"/static/css/main.{g.hx(8)}.css", f"/static/img/{g.hx(12)}.webp", "/robots.txt"])
        method = "POST" if url == "/cart" and g.r.random() < 0.5 else "GET"
        ua = g.c(uas)
        xff = g.ip("pub")
        passed = url.startswith(("/cart", "/api")) or method == "POST"
        hit = not passed and g.r.random() < 0.6
        out = []  # the client transaction is written after its backend transaction ends
        t0 = L.t.timestamp()
        code = 200
        link = None
        if not hit:
            link = nv()
            vx["n"] -= 1
            code = bereq(v, method, url, host, ua, xff, "pass" if passed else "fetch")
        group("Request", v, "grp_request")
        tag("Begin", f"req {sess} rxreq", "begin")
        tag("Timestamp", f"Start: {t0:.6f} 0.000000 0.000000", "ts_start")
        tag("Timestamp", f"Req: {t0:.6f} 0.000000 0.000000", "ts_req")
        tag("VCL_use", "boot", "vcl_use")
        tag("ReqStart", f"{client} {cport} a0", "req_start")
        tag("ReqMethod", method, "req_method")
        tag("ReqURL", url, "req_url")
        tag("ReqProtocol", "HTTP/1.1", "req_protocol")
        hdr("ReqHeader", "Host", host)
        hdr("ReqHeader", "User-Agent", ua)
        hdr("ReqHeader", "Accept", g.c(["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "image/avif,image/webp,*/*"]))
        hdr("ReqHeader", "Accept-Encoding", "gzip, deflate, br")
        if passed:
            hdr("ReqHeader", "Cookie", f"sessionid={g.alnum(32)}; csrftoken={g.alnum(32, B62)}")
        hdr("ReqHeader", "X-Forwarded-For", xff)
        tag("VCL_call", "RECV", "vcl_call")
        tag("ReqUnset", "Accept-Encoding: gzip, deflate, br", "requnset_accept-encoding")
        hdr("ReqHeader", "Accept-Encoding", "gzip")
        if passed:
            tag("VCL_return", "pass", "vcl_return")
            tag("VCL_call", "HASH", "vcl_call")
            tag("VCL_return", "lookup", "vcl_return")
            tag("VCL_call", "PASS", "vcl_call")
            tag("VCL_return", "fetch", "vcl_return")
            tag("Link", f"bereq {link} pass", "link")
        else:
            tag("VCL_return", "hash", "vcl_return")
            tag("VCL_call", "HASH", "vcl_call")
            tag("VCL_return", "lookup", "vcl_return")
            if hit:
                tag("Hit", f"{v - g.num(1, 9000)} {g.f(0, 3600, 6)} 10.000000 0.000000", "hit")
                tag("VCL_call", "HIT", "vcl_call")
                tag("VCL_return", "deliver", "vcl_return")
            else:
                tag("VCL_call", "MISS", "vcl_call")
                tag("VCL_return", "fetch", "vcl_return")
                tag("Link", f"bereq {link} fetch", "link")
        tp = stamp("Fetch", t0, t0) if not hit else t0
        tag("RespProtocol", "HTTP/1.1", "resp_protocol")
        tag("RespStatus", str(code), "resp_status")
        tag("RespReason", {200: "OK", 301: "Moved Permanently", 404: "Not Found", 500: "Internal Server Error", 503: "Backend fetch failed"}[code], "resp_reason")
        hdr("RespHeader", "Date", f"{L.t:%a, %d %b %Y %H:%M:%S} GMT")
        hdr("RespHeader", "Content-Type", g.c(["text/html; charset=utf-8", "application/json", "image/webp"]))
        hdr("RespHeader", "X-Varnish", f"{v} {v - g.num(1, 9000)}" if hit else str(v))
        hdr("RespHeader", "Age", str(g.num(1, 3600)) if hit else "0")
        hdr("RespHeader", "Via", "1.1 cache-01 (Varnish/7.4)")
        tag("VCL_call", "DELIVER", "vcl_call")
        tag("VCL_return", "deliver", "vcl_return")
        tp = stamp("Process", t0, tp)
        tag("Filters", "", "filters")
        hdr("RespHeader", "Accept-Ranges", "bytes")
        hdr("RespHeader", "Connection", "keep-alive")
        L.tick(0.002)
        stamp("Resp", t0, tp)
        b = g.num(200, 90000)
        tag("ReqAcct", f"{g.num(200, 900)} 0 {g.num(200, 900)} {g.num(200, 500)} {b} {b + g.num(200, 500)}", "req_acct")
        end()

    def session():
        s = nv()
        client, cport = g.ip("pub") if g.r.random() < 0.2 else "10.0.3.2", g.port()
        t0 = L.t.timestamp()
        for _ in range(g.c([1, 1, 1, 2, 3])):
            request(s, client, cport)
            L.tick(0.3)
        group("Session", s, "grp_session")
        tag("Begin", "sess 0 HTTP/1", "begin")
        tag("SessOpen", f"{client} {cport} a0 10.0.3.5 80 {t0:.6f} {g.num(20, 90)}", "sess_open")
        tag("Link", f"req {s + 1} rxreq", "link")
        tag("SessClose", f"{g.c(['REM_CLOSE', 'REM_CLOSE', 'RX_TIMEOUT', 'TX_EOF'])} {L.t.timestamp() - t0:.3f}", "sess_close")
        end()

    ev = [(1, session)]
    return L.run(ev, None)


# 7 ---------------------------------------------------------------- Linux auditd /var/log/audit/audit.log (RHEL 9, log_format = ENRICHED)
def log_auditd(seed):
    L = Log("auditd", seed, "full", False, False)
    g = L.g
    GS = "\x1d"
    users = {"alice": 1001, "bob": 1002, "deploy": 1005, "nagios": 980}
    ser = {"n": g.num(10000, 90000), "ses": g.num(10, 90)}
    sshd_ctx = "system_u:system_r:sshd_t:s0-s0:c0.c1023"

    def stamp():
        ser["n"] += 1
        t = L.t
        return f"audit({int(t.timestamp())}.{ms3(t)}:{ser['n']})"

    def rec(type_, a, body, ev, enr=""):
        L.emit(f"type={type_} msg={a}: {body}" + (GS + enr if enr else ""), ev)

    def uid_enr(u):
        return f"UID=\"{u}\" AUID=\"{u}\""

    def execve(user=None, cmd=None, key="exec"):
        u = user or g.c(list(users))
        uid = users[u]
        argv = cmd or g.c([["ls", "-la", "/var/log"], ["systemctl", "status", "nginx"], ["tail", "-n", "200", "/var/log/nginx/error.log"], ["git", "pull"],
                           ["python3", "manage.py", "migrate"], ["curl", "-sS", "http://localhost:8080/healthz"], ["ps", "aux"], ["vim", "/etc/hosts"]])
        exe = {"ls": "/usr/bin/ls", "systemctl": "/usr/bin/systemctl", "tail": "/usr/bin/tail", "git": "/usr/bin/git", "python3": "/usr/bin/python3.9",
               "curl": "/usr/bin/curl", "ps": "/usr/bin/ps", "vim": "/usr/bin/vim", "sudo": "/usr/bin/sudo", "useradd": "/usr/sbin/useradd"}[argv[0]]
        a = stamp()
        pid = g.num(2000, 90000)
        ses = ser["ses"]
        rec("SYSCALL", a, f"arch=c000003e syscall=59 success=yes exit=0 a0={g.hx(12)} a1={g.hx(12)} a2={g.hx(12)} a3=0 items=2 ppid={pid - g.num(1, 40)} pid={pid} "
                          f"auid={uid} uid={uid} gid={uid} euid={uid} suid={uid} fsuid={uid} egid={uid} sgid={uid} fsgid={uid} tty=pts{g.num(0, 3)} ses={ses} comm=\"{argv[0][:15]}\" exe=\"{exe}\" "
                          f"subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key=\"{key}\"",
            "syscall", f"ARCH=x86_64 SYSCALL=execve AUID=\"{u}\" UID=\"{u}\" GID=\"{u}\" EUID=\"{u}\" SUID=\"{u}\" FSUID=\"{u}\" EGID=\"{u}\" SGID=\"{u}\" FSGID=\"{u}\"")
        rec("EXECVE", a, f"argc={len(argv)} " + " ".join(f"a{i}=\"{x}\"" for i, x in enumerate(argv)), "execve_args")
        rec("CWD", a, f"cwd=\"/home/{u}\"", "cwd")
        rec("PATH", a, f"item=0 name=\"{exe}\" inode={g.num(100000, 9999999)} dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:bin_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
            "path", "OUID=\"root\" OGID=\"root\"")
        rec("PATH", a, f"item=1 name=\"/lib64/ld-linux-x86-64.so.2\" inode={g.num(100000, 9999999)} dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:ld_so_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
            "path", "OUID=\"root\" OGID=\"root\"")
        rec("PROCTITLE", a, "proctitle=" + "00".join(x.encode().hex().upper() for x in argv), "proctitle")

    def access_denied():
        u = g.c(list(users))
        uid = users[u]
        f = g.c(["/etc/shadow", "/etc/sudoers", "/root/.ssh/authorized_keys", "/var/lib/pgsql/data/pg_hba.conf"])
        a = stamp()
        rec("SYSCALL", a, f"arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1={g.hx(12)} a2=0 a3=0 items=1 ppid={g.num(2000, 90000)} pid={g.num(2000, 90000)} "
                          f"auid={uid} uid={uid} gid={uid} euid={uid} suid={uid} fsuid={uid} egid={uid} sgid={uid} fsgid={uid} tty=pts{g.num(0, 3)} ses={ser['ses']} comm=\"cat\" exe=\"/usr/bin/cat\" "
                          f"subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key=\"access\"",
            "syscall", f"ARCH=x86_64 SYSCALL=openat AUID=\"{u}\" UID=\"{u}\" GID=\"{u}\" EUID=\"{u}\" SUID=\"{u}\" FSUID=\"{u}\" EGID=\"{u}\" SGID=\"{u}\" FSGID=\"{u}\"")
        rec("CWD", a, f"cwd=\"/home/{u}\"", "cwd")
        rec("PATH", a, f"item=0 name=\"{f}\" inode={g.num(100000, 9999999)} dev=fd:00 mode=0100{g.c(['000', '440', '600'])} ouid=0 ogid=0 rdev=00:00 obj=system_u:object_r:{g.c(['shadow_t', 'etc_t', 'ssh_home_t'])}:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
            "path", "OUID=\"root\" OGID=\"root\"")
        rec("PROCTITLE", a, f"proctitle=636174{g.HX(2 * len(f))}", "proctitle")

    def pam(type_, op, grantors, acct, exe, host, addr, term, res, ev, pid, uid=0, auid="4294967295", ses="4294967295", subj=sshd_ctx):
        a = stamp()
        rec(type_, a, f"pid={pid} uid={uid} auid={auid} ses={ses} subj={subj} msg='op={op} grantors={grantors} acct=\"{acct}\" exe=\"{exe}\" hostname={host} addr={addr} terminal={term} res={res}'",
            ev, f"UID=\"root\" AUID=\"{'unset' if auid == '4294967295' else acct}\"")

    def ssh_login():
        u = g.c(["alice", "bob", "deploy", "alice"])
        uid = users[u]
        ip = g.ip()
        pid = g.num(2000, 90000)
        ser["ses"] += 1
        ses = ser["ses"]
        a = stamp()
        rec("CRYPTO_KEY_USER", a, f"pid={pid} uid=0 auid=4294967295 ses=4294967295 subj={sshd_ctx} msg='op=destroy kind=server fp=SHA256:{g.alnum(43, B62)} direction=? spid={pid} suid=0  exe=\"/usr/sbin/sshd\" hostname=? addr=? terminal=? res=success'",
            "crypto_key_user", "UID=\"root\" AUID=\"unset\" SUID=\"root\"")
        a = stamp()
        rec("CRYPTO_SESSION", a, f"pid={pid} uid=0 auid=4294967295 ses=4294967295 subj={sshd_ctx} msg='op=start direction=from-server cipher=aes256-gcm@openssh.com ksize=256 mac=<implicit> pfs=curve25519-sha256 spid={pid + 1} suid=74 rport={g.port()} laddr=10.0.5.20 lport=22  exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=? res=success'",
            "crypto_session", "UID=\"root\" AUID=\"unset\" SUID=\"sshd\"")
        if g.r.random() < 0.6:
            a = stamp()
            rec("USER_AUTH", a, f"pid={pid} uid=0 auid=4294967295 ses=4294967295 subj={sshd_ctx} msg='op=pubkey kind=user fp=SHA256:{g.alnum(43, B62)} direction=from-client spid={pid + 1} suid={uid} rport={g.port()} laddr=10.0.5.20 lport=22  exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=? res=success'",
                "user_auth_pubkey", f"UID=\"root\" AUID=\"unset\" SUID=\"{u}\"")
        else:
            pam("USER_AUTH", "PAM:authentication", "pam_unix", u, "/usr/sbin/sshd", ip, ip, "ssh", "success", "user_auth_pam", pid)
        pam("USER_ACCT", "PAM:accounting", "pam_unix,pam_localuser", u, "/usr/sbin/sshd", ip, ip, "ssh", "success", "user_acct", pid)
        pam("CRED_ACQ", "PAM:setcred", "pam_env,pam_unix", u, "/usr/sbin/sshd", ip, ip, "ssh", "success", "cred_acq", pid)
        a = stamp()
        rec("LOGIN", a, f"pid={pid} uid=0 subj={sshd_ctx} old-auid=4294967295 auid={uid} tty=(none) old-ses=4294967295 ses={ses} res=1", "login", f"UID=\"root\" OLD-AUID=\"unset\" AUID=\"{u}\"")
        pam("USER_START", "PAM:session_open", "pam_selinux,pam_loginuid,pam_selinux,pam_namespace,pam_keyinit,pam_keyinit,pam_limits,pam_systemd,pam_unix,pam_umask,pam_lastlog", u,
            "/usr/sbin/sshd", ip, ip, "ssh", "success", "user_start", pid, auid=uid, ses=ses)
        a = stamp()
        rec("USER_LOGIN", a, f"pid={pid} uid=0 auid={uid} ses={ses} subj={sshd_ctx} msg='op=login id={uid} exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=/dev/pts/{g.num(0, 3)} res=success'",
            "user_login", f"UID=\"root\" AUID=\"{u}\" ID=\"{u}\"")

    def ssh_fail():
        ip = g.ip("pub")
        pid = g.num(2000, 90000)
        who = g.c(["root", "admin", "oracle", "test", "ubuntu", "git"])
        if who == "root":
            pam("USER_AUTH", "PAM:authentication", "?", "root", "/usr/sbin/sshd", ip, ip, "ssh", "failed", "user_auth_pam", pid)
        else:
            pam("USER_ERR", "PAM:bad_ident", "?", "?", "/usr/sbin/sshd", ip, ip, "ssh", "failed", "user_err", pid)
        a = stamp()
        rec("USER_LOGIN", a, f"pid={pid} uid=0 auid=4294967295 ses=4294967295 subj={sshd_ctx} msg='op=login acct=\"{who if who == 'root' else '(invalid user)'}\" exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=ssh res=failed'",
            "user_login_failed", "UID=\"root\" AUID=\"unset\"")

    def sudo():
        u = g.c(["alice", "bob", "deploy"])
        uid = users[u]
        pid = g.num(2000, 90000)
        cmd = g.c(["systemctl restart nginx", "dnf -y update", "journalctl -u app --since -1h", "cat /etc/shadow", "useradd -m carol"])
        subj = "unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023"
        a = stamp()
        rec("USER_CMD", a, f"pid={pid} uid={uid} auid={uid} ses={ser['ses']} subj={subj} msg='cwd=\"/home/{u}\" cmd={cmd.encode().hex().upper()} exe=\"/usr/bin/sudo\" terminal=pts/{g.num(0, 3)} res=success'",
            "user_cmd", f"UID=\"{u}\" AUID=\"{u}\"")
        pam("CRED_REFR", "PAM:setcred", "pam_env,pam_unix", "root", "/usr/bin/sudo", "?", "?", f"/dev/pts/{g.num(0, 3)}", "success", "cred_refr", pid, uid=uid, auid=uid, ses=ser["ses"], subj=subj)
        pam("USER_START", "PAM:session_open", "pam_keyinit,pam_limits,pam_keyinit,pam_limits,pam_systemd,pam_unix", "root", "/usr/bin/sudo", "?", "?", f"/dev/pts/{g.num(0, 3)}",
            "success", "user_start", pid, uid=uid, auid=uid, ses=ser["ses"], subj=subj)
        execve(u, cmd.split()[:1] if cmd.split()[0] in ("systemctl", "useradd") else ["ps", "aux"], key="privileged")
        pam("USER_END", "PAM:session_close", "pam_keyinit,pam_limits,pam_keyinit,pam_limits,pam_systemd,pam_unix", "root", "/usr/bin/sudo", "?", "?", f"/dev/pts/{g.num(0, 3)}",
            "success", "user_end", pid, uid=uid, auid=uid, ses=ser["ses"], subj=subj)
        pam("CRED_DISP", "PAM:setcred", "pam_env,pam_unix", "root", "/usr/bin/sudo", "?", "?", f"/dev/pts/{g.num(0, 3)}", "success", "cred_disp", pid, uid=uid, auid=uid, ses=ser["ses"], subj=subj)

    def service():
        unit = g.c(["dnf-makecache", "sysstat-collect", "systemd-tmpfiles-clean", "fprintd", "NetworkManager-dispatcher", "logrotate", "user-runtime-dir@1001", "user@1001"])
        for t in ("SERVICE_START", "SERVICE_STOP"):
            a = stamp()
            rec(t, a, f"pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit={unit} comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'",
                t.lower(), "UID=\"root\" AUID=\"unset\"")
            L.tick(2)

    def bpf():
        p = g.num(20, 900)
        for op in ("LOAD", "UNLOAD"):
            rec("BPF", stamp(), f"prog-id={p} op={op}", "bpf")
            L.tick(0.5)

    def avc():
        a = stamp()
        comm, name, tctx, perm, cls = g.c([("nginx", "index.html", "user_home_t", "read", "file"), ("httpd", "app.sock", "var_run_t", "connectto", "unix_stream_socket"),
                                           ("php-fpm", "uploads", "default_t", "write", "dir"), ("nginx", "8081", "unreserved_port_t", "name_bind", "tcp_socket")])
        extra = f"src={name}" if cls == "tcp_socket" else f"name=\"{name}\" dev=\"dm-0\" ino={g.num(10000, 9999999)}"
        rec("AVC", a, f"avc:  denied  {{ {perm} }} for  pid={g.num(2000, 90000)} comm=\"{comm}\" {extra} scontext=system_u:system_r:httpd_t:s0 tcontext={'system_u' if cls != 'file' else 'unconfined_u'}:object_r:{tctx}:s0 tclass={cls} permissive=0", "avc_denied")
        pid = g.num(2000, 90000)
        rec("SYSCALL", a, f"arch=c000003e syscall={g.c([257, 42, 49])} success=no exit=-13 a0={g.hx(2)} a1={g.hx(12)} a2={g.num(0, 900)} a3=0 items=0 ppid={pid - 1} pid={pid} auid=4294967295 uid=996 gid=994 euid=996 suid=996 fsuid=996 egid=994 sgid=994 fsgid=994 tty=(none) ses=4294967295 comm=\"{comm}\" exe=\"/usr/sbin/{comm}\" subj=system_u:system_r:httpd_t:s0 key=(null)",
            "syscall", "ARCH=x86_64 SYSCALL=openat AUID=\"unset\" UID=\"nginx\" GID=\"nginx\" EUID=\"nginx\" SUID=\"nginx\" FSUID=\"nginx\" EGID=\"nginx\" SGID=\"nginx\" FSGID=\"nginx\"")
        rec("PROCTITLE", a, f"proctitle=6E67696E783A20776F726B65722070726F63657373", "proctitle")

    def logout():
        u = g.c(["alice", "bob", "deploy"])
        uid = users[u]
        pid = g.num(2000, 90000)
        ip = g.ip()
        pam("USER_END", "PAM:session_close", "pam_selinux,pam_loginuid,pam_selinux,pam_namespace,pam_keyinit,pam_keyinit,pam_limits,pam_systemd,pam_unix,pam_umask,pam_lastlog", u,
            "/usr/sbin/sshd", ip, ip, "ssh", "success", "user_end", pid, auid=uid, ses=g.num(10, ser["ses"]))
        pam("CRED_DISP", "PAM:setcred", "pam_env,pam_unix", u, "/usr/sbin/sshd", ip, ip, "ssh", "success", "cred_disp", pid, auid=uid, ses=g.num(10, ser["ses"]))

    def abend():
        a = stamp()
        rec("ANOM_ABEND", a, f"auid={users['deploy']} uid={users['deploy']} gid={users['deploy']} ses={ser['ses']} subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 pid={g.num(2000, 90000)} comm=\"{g.c(['python3', 'node', 'java'])}\" exe=\"/usr/bin/{g.c(['python3.9', 'node', 'java'])}\" sig={g.c([6, 11])} res=1",
            "anom_abend", "AUID=\"deploy\" UID=\"deploy\" GID=\"deploy\" SIG=SIGSEGV")

    def netfilter():
        rec("NETFILTER_CFG", stamp(), f"table={g.c(['filter', 'nat', 'mangle'])} family={g.c([2, 10])} entries={g.num(4, 300)} op=nft_register_chain pid={g.num(600, 900)} subj=system_u:system_r:firewalld_t:s0 comm=\"firewalld\"", "netfilter_cfg")

    ev = [(10, execve), (3, access_denied), (5, ssh_login), (7, ssh_fail), (3, sudo), (6, service), (4, bpf), (0.8, avc), (4, logout), (0.1, abend), (0.6, netfilter),
          (0.1, lambda: rec("DAEMON_ROTATE", stamp(), f"op=rotate-logs auid=4294967295 uid=0 ses=4294967295 pid={g.num(600, 900)} subj=system_u:system_r:auditd_t:s0 res=success", "daemon_rotate", "AUID=\"unset\" UID=\"root\"")),
          (0.2, lambda: rec("CONFIG_CHANGE", stamp(), f"auid={users['alice']} ses={ser['ses']} subj=unconfined_u:unconfined_r:auditctl_t:s0-s0:c0.c1023 op=add_rule key=\"{g.c(['exec', 'access', 'privileged'])}\" list=4 res=1", "config_change", "AUID=\"alice\""))]
    return L.run(ev, None)


# 8 ---------------------------------------------------------------- Snort 2.9 alert_fast (/var/log/snort/alert)
SNORT_SIGS = [
    (30, "1:2402000:7018", "ET DROP Dshield Block Listed Source group 1", "Misc Attack", 2, "TCP"),
    (22, "1:2010935:3", "ET SCAN Suspicious inbound to MSSQL port 1433", "Potentially Bad Traffic", 2, "TCP"),
    (18, "1:2001219:20", "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2, "TCP"),
    (16, "1:2013028:7", "ET POLICY curl User-Agent Outbound", "Attempted Information Leak", 2, "TCP"),
    (14, "1:384:8", "PROTOCOL-ICMP PING", "Misc activity", 3, "ICMP"),
    (10, "1:2027865:4", "ET INFO Observed DNS Query to .cloud TLD", "Potentially Bad Traffic", 2, "UDP"),
    (9, "120:3:2", "(http_inspect) NO CONTENT-LENGTH OR TRANSFER-ENCODING IN HTTP RESPONSE", "Unknown Traffic", 3, "TCP"),
    (8, "1:2010937:3", "ET SCAN Suspicious inbound to mySQL port 3306", "Potentially Bad Traffic", 2, "TCP"),
    (7, "129:12:1", "Consecutive TCP small segments exceeding threshold", "Potentially Bad Traffic", 2, "TCP"),
    (6, "1:2023753:3", "ET SCAN MS Terminal Server Traffic on Non-standard Port", "Attempted Information Leak", 2, "TCP"),
    (5, "119:31:1", "(http_inspect) UNKNOWN METHOD", "Unknown Traffic", 3, "TCP"),
    (4, "1:2016141:2", "ET INFO Executable Download from dotted-quad Host", "A Network Trojan was detected", 1, "TCP"),
    (3, "1:2024364:5", "ET SCAN Possible Nmap User-Agent Observed", "Web Application Attack", 1, "TCP"),
    (2.5, "1:2011716:4", "ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT", "Web Application Attack", 1, "TCP"),
    (2, "1:2221010:1", "SURICATA HTTP unable to match response to request", "Generic Protocol Command Decode", 3, "TCP"),
    (1.5, "1:2019401:2", "ET POLICY Vulnerable Java Version 1.8.x Detected", "Potential Corporate Privacy Violation", 1, "TCP"),
    (1.2, "1:2034647:2", "ET EXPLOIT Apache log4j RCE Attempt - 2021/12/12 Obfuscation Observed M2 (udp)", "Attempted Administrator Privilege Gain", 1, "UDP"),
    (1, "1:1394:17", "INDICATOR-SHELLCODE x86 inc ecx NOOP", "Executable code was detected", 1, "TCP"),
    (0.6, "1:2100498:7", "GPL ATTACK_RESPONSE id check returned root", "Potentially Bad Traffic", 2, "TCP"),
    (0.4, "1:2027390:3", "ET USER_AGENTS Microsoft Device Metadata Retrieval Client User-Agent", "Unknown Traffic", 3, "TCP"),
    (0.3, "1:2030358:2", "ET TROJAN Observed Cobalt Strike User-Agent", "A Network Trojan was detected", 1, "TCP"),
    (0.2, "116:59:1", "(snort_decoder) WARNING: Tcp Window Scale Option found with length > 14", "Misc activity", 3, "TCP"),
]


def log_snort(seed):
    L = Log("snort_alert_fast", seed, "noyear", False, False)
    g = L.g
    inside = [f"10.10.{g.num(0, 3)}.{g.num(2, 250)}" for _ in range(15)]
    scanners = [g.ip("pub") for _ in range(12)]

    def alert(w, sid, msg, cls, prio, proto):
        t = L.t
        dports = {"MSSQL port 1433": 1433, "mySQL port 3306": 3306, "SSH Scan": 22, "Terminal Server": g.c([3390, 3391, 33890])}
        dport = next((p for k, p in dports.items() if k in msg), g.c([80, 443, 8080, 53]) if proto != "UDP" else 53)
        outbound = any(k in msg for k in ("Outbound", "DNS Query", "Java Version", "Cobalt", "Metadata", "Executable Download"))
        src, dst = (g.c(inside), g.ip("pub")) if outbound else (g.c(scanners), g.c(inside))
        if "ATTACK_RESPONSE" in msg:
            src, dst = g.c(inside), g.c(scanners)
        if proto == "ICMP":
            flow = f"{{ICMP}} {src} -> {dst}"
        else:
            sp, dp = (g.port(), dport) if not "ATTACK_RESPONSE" in msg else (80, g.port())
            flow = f"{{{proto}}} {src}:{sp} -> {dst}:{dp}"
        L.emit(f"{t:%m/%d-%H:%M:%S}.{t.microsecond:06d}  [**] [{sid}] {msg} [**] [Classification: {cls}] [Priority: {prio}] {flow}", "sig " + sid)

    ev = [(s[0], (lambda s=s: alert(*s))) for s in SNORT_SIGS]
    return L.run(ev, None)


# 9 ---------------------------------------------------------------- Juniper SRX (Junos 21.4) syslog to a file on the box: /var/log/messages
def log_junos(seed):
    L = Log("junos_srx", seed, "noyear", False, True)
    g = L.g
    host = "srx-edge-01"
    pids = {"mgd": g.num(1000, 90000), "rpd": 1834, "sshd": 0, "mib2d": 1822, "chassisd": 1803, "eventd": 1788, "kmd": 1905, "login": 0, "dcd": 1799}
    lan = [f"10.1.{g.num(0, 9)}.{g.num(2, 250)}" for _ in range(30)]
    apps = [("junos-https", 443, 6, "SSL"), ("junos-http", 80, 6, "HTTP"), ("junos-dns-udp", 53, 17, "DNS"), ("junos-ntp", 123, 17, "NTP"), ("junos-ssh", 22, 6, "SSH")]
    natip = "203.0.113.10"

    def emit(proc, msg, ev, pid=True):
        t = L.t
        if proc in pids and pid:
            tag = f"{proc}[{pids[proc] or g.num(2000, 90000)}]"
        else:
            tag = proc
        L.emit(f"{syslog_ts(t)}  {host} {tag}: {msg}", ev, None, proc)

    def flow_create():
        s, d = g.c(lan), g.ip("pub")
        svc, dp, proto, app = g.c(apps)
        sp, nsp = g.port(), g.num(1024, 65535)
        sid = g.num(10 ** 5, 10 ** 7)
        emit("RT_FLOW", f"RT_FLOW_SESSION_CREATE: session created {s}/{sp}->{d}/{dp} 0x0 {svc} {natip}/{nsp}->{d}/{dp} 0x0 source rule SNAT-INTERNET N/A N/A {proto} trust-to-untrust trust untrust {sid} N/A(N/A) ge-0/0/1.0 {app} UNKNOWN UNKNOWN N/A N/A -1 N/A N/A N/A",
             "flow_create", pid=False)

    def flow_close():
        s, d = g.c(lan), g.ip("pub")
        svc, dp, proto, app = g.c(apps)
        reason = g.c(["TCP FIN", "TCP FIN", "TCP RST", "idle Timeout", "response received"] if proto == 6 else ["idle Timeout", "response received"])
        pk1, pk2 = g.num(1, 900), g.num(1, 900)
        emit("RT_FLOW", f"RT_FLOW_SESSION_CLOSE: session closed {reason}: {s}/{g.port()}->{d}/{dp} 0x0 {svc} {natip}/{g.num(1024, 65535)}->{d}/{dp} 0x0 source rule SNAT-INTERNET N/A N/A {proto} trust-to-untrust trust untrust {g.num(10 ** 5, 10 ** 7)} {pk1}({pk1 * g.num(60, 1400)}) {pk2}({pk2 * g.num(60, 1400)}) {g.num(0, 900)} {app} UNKNOWN UNKNOWN N/A N/A -1 N/A N/A N/A",
             "flow_close", pid=False)

    def flow_deny():
        s, d = g.ip("pub"), g.c(["203.0.113.10", "203.0.113.11"])
        dp = g.c([23, 445, 3389, 22, 5900, 8080, 1433])
        emit("RT_FLOW", f"RT_FLOW_SESSION_DENY: session denied {s}/{g.port()}->{d}/{dp} 0x0 None 6(0) default-deny untrust junos-host UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 No policy deny N/A 0 N/A N/A -1 N/A N/A N/A",
             "flow_deny", pid=False)

    def screen():
        emit("RT_SCREEN", f"RT_SCREEN_TCP: {g.c(['SYN flood!', 'Port scan!', 'TCP sweep!'])} source: {g.ip('pub')}:{g.port()}, destination: {g.c(['203.0.113.10', '203.0.113.11'])}:{g.c([80, 443, 22])}, zone name: untrust, interface name: ge-0/0/0.0, action: drop",
             "screen_tcp", pid=False)

    def ssh_fail():
        emit("sshd", f"SSHD_LOGIN_FAILED: Login failed for user '{g.c(['root', 'admin', 'user', 'test', 'netadmin'])}' from host '{g.ip('pub')}'", "sshd_login_failed")
        if g.r.random() < 0.5:
            emit("sshd", f"Failed password for invalid user {g.c(['admin', 'user', 'test'])} from {g.ip('pub')} port {g.port()} ssh2", "sshd_failed_password")

    def admin_session():
        u = g.c(["netadmin", "jdoe", "noc"])
        src = g.c(["10.1.0.8", "10.1.0.9"])
        emit("sshd", f"Accepted keyboard-interactive/pam for {u} from {src} port {g.port()} ssh2", "sshd_accepted")
        emit("mgd", f"UI_AUTH_EVENT: Authenticated user '{u}' assigned to class 'super-user'", "ui_auth_event")
        emit("mgd", f"UI_LOGIN_EVENT: User '{u}' login, class 'j-super-user' [{g.num(2000, 90000)}], ssh-connection '{src} {g.port()} 10.1.0.1 22', client-mode 'cli'", "ui_login_event")
        for _ in range(g.num(1, 5)):
            L.tick(8)
            cmd = g.c(["show security flow session summary ", "show interfaces terse ", "show log messages | last 50 ", "show bgp summary ", "show route 0.0.0.0 ",
                       "configure ", "show | compare ", "show chassis alarms "])
            emit("mgd", f"UI_CMDLINE_READ_LINE: User '{u}', command '{cmd}'", "ui_cmdline")
        if g.r.random() < 0.35:
            emit("mgd", f"UI_COMMIT: User '{u}' requested 'commit' operation (comment: {g.c(['none', 'CHG0031' + str(g.num(10, 99)) + ' add nat rule', 'open port for monitoring'])})", "ui_commit")
            L.tick(4)
            emit("mgd", f"UI_COMMIT_PROGRESS: Commit operation in progress: commit complete", "ui_commit_progress")
            emit("mgd", "UI_COMMIT_COMPLETED: commit complete", "ui_commit_completed")
        emit("mgd", f"UI_LOGOUT_EVENT: User '{u}' logout", "ui_logout_event")

    def bgp():
        peer = g.c(["198.51.100.1", "198.51.100.5"])
        asn = {"198.51.100.1": 64500, "198.51.100.5": 64501}[peer]
        if g.r.random() < 0.5:
            emit("rpd", f"BGP_IO_ERROR_CLOSE_SESSION: BGP peer {peer} (External AS {asn}): Error event Operation timed out(60) for I/O session - closing it", "bgp_io_error")
            emit("rpd", f"RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer {peer} (External AS {asn}) changed state from Established to Idle (event HoldTime) (instance master)", "bgp_state_changed")
        else:
            emit("rpd", f"RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer {peer} (External AS {asn}) changed state from OpenConfirm to Established (event RecvKeepAlive) (instance master)", "bgp_state_changed")

    def link():
        ifc = g.c(["ge-0/0/3", "ge-0/0/4", "xe-0/0/16"])
        idx = g.num(500, 560)
        st = g.c(["down", "up"])
        emit("mib2d", f"SNMP_TRAP_LINK_{st.upper()}: ifIndex {idx}, ifAdminStatus up(1), ifOperStatus {st}({1 if st == 'up' else 2}), ifName {ifc}", "snmp_trap_link")
        emit("/kernel", f"KERN_ARP_ADDR_CHANGE: arp info overwritten for 10.1.0.{g.num(2, 250)} from {g.mac()} to {g.mac()}" if st == "up" else f"{ifc}: link is down", "kernel_link" if st == "down" else "kernel_arp_change", pid=False)

    def ipsec():
        peer = g.ip("pub")
        if g.r.random() < 0.6:
            emit("kmd", f"KMD_VPN_UP_ALARM_USER: VPN vpn-branch-{g.num(1, 9)} from {peer} is up. Local-ip: 203.0.113.10, gateway name: gw-branch-{g.num(1, 9)}, vpn name: vpn-branch-{g.num(1, 9)}, tunnel-id: {g.num(131073, 131090)}, local tunnel-if: st0.{g.num(1, 9)}, remote tunnel-ip: Not-Available, Local IKE-ID: 203.0.113.10, Remote IKE-ID: {peer}, AAA username: Not-Applicable, VR id: 0, Traffic-selector: , Traffic-selector local ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), Traffic-selector remote ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), SA Type: Static",
                 "kmd_vpn_up")
        else:
            emit("kmd", f"KMD_PM_SA_ESTABLISHED: Local gateway: 203.0.113.10, Remote gateway: {peer}, Local ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), Remote ID: ipv4_subnet(any:0,[0..7]=0.0.0.0/0), Direction: {g.c(['inbound', 'outbound'])}, SPI: 0x{g.hx(8)}, AUX-SPI: 0, Mode: Tunnel, Type: dynamic, Traffic-selector:  FC Name: ",
                 "kmd_sa_established")

    ev = [
        (30, flow_create), (28, flow_close), (12, flow_deny), (2, screen), (4, ssh_fail), (0.5, admin_session), (1, bgp), (0.6, link), (1.5, ipsec),
        (0.3, lambda: emit("chassisd", f"CHASSISD_SNMP_TRAP7: SNMP trap generated: Fan/Blower Status changed (jnxContentsContainerIndex 4, jnxContentsL1Index 1, jnxContentsL2Index 0, jnxContentsL3Index 0, jnxContentsDescr SRX345 Fan {g.num(1, 4)}, jnxOperatingState/Temp {g.c([2, 6])})", "chassisd_trap")),
        (0.2, lambda: emit("eventd", f"LIBJNX_EXEC_EXITED: Command stopped: PID {g.num(2000, 90000)}, signal='Terminated' 15, command '/usr/sbin/ntpdate -b -s -u 10.1.0.{g.num(2, 9)}'", "libjnx_exec_exited")),
        (0.8, lambda: emit("mgd", f"UI_CHILD_STATUS: Cleanup child '/usr/sbin/ntpdate', PID {g.num(2000, 90000)}, status 0", "ui_child_status")),
    ]
    return L.run(ev, None)


# 10 --------------------------------------------------------------- Palo Alto PA-3220 (PAN-OS 10.2) syslog (CSV) received by rsyslog: /var/log/remote/pa-fw01.log
def log_paloalto(seed):
    L = Log("paloalto_csv", seed, "full", False, False)
    g = L.g
    serial = "0132010" + str(g.num(10000, 99999))
    dev = "PA-FW01"
    seq = {"n": g.num(7 * 10 ** 9, 8 * 10 ** 9)}
    lan = [f"10.20.{g.num(0, 9)}.{g.num(2, 250)}" for _ in range(40)]
    users = ["corp\\alice", "corp\\bob", "corp\\carol", "corp\\dave", "", "", ""]
    apps = [("ssl", 443, "tcp", "computer-and-internet-info"), ("web-browsing", 80, "tcp", "news"), ("dns-base", 53, "udp", "any"), ("ms-office365-base", 443, "tcp", "online-storage-and-backup"),
            ("google-base", 443, "tcp", "search-engines"), ("zoom-base", 8801, "udp", "web-based-email"), ("ntp-base", 123, "udp", "any"), ("incomplete", 443, "tcp", "any")]
    pan_uuid = g.uuid()

    def nseq():
        seq["n"] += g.num(1, 40)
        return seq["n"]

    def stamp():
        return f"{L.t:%Y/%m/%d %H:%M:%S}"

    def line(body, ev):
        L.emit(f"{syslog_ts(L.t)} {dev} {body}", ev)

    def hires():
        return f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}+00:00"

    def traffic(sub):
        s = g.c(lan)
        d = g.ip("pub")
        app, dp, proto, cat = g.c(apps)
        u = g.c(users)
        if sub in ("drop", "deny"):
            s, d = g.ip("pub"), g.c(["203.0.113.20", "203.0.113.21"])
            app, dp, proto, cat = g.c([("not-applicable", 23, "tcp", "any"), ("not-applicable", 445, "tcp", "any"), ("ms-rdp", 3389, "tcp", "any"), ("not-applicable", 5060, "udp", "any")])
            rule, action, zsrc, zdst, ifin, ifout, reason, natsrc = "interzone-default", "deny" if sub == "deny" else "drop", "untrust", "trust", "ethernet1/1", "", "policy-deny", "0.0.0.0"
            u = ""
        else:
            rule, action, zsrc, zdst, ifin, ifout, reason, natsrc = g.c(["allow-web", "allow-web", "allow-dns", "allow-o365"]), "allow", "trust", "untrust", "ethernet1/2", "ethernet1/1", g.c(["tcp-fin", "tcp-fin", "aged-out", "tcp-rst-from-client", "tcp-rst-from-server", "threat"]) if sub == "end" else "n/a", "203.0.113.20"
        bs, br = (g.num(60, 90000), g.num(60, 900000)) if sub == "end" else ((g.num(60, 900), 0) if sub == "start" else (g.num(60, 200), 0))
        ps, pr = g.num(1, 900), (g.num(1, 900) if sub == "end" else 0)
        elapsed = g.num(0, 900) if sub == "end" else 0
        st = (L.t - dt.timedelta(seconds=elapsed)).strftime("%Y/%m/%d %H:%M:%S")
        f = ["1", stamp(), serial, "TRAFFIC", sub, "2562", stamp(), s, d, natsrc if sub not in ("drop", "deny") else "0.0.0.0", d if sub not in ("drop", "deny") else "0.0.0.0", rule, u, "", app, "vsys1",
             zsrc, zdst, ifin, ifout, "Forward-Syslog", stamp(), str(g.num(10000, 999999)), "1", str(g.port()), str(dp), str(g.num(1024, 65535)) if sub not in ("drop", "deny") else "0",
             str(dp) if sub not in ("drop", "deny") else "0", g.c(["0x400053", "0x400019", "0x0"]) if sub not in ("drop", "deny") else "0x0", proto, action, str(bs + br), str(bs), str(br), str(ps + pr), st, str(elapsed), cat,
             "0", str(nseq()), "0x8000000000000000" if sub != "start" else "0x0", "10.0.0.0-10.255.255.255" if sub not in ("drop", "deny") else g.c(["China", "Russian Federation", "United States", "Netherlands"]),
             g.c(["United States", "Germany", "Ireland", "Netherlands"]) if sub not in ("drop", "deny") else "10.0.0.0-10.255.255.255", "0", str(ps), str(pr), reason,
             "0", "0", "0", "0", "", dev, "from-policy", "", "", "0", "", "0", "", "N/A", "0", "0", "0", "0", pan_uuid, "0", "0", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", hires(), "", "", "", "", "", "", "", "", ""]
        line(",".join(f'"{x}"' if "," in x else x for x in f), f"traffic_{sub}")

    def threat(sub):
        s = g.c(lan)
        d = g.ip("pub")
        u = g.c(users)
        if sub == "url":
            host = g.c(["www.example-news.com", "cdn.tracking.example.net", "login.microsoftonline.com", "ads.example.org", "pastebin.com"])
            content = f"\"{host}/{g.c(['', 'index.html', 'api/v1/collect?id=' + g.hx(8), 'raw/' + g.alnum(8, B62)])}\""
            name, sev, cat, act, direction = "(9999)", "informational", g.c(["computer-and-internet-info", "web-advertisements", "news", "questionable"]), g.c(["alert", "alert", "block-url"]), "client-to-server"
            app, dp = g.c([("ssl", 443), ("web-browsing", 80)])
        elif sub == "vulnerability":
            s, d = g.ip("pub"), g.c(["203.0.113.20", "203.0.113.21"])
            content = '""'
            name = g.c(["Microsoft Windows SMB Remote Code Execution Vulnerability(33956)", "HTTP Directory Traversal Request Attempt(30844)", "Apache Log4j Remote Code Execution Vulnerability(91991)",
                        "SIPVicious Scanner Detection(40015)", "Non-RFC Compliant SSH Protocol Version String Detected(55436)"])
            sev, cat, act, direction = g.c(["critical", "high", "medium", "low"]), "any", g.c(["reset-both", "drop", "alert"]), "client-to-server"
            u = ""
            app, dp = g.c([("web-browsing", 80), ("ms-ds-smb-base", 445), ("ssh", 22), ("sip", 5060)])
        elif sub == "spyware":
            content = '""'
            name = g.c(["generic:dns-tunnel.example.net(109001001)", "Suspicious DNS Query (generic:mlrxpcy.com)(109010001)", "Cobalt Strike Beacon Traffic(86230)"])
            sev, cat, act, direction = g.c(["medium", "high", "critical"]), "any", g.c(["sinkhole", "reset-both", "alert"]), "client-to-server"
            app, dp = g.c([("dns-base", 53), ("ssl", 443)])
        else:
            content = f"\"{g.c(['setup_', 'invoice_', 'report_'])}{g.num(100, 999)}.{g.c(['exe', 'pdf', 'zip', 'docx'])}\""
            name = g.c(["Windows Executable (EXE)(52020)", "PDF File(52033)", "ZIP(52047)", "Microsoft Word 2007 File(52005)"])
            sev, cat, act, direction = "low", "any", "alert", "server-to-client"
            app, dp = g.c([("web-browsing", 80), ("ssl", 443)])
        f = ["1", stamp(), serial, "THREAT", sub, "2562", stamp(), s, d, "203.0.113.20", d, "allow-web" if sub != "vulnerability" else "inbound-dmz", u, "", app, "vsys1", "trust" if sub != "vulnerability" else "untrust",
             "untrust" if sub != "vulnerability" else "dmz", "ethernet1/2" if sub != "vulnerability" else "ethernet1/1", "ethernet1/1" if sub != "vulnerability" else "ethernet1/3", "Forward-Syslog", stamp(), str(g.num(10000, 999999)), "1", str(g.port()), str(dp), str(g.num(1024, 65535)), str(dp),
             "0x80403000", "tcp" if dp != 53 else "udp", act, content, name, cat, sev, direction, str(nseq()), "0x8000000000000000", "10.0.0.0-10.255.255.255", g.c(["United States", "Germany", "China"]),
             "0", "text/html" if sub == "url" else "", "0", "", "", "1" if sub != "url" else "0", "", "", "", "", "", "", "", "0", "0", "0", "0", "", dev, "", "", "", "", "0", "", "0", "", "N/A",
             g.c(["unknown", "code-execution", "info-leak", "brute-force", "spyware"]) if sub != "url" else "unknown", "AppThreat-8901-" + str(g.num(8000, 8999)), "0x0", "0", "4294967295", "", "", pan_uuid, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", hires()]
        line(",".join(f'"{x}"' if ("," in x and not x.startswith('"')) else x for x in f), f"threat_{sub}")

    def system(sub, sev, desc, ev, obj=""):
        f = ["1", stamp(), serial, "SYSTEM", sub, "2561", stamp(), "", sub, obj, "0", "0", "general", sev, f"\"{desc}\"", str(nseq()), "0x0", "0", "0", "0", "0", "", dev, "0", "0", hires()]
        line(",".join(f), ev)

    def config():
        u = g.c(["admin", "netops"])
        cmd = g.c(["edit", "set", "delete", "commit"])
        path = g.c([" vsys  vsys1  rulebase  security  rules  allow-web", " vsys  vsys1  address  host-" + g.ip(), " vsys  vsys1  rulebase  nat  rules  snat-out", ""])
        f = ["1", stamp(), serial, "CONFIG", "0", "2561", stamp(), g.c(["10.20.0.8", "10.20.0.9"]), "vsys1", cmd, u, "Web", g.c(["Succeeded", "Succeeded", "Failed"]), path, str(nseq()), "0x0", "", "", "", "", "0", "0", "0", "0", "", dev, "", "", "", hires()]
        line(",".join(f), "config")

    ev = [
        (40, lambda: traffic("end")), (8, lambda: traffic("start")), (10, lambda: traffic("deny")), (4, lambda: traffic("drop")),
        (9, lambda: threat("url")), (2, lambda: threat("vulnerability")), (1, lambda: threat("spyware")), (1.5, lambda: threat("file")),
        (1.2, lambda: system("auth", "informational", f"authenticated for user '{g.c(['admin', 'netops'])}'.   auth profile 'Local', vsys 'shared', server profile '', server address ''", "sys_auth_ok")),
        (0.5, lambda: system("auth", "medium", f"failed authentication for user '{g.c(['admin', 'root', 'netops'])}'.  Reason: Invalid username/password. auth profile 'Local', vsys 'shared', server profile '', server address '', From: {g.ip('pub')}.", "sys_auth_failed")),
        (1, lambda: system("general", "informational", f"User {g.c(['admin', 'netops'])} logged in via Web from {g.c(['10.20.0.8', '10.20.0.9'])} using https", "sys_login_web")),
        (0.6, lambda: system("globalprotect", "informational", f"GlobalProtect gateway user authentication succeeded. Login from: {g.ip('pub')}, Source region: DE, User name: corp\\{g.user()}, Client OS version: Microsoft Windows 11 Pro , 64-bit, Auth type: profile.", "sys_gp_auth", "GP-GW")),
        (0.4, lambda: system("routing", "informational", f"BGP peer session with peer ISP-{g.num(1, 2)} (198.51.100.{g.c([1, 5])}) established", "sys_bgp_established")),
        (0.3, lambda: system("general", "informational", f"Content update job succeeded for user Auto update agent", "sys_content_update")),
        (0.2, lambda: system("vpn", "medium", f"IKE protocol notification message received: INVALID-SPI (11).", "sys_ike_invalid_spi", "branch-gw")),
        (0.3, config),
    ]
    return L.run(ev, None)


# 11 --------------------------------------------------------------- SharePoint Server 2019 ULS trace log (tab separated, fixed-width columns)
def log_sharepoint_uls(seed):
    L = Log("sharepoint_uls", seed, "full", True, True)
    g = L.g
    site = "https://intranet.contoso.com"
    pages = ["/sites/hr/SitePages/Home.aspx", "/sites/finance/Shared Documents/Forms/AllItems.aspx", "/_layouts/15/start.aspx", "/_api/web/lists/getbytitle('Tasks')/items",
             "/sites/it/_vti_bin/client.svc/ProcessQuery", "/_layouts/15/images/spcommon.png", "/sites/hr/_api/contextinfo", "/_vti_bin/sites.asmx"]
    w3 = [f"w3wp.exe (0x{g.HX(4)})" for _ in range(2)]
    tids = [f"0x{g.HX(4)}" for _ in range(12)]

    def row(proc, tid, area, cat, eid, lvl, msg, corr, ev, star=False):
        t = L.t
        ts = f"{t:%m/%d/%Y %H:%M:%S}.{t.microsecond // 10000:02d}{'*' if star else ' '}"
        L.emit(f"{ts}\t{proc:<40}\t{tid:<6}\t{area:<30}\t{cat:<30}\t{eid:<4}\t{lvl:<8}\t{msg}\t{corr}", ev, lvl, f"{area}|{cat}")

    def long_row(proc, tid, area, cat, eid, lvl, msg, corr, ev, ev_cont):
        """ULS cuts messages at about 2,000 characters and continues them on rows stamped with '*'."""
        parts = []
        while len(msg) > 1990:
            parts.append(msg[:1990])
            msg = msg[1990:]
        parts.append(msg)
        for i, p in enumerate(parts):
            text = ("..." if i else "") + p + ("..." if i < len(parts) - 1 else "")
            row(proc, tid, area, cat, eid, lvl, text, corr, ev if i == 0 else ev_cont, star=i > 0)

    SPF = "SharePoint Foundation"

    def request():
        p = g.c(pages)
        m = "POST" if ("ProcessQuery" in p or "contextinfo" in p or "asmx" in p) else "GET"
        proc, tid, corr = g.c(w3), g.c(tids), g.uuid()
        u = g.c(["alice", "bob", "carol", "dave", "svc_crawl", "erin"])
        url = f"{site}:443{p}"
        row(proc, tid, SPF, "Monitoring", "nasq", "Medium", f"Entering monitored scope (Request ({m}:{url})). Parent No", corr, "entering_scope")
        row(proc, tid, SPF, "Logging Correlation Data", "xmnv", "Medium", f"Name=Request ({m}:{url})", corr, "corr_name")
        if g.r.random() < 0.08:
            row(proc, tid, SPF, "Claims Authentication", "bzzo", "Medium", f"SAML Claims Authentication: user '0#.w|contoso\\{u}' authentication failed: The security token is expired", corr, "claims_expired")
        row(proc, tid, SPF, "Authentication Authorization", "agb9s", "Medium", f"Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|contoso\\{u}, ClaimsCount={g.num(20, 90)}", corr, "non_oauth")
        row(proc, tid, SPF, "Logging Correlation Data", "xmnv", "Medium", f"Site=/{'/'.join(p.split('/')[1:3]) if p.startswith('/sites') else ''}", corr, "corr_site")
        if g.r.random() < 0.35:
            sp = g.c(["proc_GetTpWebMetaDataAndListMetaData", "proc_SecGetPrincipalById", "proc_FetchDocForHttpGet", "proc_GetListItemsWithPaging"])
            long_row(proc, tid, SPF, "Database", "tzkv", "Verbose",
                     f"SqlCommand: 'dbo.{sp}'     CommandType: StoredProcedure CommandTimeout: 0     @WebSiteId: {{{g.uuid()}}}     @WebId: {{{g.uuid()}}}     @Url: N'{p[:60]}'     @ListId: {{{g.uuid()}}}     @RequestGuid: {{{corr}}}"
                     + "".join(f"     @p{k}: {g.num(0, 99999)}" for k in range(g.num(0, 140))), corr, "sqlcommand", "sqlcommand_cont")
        if g.r.random() < 0.05:
            row(proc, tid, SPF, "General", "8kh7", "High", f"Unknown SPRequest error occurred. More information: 0x80070005", corr, "sprequest_error")
        if g.r.random() < 0.03:
            row(proc, tid, SPF, "General", "8l1n", "High", f"Potentially excessive number of SPRequest objects ({g.num(9, 30)}) currently unreleased on thread {g.num(5, 90)}.  Ensure that this object or its parent (such as an SPWeb or SPSite) is being properly disposed. This object is holding on to a separate native heap.", corr, "excessive_sprequest")
        L.tick(0.2)
        ms = g.f(3, 4000, 4)
        row(proc, tid, SPF, "Micro Trace", "uls4", "Medium", f"Micro Trace Tags: 0 nasq,{g.num(1, 9)} agb9s,{g.num(10, 90)} b4ly", corr, "micro_trace")
        row(proc, tid, SPF, "Monitoring", "b4ly", "Medium", f"Leaving Monitored Scope (Request ({m}:{url})). Execution Time={ms}", corr, "leaving_scope")

    def deadlock():
        proc, tid, corr = g.c(w3), g.c(tids), g.uuid()
        stack = ("System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID " + str(g.num(50, 300)) + ") was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.    "
                 + "    ".join(["at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                                 "at System.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, Boolean callerHasConnectionLock, Boolean asyncClose)",
                                 "at System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
                                 "at System.Data.SqlClient.SqlDataReader.TryConsumeMetaData()", "at System.Data.SqlClient.SqlDataReader.get_MetaData()",
                                 "at System.Data.SqlClient.SqlCommand.FinishExecuteReader(SqlDataReader ds, RunBehavior runBehavior, String resetOptionsString, Boolean isInternal, Boolean forDescribeParameterEncryption, Boolean shouldCacheForAlwaysEncrypted)",
                                 "at System.Data.SqlClient.SqlCommand.RunExecuteReaderTds(CommandBehavior cmdBehavior, RunBehavior runBehavior, Boolean returnStream, Boolean async, Int32 timeout, Task& task, Boolean asyncWrite, Boolean inRetry, SqlDataReader ds, Boolean describeParameterEncryptionRequest)",
                                 "at System.Data.SqlClient.SqlCommand.RunExecuteReader(CommandBehavior cmdBehavior, RunBehavior runBehavior, Boolean returnStream, String method, TaskCompletionSource`1 completion, Int32 timeout, Task& task, Boolean& usedCache, Boolean asyncWrite, Boolean inRetry)",
                                 "at System.Data.SqlClient.SqlCommand.ExecuteReader(CommandBehavior behavior, String method)",
                                 "at Microsoft.SharePoint.Utilities.SqlSession.ExecuteReader(SqlCommand command, CommandBehavior behavior, SqlQueryData monitoringData, Boolean retryForDeadLock)",
                                 "at Microsoft.SharePoint.SPSqlClient.ExecuteQueryInternal(Boolean retryfordeadlock)",
                                 "at Microsoft.SharePoint.SPSqlClient.ExecuteQuery(Boolean retryfordeadlock)",
                                 "at Microsoft.SharePoint.Library.SPRequestInternalClass.GetListItemDataWithCallback2(IListItemSqlClient pSqlClient, String bstrUrl, String bstrListName, String bstrViewName, String bstrViewXml, SAFEARRAYFLAGS fSafeArrayFlags, ISP2DSafeArrayWriter pSACallback, ISPDataCallback pPagingCallback, ISPDataCallback pPagingPrevCallback, ISPDataCallback pFilterLinkCallback, ISPDataCallback pSchemaCallback, ISPDataCallback pRowCountCallback, Boolean& pbMaximalView)",
                                 "at Microsoft.SharePoint.SPListItemCollection.EnsureListItemsData()", "at Microsoft.SharePoint.SPListItemCollection.get_Count()",
                                 "at Microsoft.SharePoint.WebControls.ListViewWebPart.RenderView()", "at System.Web.UI.Control.RenderControlInternal(HtmlTextWriter writer, ControlAdapter adapter)"])
                 + f"  ClientConnectionId:{g.uuid()}  Error Number:1205,State:{g.num(40, 60)},Class:13")
        long_row(proc, tid, SPF, "Database", "5586", "Unexpected", "Unknown SQL Exception 1205 occurred. Additional error information from SQL Server is included below.  " + stack,
                 corr, "sql_exception", "sql_exception_cont")

    def timer():
        job = g.c(["Health Statistics Updating", "Usage Data Import", "Microsoft SharePoint Foundation Usage Data Processing", "Search Health Monitoring - Trace Events",
                   "Immediate Alerts", "Workflow", "Scheduled Approval", "Bulk workflow task processing"])
        proc, tid, corr = "OWSTIMER.EXE (0x0C4C)", g.c(tids), g.uuid()
        row(proc, tid, SPF, "Timer", "af1sb", "Verbose", f"Begin invoke timer job {job}, id {{{g.uuid()}}}, DB {g.c(['WSS_Content', 'SharePoint_Config', 'WSS_Content_HR'])}", corr, "timer_begin")
        L.tick(1)
        if g.r.random() < 0.06:
            row(proc, tid, SPF, "Timer", "6398", "Critical", f"The Execute method of job definition Microsoft.SharePoint.Administration.SPUsageImportJobDefinition (ID {g.uuid()}) threw an exception. More information is included below.  Access to the path 'C:\\Program Files\\Common Files\\microsoft shared\\Web Server Extensions\\16\\LOGS\\{g.c(['SP01', 'SP02'])}-{L.t:%Y%m%d}-{g.num(1000, 2359)}.usage' is denied.", corr, "job_threw")
        row(proc, tid, SPF, "Timer", "af1sc", "Verbose", f"End invoke timer job {job}, id {{{g.uuid()}}}, DB {g.c(['WSS_Content', 'SharePoint_Config', 'WSS_Content_HR'])}", corr, "timer_end")

    def crawl():
        proc, tid = "mssearch.exe (0x1A2C)", g.c(tids)
        row(proc, tid, "SharePoint Server Search", "Crawler:Gatherer Plugin", "e5ly", "Verbose",
            f"CGatherer::LoadTransactionsFromCrawl, Project <Portal_Content>, Crawl {g.num(100, 999)} - transaction count {g.num(0, 900)}", "", "gatherer_load")
        if g.r.random() < 0.2:
            row(proc, tid, "SharePoint Server Search", "Crawler:Content Plugin", "af7y0", "High",
                f"Content Plugin can not be initialized - list of CSS addresses is not set.", "", "content_plugin_css")

    def dcache():
        proc, tid, corr = g.c(w3), g.c(tids), g.uuid()
        row(proc, tid, SPF, "DistributedCache", "air4a", "Unexpected",
            f"Unexpected error occurred in method 'GetObject' , usage 'Distributed Logon Token Cache' - Exception 'Microsoft.ApplicationServer.Caching.DataCacheException: ErrorCode<ERRCA0018>:SubStatus<ES0001>:The request timed out.. Additional Information : The client was trying to communicate with the server : net.tcp://{g.c(['SP03', 'SP04'])}.contoso.com:22233'.",
            corr, "dcache_error")

    def usage():
        proc, tid = g.c(w3), g.c(tids)
        row(proc, tid, SPF, "Usage Infrastructure", "a45zt", "Monitorable", f"Disk space in the usage log directory is below {g.num(1, 9)} GB; further usage logging may be skipped.", "", "usage_disk_low")

    ev = [(30, request), (0.3, deadlock), (6, timer), (5, crawl), (0.8, dcache), (0.2, usage)]
    L.emit("Timestamp              \tProcess                                 \tTID   \tArea                          \tCategory                      \tEventID\tLevel     \tMessage \tCorrelation", "uls_header", t=None)
    return L.run(ev, None)


# 12 --------------------------------------------------------------- Factorio 1.1 headless server stdout (relative seconds, console-log lines mixed in)
def log_factorio(seed):
    L = Log("factorio_server", seed, "rel", True, True)
    g = L.g
    t0 = L.t
    st = {"tick": g.num(50_000_000, 70_000_000), "peer": 0, "on": {}, "save": 0, "last_save": L.t}
    names = ["alice", "Bobinator", "carol_builds", "DaveTheMiner", "erin", "xX_frank_Xx", "grace", "heidi42"]

    def up():
        return (L.t - t0).total_seconds()

    def tick():
        st["tick"] += g.num(60, 2000)
        return st["tick"]

    def raw(text, ev, lv=None, comp=None):
        L.emit(f"{up():8.3f} {text}", ev, lv, comp)

    def info(f, line, msg, ev, lv="Info"):
        L.emit(f"{up():8.3f} {lv} {f}:{line}: {msg}", ev, lv, f)

    def console(kind, msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} [{kind}] {msg}", ev)

    def state(peer, old, new):
        info("ServerMultiplayerManager.cpp", 795, f"updateTick({tick()}) received stateChanged peerID({peer}) oldState({old}) newState({new})", "state_changed")

    def startup():
        raw(f"{L.t:%Y-%m-%d %H:%M:%S}; Factorio 1.1.110 (build 62197, linux64, headless)", "banner")
        for text, ev in [("Operating system: Linux (Debian 12)", "os"),
                         ('Program arguments: "/opt/factorio/bin/x64/factorio" "--port" "34197" "--server-settings" "/factorio/config/server-settings.json" "--server-banlist" "/factorio/config/server-banlist.json" "--rcon-port" "27015" "--server-whitelist" "/factorio/config/server-whitelist.json" "--use-server-whitelist" "--server-adminlist" "/factorio/config/server-adminlist.json" "--rcon-password" "<private>" "--server-id" "/factorio/config/server-id.json" "--start-server-load-latest"', "program_args"),
                         ("Read data path: /opt/factorio/data", "read_data_path"), ("Write data path: /factorio [89123/102400MB]", "write_data_path"),
                         ("Binaries path: /opt/factorio/bin", "binaries_path"),
                         ("System info: [CPU: AMD EPYC 7302P 16-Core Processor, 16 cores, RAM: 64234 MB, page size: 4 KB]", "system_info"),
                         ("Display options: [FullScreen: 1] [VSync: 1] [UIScale: automatic (100.0%)] [Native DPI: 1] [Screen: 255] [Special: lmw] [Lang: en]", "display_options"),
                         ("Available displays: 0", "available_displays"), ("Running in headless mode", "headless")]:
            L.t += dt.timedelta(milliseconds=g.num(1, 20))
            raw(text, ev)
        for mod, ver, f in [("core", "0.0.0", "data.lua"), ("base", "1.1.110", "data.lua"), ("base", "1.1.110", "data-updates.lua")]:
            L.t += dt.timedelta(milliseconds=g.num(30, 300))
            raw(f"Loading mod {mod} {ver} ({f})", "loading_mod")
        raw(f"Checksum for core: {g.num(10 ** 9, 4 * 10 ** 9)}", "checksum_mod")
        raw(f"Checksum of base: {g.num(10 ** 9, 4 * 10 ** 9)}", "checksum_mod")
        L.t += dt.timedelta(milliseconds=g.num(100, 300))
        raw(f"Prototype list checksum: {g.num(10 ** 9, 4 * 10 ** 9)}", "prototype_checksum")
        info("PlayerData.cpp", 71, "Local player-data.json unavailable", "player_data_local")
        info("PlayerData.cpp", 76, "Cloud player-data.json unavailable", "player_data_cloud")
        raw("Factorio initialised", "initialised")
        info("ServerSynchronizer.cpp", 34, "nextHeartbeatSequenceNumber(0) initialized Synchronizer for server.", "sync_init")
        info("ServerMultiplayerManager.cpp", 795, "updateTick(4294967295) changing state from(Ready) to(PreparedToHostGame)", "changing_state")
        info("ServerMultiplayerManager.cpp", 795, "updateTick(4294967295) changing state from(PreparedToHostGame) to(CreatingGame)", "changing_state")
        raw(f"Loading map /factorio/saves/_autosave{g.num(1, 5)}.zip: {g.num(10 ** 7, 9 * 10 ** 7)} bytes.", "loading_map")
        L.t += dt.timedelta(milliseconds=g.num(50, 200))
        raw(f"Loading level.dat: {g.num(10 ** 7, 9 * 10 ** 7)} bytes.", "loading_level")
        info("Scenario.cpp", 199, "Map version 1.1.110-0", "map_version")
        L.t += dt.timedelta(milliseconds=g.num(300, 900))
        raw(f"Loading script.dat: {g.num(10 ** 5, 10 ** 6)} bytes.", "loading_script")
        raw(f"Checksum for script /factorio/temp/currently-playing/control.lua: {g.num(10 ** 9, 4 * 10 ** 9)}", "checksum_script")
        info("UDPSocket.cpp", 39, "Opening socket at (IP ADDR:({0.0.0.0:34197}))", "opening_socket")
        raw("Hosting game at IP ADDR:({0.0.0.0:34197})", "hosting_game")
        info("HttpSharedState.cpp", 54, "Downloading https://auth.factorio.com/generate_server_padlock_2?api_version=4", "downloading_padlock")
        L.t += dt.timedelta(milliseconds=g.num(100, 400))
        info("AuthServerConnector.cpp", 81, "Obtained serverPadlock for serverHash (" + g.alnum(40, B62) + ") from the auth server.", "padlock_obtained")
        info("ServerMultiplayerManager.cpp", 795, f"updateTick({st['tick']}) changing state from(CreatingGame) to(InGame)", "changing_state")
        info("ServerRouter.cpp", 261, "Asking pingpong servers (pingpong1.factorio.com:34197, pingpong2.factorio.com:34197, pingpong3.factorio.com:34197, pingpong4.factorio.com:34197) to solicit connection for: 203.0.113.7:34197", "asking_pingpong")
        info("RemoteCommandProcessor.cpp", 133, "Starting RCON interface at IP ADDR:({0.0.0.0:27015})", "rcon_starting")
        L.t += dt.timedelta(milliseconds=g.num(100, 400))
        for n in (1, 2, 3, 4):
            info("ServerRouter.cpp", 578, f"own_address(203.0.113.7:34197) confirmed by pingpong{n}", "own_address_confirmed")
        info("ServerMultiplayerManager.cpp", 1005, "Matching server connection resumed", "matching_resumed")

    def join():
        free = [n for n in names if n not in st["on"]]
        if not free:
            return chat()
        n = g.c(free)
        st["peer"] += 1
        p = st["peer"]
        ip = g.ip("pub")
        info("ServerMultiplayerManager.cpp", 938, f"Received peer info for peer({p}) username({n}).", "peer_info")
        info("ServerSynchronizer.cpp", 609, f"nextHeartbeatSequenceNumber({g.num(10 ** 5, 10 ** 7)}) adding peer({p}) success.", "adding_peer")
        if g.r.random() < 0.07:
            info("ServerMultiplayerManager.cpp", 1168, f"Refusing peer({p}) username({n}) from IP ADDR:({{{ip}:{g.port()}}}): User is not whitelisted.", "refusing_peer", "Warning")
            return
        state(p, "Ready", "ConnectedWaitingForMap")
        info("ServerMultiplayerManager.cpp", 1090, f"updateTick({tick()}) Saving for multiplayer (non-blocking).", "saving_for_mp")
        L.tick(1.5)
        info("AppManagerStates.cpp", 1843, "Saving finished", "saving_finished")
        state(p, "ConnectedWaitingForMap", "ConnectedDownloadingMap")
        L.tick(4)
        state(p, "ConnectedDownloadingMap", "ConnectedLoadingMap")
        L.tick(3)
        state(p, "ConnectedLoadingMap", "TryingToCatchUp")
        state(p, "TryingToCatchUp", "WaitingForCommandToStartSendingTickClosures")
        state(p, "WaitingForCommandToStartSendingTickClosures", "InGame")
        info("GameActionHandler.cpp", 2452, f"UpdateTick ({tick()}) processed PlayerJoinGame peerID({p}) playerIndex({names.index(n)}) mode(connect)", "player_join_game")
        console("JOIN", f"{n} joined the game", "con_join")
        st["on"][n] = p

    def leave():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        p = st["on"].pop(n)
        if g.r.random() < 0.15:
            info("ServerMultiplayerManager.cpp", 1427, f"Peer({p}) dropped: no heartbeat received for {g.num(30, 60)} seconds.", "peer_dropped", "Warning")
            reason = "dropped"
        else:
            state(p, "InGame", "DisconnectScheduled")
            reason = "quit"
        info("GameActionHandler.cpp", 2452, f"UpdateTick ({tick()}) processed PlayerLeftGame peerID({p}) playerIndex({names.index(n)}) reason({reason})", "player_left_game")
        console("LEAVE", f"{n} left the game", "con_leave")
        info("ServerMultiplayerManager.cpp", 1010, f"Disconnect notification for peer ({p})", "disconnect_notification")
        info("ServerSynchronizer.cpp", 642, f"nextHeartbeatSequenceNumber({g.num(10 ** 5, 10 ** 7)}) removing peer({p}).", "removing_peer")

    def chat():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        console("CHAT", f"{n}: {g.c(['anyone got spare iron plates?', 'biters attacking the north outpost', 'brb', 'gg', 'nice belt weave lol', 'who ate all the copper', 'rail signals are fixed now', 'afk 5 min', 'need more oil', 'lol'])}", "con_chat")

    def autosave():
        s = st["save"] % 5 + 1
        st["save"] += 1
        info("AppManager.cpp", 287, f"Saving to _autosave{s} (non-blocking).", "autosave")
        L.tick(1.2)
        info("AppManagerStates.cpp", 1843, "Saving finished", "saving_finished")

    def rcon():
        ip = g.c(["10.0.0.5", "10.0.0.6"])
        port = g.port()
        info("RemoteCommandProcessor.cpp", 242, f"New RCON connection from IP ADDR:({{{ip}:{port}}})", "rcon_new")
        if g.r.random() < 0.5:
            console("COMMAND", f"<server> (command): game.print(\"Server restart in {g.c([5, 10, 30])} minutes\")", "con_command")
        L.tick(0.5)
        info("RemoteCommandProcessor.cpp", 178, f"Disconnected RCON connection from IP ADDR:({{{ip}:{port}}})", "rcon_disconnected")

    def cmd():
        if not st["on"]:
            return join()
        n = g.c(list(st["on"]))
        console("COMMAND", f"{n} (command): {g.c(['game.player.force.chart(game.player.surface, {{-500, -500}, {500, 500}})', 'game.speed = 1', 'game.player.print(game.player.position)'])}", "con_command")

    startup()
    ev = [(6, join), (5, leave), (12, chat), (3, autosave), (1, rcon), (0.4, cmd),
          (0.6, lambda: info("ServerMultiplayerManager.cpp", 1021, f"updateTick({tick()}) peer({g.num(1, st['peer'] + 1)}) lagging behind, scheduling re-send of {g.num(1, 30)} tick closures", "peer_lagging", "Verbose")),
          (0.3, lambda: info("ServerRouter.cpp", 1031, f"Received packet from unknown IP ADDR:({{{g.ip('pub')}:{g.port()}}}) with message type ConnectionRequest; ignoring.", "unknown_packet", "Warning")),
          (0.05, lambda: info("AppManagerStates.cpp", 1851, f"Saving failed: Error when writing to /factorio/saves/_autosave{g.num(1, 5)}.tmp.zip: No space left on device", "saving_failed", "Error"))]
    return L.run(ev, None)


# 13 --------------------------------------------------------------- `go test -v -race -cover ./...` in CI, several pipeline runs
def log_go_test(seed):
    L = Log("go_test_verbose", seed, None, True, False)
    g = L.g
    mod = "github.com/acme/shipper"
    cities = ["berlin_paris", "paris_madrid", "nyc_boston", "tokyo_osaka", "zero_distance", "antimeridian", "poles"]

    def out(text, ev, lv=None):
        L.emit(text, ev, lv)

    def slog(lv, msg, kv):
        t = L.t
        out(f"time={t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z level={lv} msg={msg} {kv}", "slog_" + msg.strip('"').replace(" ", "_"), lv)

    def stdlog(msg, ev):
        out(f"{L.t:%Y/%m/%d %H:%M:%S} {msg}", ev)

    spent = [[]]

    def test(name, body=None, parallel=False, dur=None, fail=False, skip=None, indent=0):
        pad = "    " * indent
        out(f"=== RUN   {name}", "run")
        if parallel:
            out(f"=== PAUSE {name}", "pause")
            out(f"=== CONT  {name}", "cont")
        spent.append([])
        if body:
            body()
        kids = sum(spent.pop())
        own = float(dur) if dur is not None else float(g.c(["0.00", "0.00", "0.00", "0.01", g.f(0.01, 0.4, 2)]))
        d = f"{max(own, kids):.2f}"
        spent[-1].append(float(d))
        if skip:
            out(f"{pad}    {skip}", "t_skip_reason")
            out(f"{pad}--- SKIP: {name} ({d}s)", "skip")
        elif fail:
            out(f"{pad}--- FAIL: {name} ({d}s)", "fail")
        else:
            out(f"{pad}--- PASS: {name} ({d}s)", "pass")

    def pkg_end(path, ok, cov=None):
        if ok:
            out("PASS", "pass_total")
            if cov:
                out(f"coverage: {cov}% of statements", "coverage")
            out(f"ok  \t{mod}/{path}\t{g.f(0.01, 4, 3)}s\tcoverage: {cov}% of statements" if cov else f"ok  \t{mod}/{path}\t{g.f(0.01, 4, 3)}s", "pkg_ok")
        else:
            out("FAIL", "fail_total")
            if cov:
                out(f"coverage: {cov}% of statements", "coverage")
            out(f"FAIL\t{mod}/{path}\t{g.f(0.01, 4, 3)}s", "pkg_fail")

    def config_pkg():
        def load_body():
            for sub in ["defaults", "env_override", "missing_file", "invalid_yaml"]:
                def sb(sub=sub):
                    if sub == "missing_file":
                        out(f"        config_test.go:{g.c([58, 61])}: expected error: open testdata/{sub}.yaml: no such file or directory", "t_log_expected_error")
                test(f"TestLoad/{sub}", sb, indent=1)
        test("TestLoad", load_body, dur="0.00")
        test("TestValidate", lambda: out(f"    config_test.go:{g.num(90, 99)}: using fixture testdata/basic.yaml", "t_log_fixture"))
        pkg_end("internal/config", True, g.f(70, 92, 1))

    def store_pkg():
        flaky = g.r.random() < 0.25
        if g.r.random() < 0.3:
            test("TestStore_Create", skip="store_test.go:24: skipping: TEST_DATABASE_URL not set")
            test("TestStore_Get", skip="store_test.go:24: skipping: TEST_DATABASE_URL not set")
            test("TestStore_Delete", skip="store_test.go:24: skipping: TEST_DATABASE_URL not set")
            pkg_end("internal/store", True, g.f(5, 20, 1))
            return

        def create():
            stdlog(f"store: using database postgres://test@localhost:5432/shipper_test_{g.hx(6)}?sslmode=disable", "std_using_db")
            stdlog(f"store: applied {g.num(10, 24)} migrations in {g.f(10, 400, 1)}ms", "std_migrations")
        test("TestStore_Create", create, dur=g.f(0.05, 0.9, 2))
        test("TestStore_Get", dur=g.f(0.01, 0.2, 2))

        def delete():
            def soft():
                if flaky:
                    out(f"        store_test.go:{g.c([88, 92])}: ", "testify_head")
                    out(f"            \tError Trace:\t/builds/acme/shipper/internal/store/store_test.go:{g.c([88, 92])}", "testify_trace")
                    out("            \tError:      \tNot equal: ", "testify_error")
                    out(f"            \t            \texpected: {g.num(2, 9)}", "testify_expected")
                    out(f"            \t            \tactual  : {g.num(0, 1)}", "testify_actual")
                    out("            \tTest:       \tTestStore_Delete/soft_delete", "testify_test")
                    out("            \tMessages:   \trows after delete", "testify_messages")
            test("TestStore_Delete/soft_delete", soft, fail=flaky, indent=1)
            test("TestStore_Delete/hard_delete", indent=1)
        test("TestStore_Delete", delete, fail=flaky, dur=g.f(0.02, 0.3, 2))
        test("TestStore_List", parallel=True, dur=g.f(0.02, 0.3, 2))
        pkg_end("internal/store", not flaky, g.f(55, 80, 1))

    def queue_pkg():
        boom = g.r.random() < 0.08
        test("TestQueue_Push")
        if boom:
            out("=== RUN   TestQueue_Drain", "run")
            out("--- FAIL: TestQueue_Drain (0.00s)", "fail")
            out("panic: runtime error: invalid memory address or nil pointer dereference [recovered]", "panic_recovered")
            out("\tpanic: runtime error: invalid memory address or nil pointer dereference", "panic_inner")
            out(f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x{g.hx(6)}]", "panic_signal")
            out("", "blank")
            out(f"goroutine {g.num(20, 90)} [running]:", "goroutine_head")
            for fn, loc in [(f"testing.tRunner.func1.2({{0x{g.hx(6)}, 0x{g.hx(6)}}})", "/usr/local/go/src/testing/testing.go:1631 +0x24a"),
                            ("testing.tRunner.func1()", "/usr/local/go/src/testing/testing.go:1634 +0x377"),
                            (f"panic({{0x{g.hx(6)}?, 0x{g.hx(6)}?}})", "/usr/local/go/src/runtime/panic.go:770 +0x132"),
                            (f"{mod}/internal/queue.(*Queue).Drain(0x0, {{0x{g.hx(6)}, 0xc000{g.hx(6)}}})", f"/builds/acme/shipper/internal/queue/queue.go:{g.c([112, 117])} +0x4a"),
                            (f"{mod}/internal/queue.TestQueue_Drain(0xc000{g.hx(6)})", "/builds/acme/shipper/internal/queue/queue_test.go:41 +0x9c"),
                            (f"testing.tRunner(0xc000{g.hx(6)}, 0x{g.hx(6)})", "/usr/local/go/src/testing/testing.go:1689 +0x21f"),
                            ("created by testing.(*T).Run in goroutine 1", "/usr/local/go/src/testing/testing.go:1742 +0x826")]:
                out(fn, "goroutine_func")
                out("\t" + loc, "goroutine_loc")
            out(f"FAIL\t{mod}/internal/queue\t{g.f(0.01, 0.5, 3)}s", "pkg_fail")
            return
        test("TestQueue_Drain")
        test("TestQueue_Concurrent", parallel=True, dur=g.f(0.1, 2.5, 2))

        def backoff():
            for k in range(1, 5):
                test(f"TestBackoff/attempt_{k}", indent=1)
        test("TestBackoff", backoff)
        pkg_end("internal/queue", True, g.f(80, 95, 1))

    def api_pkg():
        def health():
            slog("INFO", "request", f"method=GET path=/healthz status=200 dur={g.f(5, 90, 1)}µs")
        test("TestHandler_Health", health)

        def create():
            for sub, code in [("valid", 201), ("missing_address", 422), ("bad_json", 400)]:
                def sb(sub=sub, code=code):
                    if code >= 400:
                        slog("WARN", "\"invalid request\"", f"path=/v1/shipments err=\"{ {'missing_address': 'address.line1: required', 'bad_json': 'unexpected EOF'}[sub] }\"")
                    slog("INFO", "request", f"method=POST path=/v1/shipments status={code} dur={g.f(0.1, 9, 1)}ms")
                test(f"TestHandler_CreateShipment/{sub}", sb, indent=1)
        test("TestHandler_CreateShipment", create)

        def auth():
            slog("ERROR", "\"token verification failed\"", f"err=\"token is expired\" sub=user-{g.num(1, 99)}")
        test("TestMiddleware_Auth", auth)
        if g.r.random() < 0.15:
            out("==================", "race_sep")
            out("WARNING: DATA RACE", "race_warning")
            out(f"Write at 0x00c000{g.hx(6)} by goroutine {g.num(20, 90)}:", "race_write_at")
            out(f"  {mod}/internal/api.(*metrics).inc()", "race_func")
            out("      /builds/acme/shipper/internal/api/metrics.go:31 +0x64", "race_loc")
            out("", "blank")
            out(f"Previous read at 0x00c000{g.hx(6)} by goroutine {g.num(20, 90)}:", "race_read_at")
            out(f"  {mod}/internal/api.(*metrics).snapshot()", "race_func")
            out("      /builds/acme/shipper/internal/api/metrics.go:44 +0x3c", "race_loc")
            out("==================", "race_sep")
            out("    testing.go:1398: race detected during execution of test", "t_race_detected")
            out("--- FAIL: TestMiddleware_Auth (0.01s)", "fail")
            pkg_end("internal/api", False, g.f(60, 75, 1))
            return
        pkg_end("internal/api", True, g.f(60, 75, 1))

    def geo_pkg():
        def dist():
            for c in cities:
                test(f"TestDistance/{c}", indent=1)
        test("TestDistance", dist)
        test("TestParseCoord", lambda: out(f"    geo_test.go:{g.num(70, 80)}: parsed {g.num(10, 40)} coordinates", "t_log_parsed"))
        pkg_end("internal/geo", True, g.f(90, 100, 1))

    def run():
        if g.r.random() < 0.5:
            for dep in g.r.sample(["github.com/stretchr/testify v1.9.0", "github.com/jackc/pgx/v5 v5.5.5", "github.com/go-chi/chi/v5 v5.0.12", "golang.org/x/sync v0.7.0",
                                   "github.com/davecgh/go-spew v1.1.1", "gopkg.in/yaml.v3 v3.0.1"], g.num(2, 6)):
                out(f"go: downloading {dep}", "go_downloading")
        out(f"?   \t{mod}/cmd/shipper\t[no test files]", "no_test_files")
        for p in (api_pkg, config_pkg, geo_pkg, queue_pkg, store_pkg):
            p()
            L.tick(3)
        out(f"?   \t{mod}/internal/version\t[no test files]", "no_test_files")

    ev = [(1, run)]
    return L.run(ev, None)


# 14 --------------------------------------------------------------- etcd 3.5 member log (zap JSON) of a Kubernetes control-plane node
def log_etcd(seed):
    import json
    L = Log("etcd_zap", seed, "full", True, True)
    g = L.g
    me = g.hx(16)
    peers = [g.hx(16), g.hx(16)]
    st = {"rev": g.num(10 ** 6, 5 * 10 ** 6), "term": g.num(3, 20), "idx": g.num(10 ** 6, 9 * 10 ** 6), "snap": 0}
    st["snap"] = st["idx"] - g.num(0, 90000)
    keys = ["/registry/pods/default/", "/registry/leases/kube-node-lease/node-{n}", "/registry/events/kube-system/", "/registry/configmaps/kube-system/kube-proxy",
            "/registry/deployments/prod/api", "/registry/services/endpoints/default/kubernetes", "/registry/minions/node-{n}", "/registry/secrets/prod/"]

    def rec(lv, caller, msg, ev, logger=None, **kw):
        t = L.t
        d = {"level": lv, "ts": f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"}
        if logger:
            d["logger"] = logger
        d["caller"] = caller
        d["msg"] = msg
        d.update(kw)
        comp = caller.split(":")[0]
        L.emit(json.dumps(d, separators=(",", ":"), ensure_ascii=False), ev, lv, (logger + "|" + comp) if logger else comp)

    def key():
        return g.c(keys).format(n=g.num(1, 12))

    def took(lo, hi):
        return f"{g.f(lo, hi, 6)}ms" if g.r.random() < 0.85 else f"{g.f(1, 3, 9)}s"

    def apply_slow():
        k = key()
        rng = k.endswith("/")
        rec("warn", "etcdserver/util.go:170", "apply request took too long", "apply_slow", took=took(100, 900), **{"expected-duration": "100ms"},
            prefix="read-only range " if g.r.random() < 0.7 else "",
            request=f"key:\"{k}\" " + (f"range_end:\"{k[:-1]}0\" " if rng else "") + (f"limit:{g.c([500, 10000])} " if rng and g.r.random() < 0.5 else "") + ("count_only:true " if rng and g.r.random() < 0.2 else ""),
            response=f"range_response_count:{g.num(0, 900)} size:{g.num(0, 900000)}")

    def trace():
        tid = g.num(10 ** 8, 2 * 10 ** 9)
        k = key()
        a, b = float(g.f(100, 600, 6)), float(g.f(0.01, 60, 6))
        op = g.c(["range", "range", "transaction", "put"])
        start = L.t - dt.timedelta(milliseconds=a + b)
        steps = [f"trace[{tid}] 'agreement among raft nodes before linearized reading'  (duration: {a:.6f}ms)", f"trace[{tid}] 'range keys from in-memory index tree'  (duration: {b:.6f}ms)"] if op == "range" else \
                [f"trace[{tid}] 'process raft request'  (duration: {a:.6f}ms)", f"trace[{tid}] 'compare'  (duration: {b:.6f}ms)"]
        rec("info", "traceutil/trace.go:171", f"trace[{tid}] {op}", "trace_" + op,
            detail=f"{{range_begin:{k}; range_end:; response_count:{g.num(0, 9)}; response_revision:{st['rev']}; }}" if op == "range" else f"{{read_only:false; response_revision:{st['rev']}; number_of_response:1; }}",
            duration=f"{a + b:.6f}ms", start=f"{start:%Y-%m-%dT%H:%M:%S}.{start.microsecond // 1000:03d}Z", end=f"{L.t:%Y-%m-%dT%H:%M:%S}.{ms3(L.t)}Z", steps=steps, step_count=2)

    def compaction():
        st["rev"] += g.num(5000, 30000)
        rec("info", "mvcc/index.go:214", "compact tree index", "compact_index", revision=st["rev"])
        L.tick(0.05)
        sz = g.num(20, 300) * 1024 * 1024
        use = int(sz * g.r.uniform(0.3, 0.9))
        rec("info", "mvcc/kvstore_compaction.go:66", "finished scheduled compaction", "compact_finished", **{"compact-revision": st["rev"], "took": took(5, 90), "hash": g.num(10 ** 8, 4 * 10 ** 9),
            "current-db-size-bytes": sz, "current-db-size": f"{sz / 1e6:.0f} MB", "current-db-size-in-use-bytes": use, "current-db-size-in-use": f"{use / 1e6:.0f} MB"})
        rec("info", "mvcc/hash.go:137", "storing new hash", "storing_hash", hash=g.num(10 ** 8, 4 * 10 ** 9), revision=st["rev"], **{"compact-revision": st["rev"] - g.num(5000, 30000)})

    def request_stats():
        k = key()
        rec("warn", "v3rpc/interceptor.go:197", "request stats", "request_stats", **{"start time": f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond:06d}Z", "time spent": took(100, 900),
            "remote": f"127.0.0.1:{g.port()}", "response type": g.c(["/etcdserverpb.KV/Range", "/etcdserverpb.KV/Txn"]), "request count": g.num(0, 1), "request size": g.num(20, 900),
            "response count": g.num(0, 900), "response size": g.num(20, 900000), "request content": f"key:\"{k}\" " + (f"range_end:\"{k[:-1]}0\" " if k.endswith("/") else "")})

    def snapshot():
        st["idx"] += g.num(90000, 110000)
        rec("info", "etcdserver/server.go:1395", "triggering snapshot", "triggering_snapshot", **{"local-member-id": me, "local-member-applied-index": st["idx"], "local-member-snapshot-index": st["snap"], "local-member-snapshot-count": 100000})
        st["snap"] = st["idx"]
        rec("info", "etcdserver/server.go:2413", "saved snapshot", "saved_snapshot", **{"snapshot-index": st["idx"]})
        rec("info", "etcdserver/server.go:2443", "compacted Raft logs", "compacted_raft_logs", **{"compact-index": st["idx"] - 5000})
        L.tick(20)
        rec("info", "fileutil/purge.go:85", "purged", "purged", path=f"/var/lib/etcd/member/snap/{st['term']:016x}-{st['idx'] - 500000:016x}.snap")
        if g.r.random() < 0.5:
            rec("info", "fileutil/purge.go:85", "purged", "purged", path=f"/var/lib/etcd/member/wal/{g.num(1, 90):016x}-{st['idx'] - 900000:016x}.wal")

    def election():
        st["term"] += 1
        t = st["term"]
        rec("info", "raft/raft.go:1013", f"{me} is starting a new election at term {t - 1}", "raft_starting_election", logger="raft")
        rec("info", "raft/raft.go:713", f"{me} became pre-candidate at term {t - 1}", "raft_pre_candidate", logger="raft")
        for p in peers:
            rec("info", "raft/raft.go:827", f"{me} [logterm: {t - 1}, index: {st['idx']}] sent MsgPreVote request to {p} at term {t - 1}", "raft_sent_prevote", logger="raft")
        rec("info", "raft/raft.go:1392", f"{me} received MsgPreVoteResp from {peers[0]} at term {t - 1}", "raft_prevote_resp", logger="raft")
        rec("info", "raft/raft.go:697", f"{me} became candidate at term {t}", "raft_candidate", logger="raft")
        rec("info", "raft/raft.go:1392", f"{me} received MsgVoteResp from {peers[0]} at term {t}", "raft_vote_resp", logger="raft")
        rec("info", "raft/raft.go:765", f"{me} became leader at term {t}", "raft_leader", logger="raft")
        rec("info", "raft/node.go:333", f"raft.node: {me} elected leader {me} at term {t}", "raft_elected", logger="raft")

    def lost_leader():
        t = st["term"]
        rec("info", "raft/node.go:339", f"raft.node: {me} lost leader {me} at term {t + 1}", "raft_lost_leader", logger="raft")
        rec("warn", "etcdserver/server.go:1143", "leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk", "heartbeat_late",
            to=g.c(peers), **{"heartbeat-interval": "100ms", "expected-duration": "200ms", "exceeded-duration": took(10, 900)})

    def fsync():
        rec("warn", "wal/wal.go:805", "slow fdatasync", "slow_fdatasync", took=f"{g.f(1, 4, 9)}s", **{"expected-duration": "1s"})

    def prober():
        p = g.c(peers)
        rec("warn", "rafthttp/probing_status.go:68", "prober detected unhealthy status", "prober_unhealthy", **{"round-tripper-name": g.c(["ROUND_TRIPPER_SNAPSHOT", "ROUND_TRIPPER_RAFT_MESSAGE"]),
            "remote-peer-id": p, "rtt": "0s", "error": f"dial tcp 10.0.0.{g.num(11, 13)}:2380: {g.c(['connect: connection refused', 'i/o timeout'])}"})

    def grpc_warn():
        rec("warn", "embed/config_logging.go:160", "rejected connection", "rejected_connection", **{"remote-addr": f"10.0.0.{g.num(20, 90)}:{g.port()}", "server-name": "",
            "error": g.c(["tls: failed to verify certificate: x509: certificate signed by unknown authority", "EOF", "remote error: tls: bad certificate"])})

    def defrag():
        rec("info", "v3rpc/maintenance.go:90", "starting defragment", "defrag_start")
        rec("info", "backend/backend.go:497", "defragmenting", "defragmenting", path="/var/lib/etcd/member/snap/db", **{"current-db-size-bytes": g.num(10 ** 8, 9 * 10 ** 8), "current-db-size": f"{g.num(100, 900)} MB",
            "current-db-size-in-use-bytes": g.num(10 ** 7, 9 * 10 ** 7), "current-db-size-in-use": f"{g.num(10, 90)} MB"})
        L.tick(3)
        rec("info", "backend/backend.go:549", "finished defragmenting directory", "defrag_finished", path="/var/lib/etcd/member/snap/db", **{"current-db-size-bytes-diff": -g.num(10 ** 7, 9 * 10 ** 8),
            "current-db-size-bytes": g.num(10 ** 7, 9 * 10 ** 7), "current-db-size": f"{g.num(10, 90)} MB", "took": f"{g.f(1, 9, 9)}s"})
        rec("info", "v3rpc/maintenance.go:98", "finished defragment", "defrag_done")

    ev = [(30, apply_slow), (16, trace), (4, compaction), (10, request_stats), (0.6, snapshot), (0.12, election), (0.1, lost_leader), (2, fsync), (1.5, prober), (2, grpc_warn), (0.1, defrag)]
    return L.run(ev, None)


# 15 --------------------------------------------------------------- OpenWrt 23.05 `logread` on a home router (ctime stamps, facility.level)
def log_openwrt(seed):
    L = Log("openwrt_logread", seed, "full", True, True)
    g = L.g
    clients = {g.mac(): (f"192.168.1.{n}", name) for n, name in zip(range(120, 140), ["iPhone-Anna", "Galaxy-S23", "desktop-7f3k", "LG-TV", "ESP_3A1F2C", "kindle", "MacBook-Pro", "Pixel-8", "raspberrypi", "HS110", "*"] * 2)}
    macs = list(clients)
    boot = g.num(90000, 900000)
    pids = {"dnsmasq": g.num(2000, 9000), "hostapd": g.num(1000, 2000), "netifd": g.num(1000, 2000), "odhcpd": g.num(1000, 2000), "uhttpd": g.num(1000, 2000), "crond": g.num(1000, 2000)}
    t_start = L.t

    def emit(fac, lv, proc, msg, ev, pid=True):
        t = L.t
        tag = f"{proc}[{pids.get(proc, g.num(3000, 30000))}]" if pid else proc
        L.emit(f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y} {fac}.{lv} {tag}: {msg}", ev, f"{fac}.{lv}|{lv}", proc)

    def kern(lv, msg, ev):
        up = boot + (L.t - t_start).total_seconds()
        emit("kern", lv, "kernel", f"[{up:12.6f}] {msg}", ev, pid=False)

    def dhcp():
        m = g.c(macs)
        ip, name = clients[m]
        p = "dnsmasq-dhcp"
        pids.setdefault(p, pids["dnsmasq"])
        if g.r.random() < 0.3:
            emit("daemon", "info", p, f"DHCPDISCOVER(br-lan) {m}", "dhcp_discover")
            emit("daemon", "info", p, f"DHCPOFFER(br-lan) {ip} {m}", "dhcp_offer")
        emit("daemon", "info", p, f"DHCPREQUEST(br-lan) {ip} {m}", "dhcp_request")
        if name == "*":
            emit("daemon", "info", p, f"DHCPACK(br-lan) {ip} {m}", "dhcp_ack_noname")
        else:
            emit("daemon", "info", p, f"DHCPACK(br-lan) {ip} {m} {name}", "dhcp_ack")

    def wifi_join():
        m = g.c(macs)
        ifc = g.c(["phy0-ap0", "phy1-ap0"])
        emit("daemon", "info", "hostapd", f"{ifc}: STA {m} IEEE 802.11: authenticated", "sta_authenticated")
        emit("daemon", "info", "hostapd", f"{ifc}: STA {m} IEEE 802.11: associated (aid {g.num(1, 20)})", "sta_associated")
        emit("daemon", "notice", "hostapd", f"{ifc}: AP-STA-CONNECTED {m} auth_alg=open", "ap_sta_connected")
        emit("daemon", "info", "hostapd", f"{ifc}: STA {m} RADIUS: starting accounting session {g.HX(16)}", "radius_accounting")
        emit("daemon", "info", "hostapd", f"{ifc}: STA {m} WPA: pairwise key handshake completed (RSN)", "wpa_handshake")
        if g.r.random() < 0.3:
            emit("daemon", "notice", "hostapd", f"{ifc}: EAPOL-4WAY-HS-COMPLETED {m}", "eapol_completed")

    def wifi_leave():
        m = g.c(macs)
        ifc = g.c(["phy0-ap0", "phy1-ap0"])
        if g.r.random() < 0.5:
            emit("daemon", "info", "hostapd", f"{ifc}: STA {m} IEEE 802.11: disassociated", "sta_disassociated")
        else:
            emit("daemon", "info", "hostapd", f"{ifc}: STA {m} IEEE 802.11: deauthenticated due to inactivity (timer DEAUTH/REMOVE)", "sta_deauth_inactivity")
        emit("daemon", "notice", "hostapd", f"{ifc}: AP-STA-DISCONNECTED {m}", "ap_sta_disconnected")

    def wpa_fail():
        m = g.c(macs)
        emit("daemon", "info", "hostapd", f"phy0-ap0: STA {m} WPA: received EAPOL-Key 2/4 Pairwise with unexpected replay counter", "wpa_replay")
        if g.r.random() < 0.5:
            emit("daemon", "notice", "hostapd", f"phy0-ap0: AP-STA-POSSIBLE-PSK-MISMATCH {m}", "psk_mismatch")

    def dns():
        d = g.c(["connectivitycheck.gstatic.com", "api.weather.example.com", "time.apple.com", "graph.facebook.com", "netflix.com", "pool.ntp.org", "mqtt.home.lan", "router.lan"])
        m = g.c(macs)
        src = clients[m][0]
        emit("daemon", "info", "dnsmasq", f"query[{g.c(['A', 'A', 'AAAA', 'HTTPS'])}] {d} from {src}", "dns_query")
        if d.endswith(".lan"):
            emit("daemon", "info", "dnsmasq", f"/tmp/hosts/dhcp.cfg01411c {d} is 192.168.1.{g.num(2, 140)}", "dns_hosts")
        elif g.r.random() < 0.5:
            emit("daemon", "info", "dnsmasq", f"forwarded {d} to {g.c(['1.1.1.1', '9.9.9.9'])}", "dns_forwarded")
            emit("daemon", "info", "dnsmasq", f"reply {d} is {g.ip('pub')}", "dns_reply")
        else:
            emit("daemon", "info", "dnsmasq", f"cached {d} is {g.ip('pub')}", "dns_cached")

    def dropbear():
        ip = g.c(["192.168.1.122", "192.168.1.128"]) if g.r.random() < 0.6 else g.ip("pub")
        p = g.port()
        emit("authpriv", "info", "dropbear", f"Child connection from {ip}:{p}", "dropbear_child")
        if ip.startswith("192.168"):
            emit("authpriv", "notice", "dropbear", f"Pubkey auth succeeded for 'root' with ssh-ed25519 key SHA256:{g.alnum(43, B62)} from {ip}:{p}", "dropbear_pubkey_ok")
            L.tick(60)
            emit("authpriv", "info", "dropbear", f"Exit (root) from <{ip}:{p}>: Disconnect received", "dropbear_exit")
        else:
            emit("authpriv", "warn", "dropbear", f"Login attempt for nonexistent user from {ip}:{p}" if g.r.random() < 0.5 else f"Bad password attempt for 'root' from {ip}:{p}", "dropbear_bad_login")
            emit("authpriv", "info", "dropbear", f"Exit before auth from <{ip}:{p}>: Exited normally", "dropbear_exit_before_auth")

    def wan_renew():
        emit("daemon", "notice", "netifd", f"wan (4{g.num(100, 999)}): udhcpc: sending renew to server {g.c(['100.64.0.1', '100.64.0.2'])}", "udhcpc_renew")
        emit("daemon", "notice", "netifd", f"wan (4{g.num(100, 999)}): udhcpc: lease of 100.{g.num(64, 127)}.{g.num(0, 255)}.{g.num(2, 254)} obtained from {g.c(['100.64.0.1', '100.64.0.2'])}, lease time 3600", "udhcpc_lease")

    def wan_flap():
        kern("info", "mtk_soc_eth 15100000.ethernet wan: Link is Down", "link_down")
        emit("daemon", "notice", "netifd", "Network device 'wan' link is down", "netifd_link_down")
        emit("daemon", "notice", "netifd", "Interface 'wan' has link connectivity loss", "netifd_connectivity_loss")
        emit("daemon", "notice", "netifd", "Interface 'wan' is now down", "netifd_if_down")
        L.tick(8)
        kern("info", f"mtk_soc_eth 15100000.ethernet wan: Link is Up - 1Gbps/Full - flow control rx/tx", "link_up")
        emit("daemon", "notice", "netifd", "Network device 'wan' link is up", "netifd_link_up")
        emit("daemon", "notice", "netifd", "Interface 'wan' has link connectivity", "netifd_connectivity")
        emit("daemon", "notice", "netifd", "Interface 'wan' is setting up now", "netifd_setting_up")
        wan_renew()
        emit("daemon", "notice", "netifd", "Interface 'wan' is now up", "netifd_if_up")
        emit("user", "notice", "firewall", "Reloading firewall due to ifup of wan (wan)", "firewall_reload")

    def luci():
        if g.r.random() < 0.3:
            emit("daemon", "err", "uhttpd", f"luci: failed login on / for root from 192.168.1.{g.num(120, 140)}", "luci_failed_login")
        else:
            emit("daemon", "info", "uhttpd", f"luci: accepted login on / for root from 192.168.1.{g.num(120, 140)}", "luci_login")

    def cron():
        emit("cron", "err", "crond", f"USER root pid {g.num(3000, 30000)} cmd /usr/lib/acme/client/acme.sh --cron --home /etc/acme" if g.r.random() < 0.2 else
             f"USER root pid {g.num(3000, 30000)} cmd /usr/sbin/ddns-updater.sh", "crond_user")

    def odhcpd():
        m = g.c(macs)
        emit("daemon", "warn", "odhcpd", f"DHCPV6 SOLICIT IA_NA from 0004{g.hx(28)} on br-lan: ok fd{g.hx(2)}:{g.hx(4)}:{g.hx(4)}::{g.hx(3)}/128", "odhcpd_solicit")

    ev = [(12, dhcp), (8, wifi_join), (7, wifi_leave), (1, wpa_fail), (22, dns), (1.5, dropbear), (1.5, wan_renew), (0.15, wan_flap), (0.8, luci), (2, cron), (2, odhcpd),
          (1.2, lambda: kern("warn", f"ath10k_pci 0000:01:00.0: failed to transmit packet, dropping: -105", "ath10k_drop")),
          (0.8, lambda: kern("info", f"br-lan: port {g.num(2, 4)}(phy{g.num(0, 1)}-ap0) entered {g.c(['blocking', 'forwarding', 'disabled'])} state", "br_port_state")),
          (0.3, lambda: kern("err", f"nf_conntrack: nf_conntrack: table full, dropping packet", "conntrack_full")),
          (0.4, lambda: emit("daemon", "warn", "dnsmasq", f"possible DNS-rebind attack detected: {g.c(['fritz.box', 'plex.direct', 'nip.io'])}", "dns_rebind"))]
    return L.run(ev, None)


# 16 --------------------------------------------------------------- Apache Airflow 2.8 task logs (several task tries) as the webserver shows them
def log_airflow(seed):
    L = Log("airflow_task", seed, "full", True, True)
    g = L.g
    job = {"n": g.num(10000, 90000)}
    dags = [("etl_orders", ["extract_orders", "load_orders_staging", "dbt_run", "check_row_counts"]),
            ("export_reports", ["wait_for_file", "render_report", "upload_to_s3"]),
            ("ml_churn_daily", ["build_features", "score_customers"])]

    def emit(f, line, lv, msg, ev):
        t = L.t
        L.emit(f"[{t:%Y-%m-%d, %H:%M:%S} UTC] {{{f}:{line}}} {lv} - {msg}", ev, lv, f)

    def cont(text, ev, lv, f):
        L.emit(text, ev, lv, f)

    def task_run():
        dag, tasks = g.c(dags)
        task = g.c(tasks)
        run_id = f"scheduled__{(L.t - dt.timedelta(hours=1)):%Y-%m-%dT%H}:00:00+00:00"
        ti = f"<TaskInstance: {dag}.{task} {run_id} [queued]>"
        tries = g.c([1, 1, 1, 2, 3])
        job["n"] += 1
        jid = job["n"]
        pid = g.num(1000, 99999)
        emit("local_task_job_runner.py", 120, "INFO", "::group::Pre task execution logs", "group_pre")
        emit("taskinstance.py", 1979, "INFO", f"Dependencies all met for dep_context=non-requeueable deps ti={ti}", "deps_met_nonrequeue")
        emit("taskinstance.py", 1979, "INFO", f"Dependencies all met for dep_context=requeueable deps ti={ti}", "deps_met_requeue")
        emit("taskinstance.py", 2193, "INFO", f"Starting attempt {tries} of 3", "starting_attempt")
        op = {"dbt_run": "BashOperator", "wait_for_file": "S3KeySensor", "upload_to_s3": "PythonOperator", "check_row_counts": "SQLCheckOperator", "load_orders_staging": "SQLExecuteQueryOperator"}.get(task, "PythonOperator")
        emit("taskinstance.py", 2214, "INFO", f"Executing <Task({op}): {task}> on {(L.t - dt.timedelta(hours=1)):%Y-%m-%d %H}:00:00+00:00", "executing_task")
        emit("standard_task_runner.py", 60, "INFO", f"Started process {pid} to run task", "started_process")
        emit("standard_task_runner.py", 87, "INFO", f"Running: ['airflow', 'tasks', 'run', '{dag}', '{task}', '{run_id}', '--job-id', '{jid}', '--raw', '--subdir', 'DAGS_FOLDER/{dag}.py', '--cfg-path', '/tmp/tmp{g.alnum(8)}']", "running_cmd")
        emit("standard_task_runner.py", 88, "INFO", f"Job {jid}: Subtask {task}", "job_subtask")
        emit("task_command.py", 423, "INFO", f"Running <TaskInstance: {dag}.{task} {run_id} [running]> on host airflow-worker-{g.num(0, 2)}.airflow-worker.airflow.svc.cluster.local", "running_on_host")
        emit("taskinstance.py", 2510, "INFO", f"Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='{dag}' AIRFLOW_CTX_TASK_ID='{task}' AIRFLOW_CTX_EXECUTION_DATE='{(L.t - dt.timedelta(hours=1)):%Y-%m-%dT%H}:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='{tries}' AIRFLOW_CTX_DAG_RUN_ID='{run_id}'", "exporting_env")
        emit("local_task_job_runner.py", 120, "INFO", "::endgroup::", "group_end")
        L.tick(0.5)
        ok = body(task)
        end = L.t
        start = end - dt.timedelta(seconds=g.num(2, 600))
        if ok:
            emit("taskinstance.py", 1138, "INFO", f"Marking task as SUCCESS. dag_id={dag}, task_id={task}, execution_date={(L.t - dt.timedelta(hours=1)):%Y%m%dT%H}0000, start_date={start:%Y%m%dT%H%M%S}, end_date={end:%Y%m%dT%H%M%S}", "marking_success")
            emit("local_task_job_runner.py", 234, "INFO", "Task exited with return code 0", "exited_code")
            emit("taskinstance.py", 3281, "INFO", f"{g.num(0, 2)} downstream tasks scheduled from follow-on schedule check", "downstream_scheduled")
        else:
            final = tries >= 3
            emit("taskinstance.py", 1138, "INFO", f"Marking task as {'FAILED' if final else 'UP_FOR_RETRY'}. dag_id={dag}, task_id={task}, execution_date={(L.t - dt.timedelta(hours=1)):%Y%m%dT%H}0000, start_date={start:%Y%m%dT%H%M%S}, end_date={end:%Y%m%dT%H%M%S}", "marking_failed")
            emit("standard_task_runner.py", 107, "ERROR", f"Failed to execute job {jid} for task {task} ({g.c(['Bash command failed. The command returned a non-zero exit code 1.', 'Row count check failed', 'Connection refused'])}; {pid})", "failed_to_execute")
            emit("local_task_job_runner.py", 234, "INFO", "Task exited with return code 1", "exited_code")
            emit("taskinstance.py", 3281, "INFO", "0 downstream tasks scheduled from follow-on schedule check", "downstream_scheduled")

    def traceback(frames, exc):
        emit("taskinstance.py", 2699, "ERROR", "Task failed with exception", "task_failed_exc")
        cont("Traceback (most recent call last):", "py_tb_head", "ERROR", "taskinstance.py")
        for f, line, fn, code in frames:
            cont(f"  File \"{f}\", line {line}, in {fn}", "py_tb_file", "ERROR", "taskinstance.py")
            cont(f"    {code}", "py_tb_code", "ERROR", "taskinstance.py")
        cont(exc, "py_tb_exc", "ERROR", "taskinstance.py")

    SITE = "/home/airflow/.local/lib/python3.11/site-packages"
    TI_FRAMES = [(f"{SITE}/airflow/models/taskinstance.py", 433, "_execute_task", "result = execute_callable(context=context, **execute_callable_kwargs)"),
                 (f"{SITE}/airflow/models/baseoperator.py", 1594, "execute", "return func(self, *args, **kwargs)")]

    def body(task):
        if task == "dbt_run":
            emit("subprocess.py", 63, "INFO", "Tmp dir root location: /tmp", "tmp_dir_root")
            emit("subprocess.py", 75, "INFO", "Running command: ['/usr/bin/bash', '-c', 'cd /opt/dbt && dbt run --select orders+ --target prod']", "running_command")
            emit("subprocess.py", 86, "INFO", "Output:", "output")
            fail = g.r.random() < 0.15
            models = g.r.sample(["stg_orders", "stg_order_items", "int_orders_enriched", "fct_orders", "dim_customers", "fct_daily_revenue"], g.num(3, 6))
            for text, ev in [(f"{L.t:%H:%M:%S}  Running with dbt=1.7.4", "dbt_running_with"), (f"{L.t:%H:%M:%S}  Registered adapter: postgres=1.7.4", "dbt_adapter"),
                             (f"{L.t:%H:%M:%S}  Found {g.num(40, 90)} models, {g.num(50, 200)} tests, {g.num(5, 20)} sources, 0 exposures, 0 metrics, {g.num(400, 600)} macros, 0 groups, 0 semantic models", "dbt_found"),
                             (f"{L.t:%H:%M:%S}  ", "dbt_blank"), (f"{L.t:%H:%M:%S}  Concurrency: 4 threads (target='prod')", "dbt_concurrency"), (f"{L.t:%H:%M:%S}  ", "dbt_blank")]:
                emit("subprocess.py", 93, "INFO", text, "sub_" + ev)
            for i, m in enumerate(models, 1):
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  {i} of {len(models)} START sql {g.c(['view', 'table', 'incremental'])} model analytics.{m} {'.' * (40 - len(m))} [RUN]", "sub_dbt_start")
                L.tick(2)
                bad = fail and i == len(models)
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  {i} of {len(models)} {'ERROR creating' if bad else 'OK created'} sql {g.c(['view', 'table', 'incremental'])} model analytics.{m} {'.' * (36 - len(m))} [{'ERROR' if bad else g.c(['CREATE VIEW', 'SELECT ' + str(g.num(100, 900000)), 'INSERT 0 ' + str(g.num(1, 9000))])} in {g.f(0.1, 90, 2)}s]", "sub_dbt_error" if bad else "sub_dbt_ok")
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  ", "sub_dbt_blank")
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  Finished running {len(models)} {g.c(['table models', 'view models'])} in 0 hours 0 minutes and {g.f(1, 59, 2)} seconds ({g.f(1, 59, 2)}s).", "sub_dbt_finished")
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  ", "sub_dbt_blank")
            if fail:
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  Completed with 1 error and 0 warnings:", "sub_dbt_completed_errors")
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  ", "sub_dbt_blank")
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}    Database Error in model {models[-1]} (models/marts/{models[-1]}.sql)", "sub_dbt_db_error")
                emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}    column \"{g.c(['discount_amount', 'shipping_cost', 'region_id'])}\" does not exist", "sub_dbt_column_missing")
                emit("subprocess.py", 97, "INFO", "Command exited with return code 1", "cmd_exited")
                traceback(TI_FRAMES + [(f"{SITE}/airflow/operators/bash.py", 243, "execute", "raise AirflowException(")],
                          "airflow.exceptions.AirflowException: Bash command failed. The command returned a non-zero exit code 1.")
                return False
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  Completed successfully", "sub_dbt_completed_ok")
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  ", "sub_dbt_blank")
            emit("subprocess.py", 93, "INFO", f"{L.t:%H:%M:%S}  Done. PASS={len(models)} WARN=0 ERROR=0 SKIP=0 TOTAL={len(models)}", "sub_dbt_done")
            emit("subprocess.py", 97, "INFO", "Command exited with return code 0", "cmd_exited")
            return True
        if task == "wait_for_file":
            key = f"s3://acme-landing/orders/{L.t:%Y/%m/%d}/orders_{L.t:%H}00.csv"
            for _ in range(g.num(1, 6)):
                emit("s3.py", 98, "INFO", f"Poking for key : {key}", "poking_key")
                L.tick(60)
            emit("base.py", 295, "INFO", "Success criteria met. Exiting.", "success_criteria")
            return True
        if task in ("load_orders_staging", "check_row_counts"):
            emit("base.py", 83, "INFO", "Using connection ID 'warehouse' for task execution.", "using_connection")
            if task == "check_row_counts":
                emit("sql.py", 766, "INFO", f"Executing SQL check: SELECT COUNT(*) FROM staging.orders WHERE loaded_at >= '{L.t:%Y-%m-%d}'", "executing_check")
                emit("sql.py", 769, "INFO", f"Record: ({g.num(0, 90000)},)", "check_record")
                if g.r.random() < 0.12:
                    traceback(TI_FRAMES + [(f"{SITE}/airflow/providers/common/sql/operators/sql.py", 773, "execute", "self._raise_exception(f\"Test failed.\\nQuery:\\n{self.sql}\\nResults:\\n{records!s}\")")],
                              f"airflow.exceptions.AirflowException: Test failed.")
                    cont("Query:", "py_tb_exc_cont_query", "ERROR", "taskinstance.py")
                    cont(f"SELECT COUNT(*) FROM staging.orders WHERE loaded_at >= '{L.t:%Y-%m-%d}'", "py_tb_exc_cont_sql", "ERROR", "taskinstance.py")
                    cont("Results:", "py_tb_exc_cont_results", "ERROR", "taskinstance.py")
                    cont("(0,)", "py_tb_exc_cont_record", "ERROR", "taskinstance.py")
                    return False
                emit("sql.py", 775, "INFO", "Success.", "check_success")
                return True
            emit("sql.py", 450, "INFO", f"Running statement: INSERT INTO staging.orders SELECT * FROM landing.orders WHERE batch_id = '{g.hx(8)}', parameters: None", "running_statement")
            emit("sql.py", 459, "INFO", f"Rows affected: {g.num(0, 90000)}", "rows_affected")
            return True
        # PythonOperator tasks
        if task == "extract_orders" and g.r.random() < 0.1:
            traceback(TI_FRAMES + [(f"{SITE}/airflow/operators/python.py", 199, "execute", "return_value = self.execute_callable()"),
                                   ("/opt/airflow/dags/etl_orders.py", g.num(30, 90), "extract_orders", "resp = requests.get(API_URL, params=params, timeout=30)"),
                                   (f"{SITE}/requests/adapters.py", 519, "send", "raise ConnectionError(e, request=request)")],
                      f"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='orders-api.internal', port=443): Max retries exceeded with url: /v2/orders?since={L.t:%Y-%m-%d} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{g.hx(10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))")
            return False
        if g.r.random() < 0.3:
            emit("logging_mixin.py", 188, "WARNING", f"{SITE}/airflow/utils/context.py:314 AirflowContextDeprecationWarning: Accessing 'execution_date' from the template is deprecated and will be removed in a future version. Please use 'data_interval_start' or 'logical_date' instead.", "context_deprecation")
        n = g.num(0, 90000)
        emit("logging_mixin.py", 188, "INFO", f"Fetched {n} rows", "print_fetched")
        if task == "upload_to_s3":
            emit("s3.py", 1199, "INFO", f"Uploading /tmp/report_{L.t:%Y%m%d}.pdf to s3://acme-reports/daily/report_{L.t:%Y%m%d}.pdf", "s3_uploading")
        emit("python.py", 201, "INFO", f"Done. Returned value was: {g.c(['None', str(n), 's3://acme-reports/daily/'])}", "returned_value")
        return True

    ev = [(1, task_run)]
    return L.run(ev, None)


# 17 --------------------------------------------------------------- Spring Boot 3.2 service, default Logback console pattern (docker logs)
def log_spring_boot(seed):
    L = Log("spring_boot", seed, "full", True, True)
    g = L.g
    app = "order-service"
    jar = lambda n, v: f" ~[{n}-{v}.jar:{v}]"

    def emit(lv, thread, logger, msg, ev):
        t = L.t
        thr = thread[-15:]
        lg = logger if len(logger) <= 40 else logger[-40:]
        lines = msg.split("\n")
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z {lv:>5} 1 --- [{app}] [{thr:>15}] {lg:<40} : {lines[0]}", ev, lv, lg)
        return lines[1:]

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger if len(logger) <= 40 else logger[-40:])

    def frames(lv, logger, rows):
        for r in rows:
            if r.startswith("..."):
                cont(f"\t{r}", "java_omitted", lv, logger)
            else:
                cont(f"\tat {r}", "java_frame", lv, logger)

    http = lambda: f"http-nio-8080-exec-{g.num(1, 10)}"
    kafka_t = "org.springframework.kafka.KafkaListenerEndpointContainer#0-0-C-1"

    def startup():
        for lg, msg, ev in [("c.a.orders.OrderServiceApplication", f"Starting OrderServiceApplication v1.8.2 using Java 21.0.5 with PID 1 (/app/app.jar started by spring in /app)", "app_starting"),
                            ("c.a.orders.OrderServiceApplication", "The following 1 profile is active: \"prod\"", "profile_active"),
                            (".s.d.r.c.RepositoryConfigurationDelegate", "Bootstrapping Spring Data JPA repositories in DEFAULT mode.", "bootstrapping_repos"),
                            (".s.d.r.c.RepositoryConfigurationDelegate", f"Finished Spring Data repository scanning in {g.num(40, 300)} ms. Found 7 JPA repository interfaces.", "repos_found"),
                            ("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)", "tomcat_initialized"),
                            ("o.apache.catalina.core.StandardService", "Starting service [Tomcat]", "starting_service"),
                            ("o.apache.catalina.core.StandardEngine", "Starting Servlet engine: [Apache Tomcat/10.1.33]", "starting_engine"),
                            ("o.a.c.c.C.[Tomcat].[localhost].[/]", "Initializing Spring embedded WebApplicationContext", "init_webappctx"),
                            ("w.s.c.ServletWebServerApplicationContext", f"Root WebApplicationContext: initialization completed in {g.num(900, 4000)} ms", "root_ctx_completed"),
                            ("o.hibernate.jpa.internal.util.LogHelper", "HHH000204: Processing PersistenceUnitInfo [name: default]", "hhh_processing_pu"),
                            ("org.hibernate.Version", "HHH000412: Hibernate ORM core version 6.4.10.Final", "hhh_version"),
                            ("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting...", "hikari_starting"),
                            ("com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{g.hx(8)}", "hikari_added_conn"),
                            ("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed.", "hikari_started"),
                            ("o.s.b.a.e.web.EndpointLinksResolver", "Exposing 4 endpoints beneath base path '/actuator'", "actuator_exposing"),
                            ("o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'", "tomcat_started"),
                            ("c.a.orders.OrderServiceApplication", f"Started OrderServiceApplication in {g.f(6, 14, 3)} seconds (process running for {g.f(14, 16, 3)})", "app_started")]:
            L.t += dt.timedelta(milliseconds=g.num(5, 900))
            emit("INFO", "main", lg, msg, ev)
        emit("WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", "open_in_view")
        kafka_join()

    def kafka_join():
        gen = g.num(10, 90)
        cid = f"consumer-orders-1"
        pre = f"[Consumer clientId={cid}, groupId=orders]"
        parts = sorted(g.r.sample(range(6), 3))
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Request joining group due to: {g.c(['need to re-join with the given member-id: ' + cid + '-' + g.uuid(), 'group is already rebalancing'])}", "kafka_request_joining")
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Successfully joined group with generation Generation{{generationId={gen}, memberId='{cid}-{g.uuid()}', protocol='range'}}", "kafka_joined")
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Successfully synced group in generation Generation{{generationId={gen}, memberId='{cid}-{g.uuid()}', protocol='range'}}", "kafka_synced")
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Notifying assignor about the new Assignment(partitions=[{', '.join(f'orders.events-{p}' for p in parts)}])", "kafka_notifying_assignor")
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Adding newly assigned partitions: {', '.join(f'orders.events-{p}' for p in parts)}", "kafka_adding_partitions")
        for p in parts:
            emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Setting offset for partition orders.events-{p} to the committed offset FetchPosition{{offset={g.num(1000, 900000)}, offsetEpoch=Optional[{g.num(1, 9)}], currentLeader=LeaderAndEpoch{{leader=Optional[kafka-{g.num(0, 2)}.kafka:9092 (id: {g.num(0, 2)} rack: null)], epoch={g.num(1, 9)}}}}}", "kafka_setting_offset")
        emit("INFO", kafka_t, "o.s.k.l.KafkaMessageListenerContainer", f"orders: partitions assigned: [{', '.join(f'orders.events-{p}' for p in parts)}]", "kafka_partitions_assigned")

    def order():
        o, c = g.num(100000, 999999), g.num(1, 99999)
        th = http()
        emit("INFO", th, "c.a.orders.web.OrderController", f"Created order {o} for customer {c} ({g.num(1, 9)} items, total {g.f(5, 900, 2)} EUR)", "order_created")
        if g.r.random() < 0.85:
            emit("INFO", th, "c.a.orders.service.PaymentService", f"Payment authorized for order {o}: txn=pi_{g.alnum(24, B62)}", "payment_authorized")
        else:
            emit("WARN", th, "c.a.orders.service.PaymentService", f"Payment provider responded slowly: {g.num(2000, 9000)} ms for order {o}", "payment_slow")

    def event():
        emit("INFO", kafka_t, "c.a.orders.kafka.OrderEventsListener", f"Processed {g.c(['OrderShipped', 'OrderDelivered', 'OrderCancelled', 'ReturnRequested'])} event for order {g.num(100000, 999999)} (offset {g.num(1000, 900000)}, partition {g.num(0, 5)})", "event_processed")

    def outbox():
        emit("INFO", "scheduling-1", "c.a.orders.jobs.OutboxRelay", f"Relayed {g.num(0, 40)} outbox events in {g.num(1, 400)} ms", "outbox_relayed")

    def dup():
        ref = f"EXT-{g.num(10000, 99999)}"
        th = http()
        emit("WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 23505", "sql_error_state")
        rest = emit("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", f"ERROR: duplicate key value violates unique constraint \"uk_orders_external_ref\"\n  Detail: Key (external_ref)=({ref}) already exists.", "sql_error_msg")
        cont(rest[0], "pg_detail", "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper")
        lg = "o.a.c.c.C.[.[.[/].[dispatcherServlet]"
        emit("ERROR", th, lg, f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"uk_orders_external_ref\"  Detail: Key (external_ref)=({ref}) already exists.] [insert into orders (created_at,customer_id,external_ref,status,total,id) values (?,?,?,?,?,?)]; SQL [insert into orders (created_at,customer_id,external_ref,status,total,id) values (?,?,?,?,?,?)]; constraint [uk_orders_external_ref]] with root cause", "servlet_exception")
        cont("", "blank", "ERROR", lg)
        cont("org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_orders_external_ref\"", "exc_psql", "ERROR", lg)
        cont(f"  Detail: Key (external_ref)=({ref}) already exists.", "pg_detail", "ERROR", lg)
        frames("ERROR", lg, ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)" + jar("postgresql", "42.7.4"),
                             "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2420)" + jar("postgresql", "42.7.4"),
                             "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)" + jar("postgresql", "42.7.4"),
                             "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)" + jar("HikariCP", "5.0.1"),
                             "org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)" + jar("hibernate-core", "6.4.10.Final"),
                             "com.acme.orders.service.OrderService.create(OrderService.java:88)" + " ~[!/:1.8.2]",
                             "com.acme.orders.web.OrderController.create(OrderController.java:54)" + " ~[!/:1.8.2]",
                             "java.base/java.lang.Thread.run(Thread.java:1583)" + " ~[na:na]"])

    def pool_timeout():
        th = http()
        emit("WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null", "sql_error_state")
        emit("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper", f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={g.num(1, 40)})", "hikari_timeout")
        emit("WARN", th, ".m.m.a.ExceptionHandlerExceptionResolver", "Resolved [org.springframework.orm.jpa.JpaSystemException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=" + str(g.num(1, 40)) + ")] [n/a]]", "resolved_jpa")

    def starvation():
        emit("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={g.num(1, 3)}m{g.num(0, 59)}s{g.num(0, 999)}ms).", "hikari_starvation")

    def not_supported():
        emit("WARN", http(), ".w.s.m.s.DefaultHandlerExceptionResolver", f"Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method '{g.c(['PUT', 'PATCH', 'DELETE'])}' is not supported]", "method_not_supported")

    def rebalance():
        pre = "[Consumer clientId=consumer-orders-1, groupId=orders]"
        emit("INFO", kafka_t, "o.a.k.c.c.internals.ConsumerCoordinator", f"{pre} Revoke previously assigned partitions orders.events-{g.num(0, 5)}, orders.events-{g.num(0, 5)}", "kafka_revoke")
        emit("INFO", kafka_t, "o.s.k.l.KafkaMessageListenerContainer", f"orders: partitions revoked: [orders.events-{g.num(0, 5)}, orders.events-{g.num(0, 5)}]", "kafka_partitions_revoked")
        kafka_join()

    def restart():
        emit("INFO", "SpringApplicationShutdownHook", "o.s.b.w.e.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete", "graceful_commencing")
        emit("INFO", "tomcat-shutdown", "o.s.b.w.e.tomcat.GracefulShutdown", "Graceful shutdown complete", "graceful_complete")
        emit("INFO", "SpringApplicationShutdownHook", "j.LocalContainerEntityManagerFactoryBean", "Closing JPA EntityManagerFactory for persistence unit 'default'", "closing_emf")
        emit("INFO", "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown initiated...", "hikari_shutdown_initiated")
        emit("INFO", "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.", "hikari_shutdown_completed")
        L.tick(20)
        startup()

    startup()
    ev = [(20, order), (16, event), (8, outbox), (0.6, dup), (0.3, pool_timeout), (0.4, starvation), (1, not_supported), (0.25, rebalance), (0.04, restart),
          (0.5, lambda: emit("DEBUG", http(), "c.a.orders.web.RequestLoggingFilter", f"GET /actuator/health/liveness took {g.num(1, 9)} ms", "debug_liveness"))]
    return L.run(ev, None)


# 18 --------------------------------------------------------------- uWSGI 2.0 (logto) serving a Django 4.2 app whose LOGGING uses the "verbose" formatter
def log_uwsgi_django(seed):
    L = Log("uwsgi_django", seed, "full", True, True)
    g = L.g
    master = g.num(1000, 3000)
    workers = {k: master + 1 + k for k in range(1, 5)}
    interp = f"0x{g.hx(12)}"
    reqs = {k: 0 for k in workers}
    total = {"n": 0}
    threads = {k: g.num(139_000_000_000_000, 140_000_000_000_000) for k in workers}

    def ct(t=None):
        t = t or L.t
        return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y}"

    def plain(text, ev):
        L.emit(text, ev)

    def dj(lv, module, w, msg, ev):
        t = L.t
        L.emit(f"{lv} {t:%Y-%m-%d %H:%M:%S},{ms3(t)} {module} {workers[w]} {threads[w]} {msg}", ev, lv, module)

    def cont(text, ev, lv, module):
        L.emit(text, ev, lv, module)

    def boot():
        plain(f"*** Starting uWSGI 2.0.23 (64bit) on [{ct()}] ***", "starting_uwsgi")
        for text, ev in [("compiled with version: 12.2.0 on 14 November 2026 08:12:41", "compiled_with"),
                         ("os: Linux-6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)", "os"), ("nodename: app-01", "nodename"), ("machine: x86_64", "machine"),
                         ("clock source: unix", "clock_source"), ("detected number of CPU cores: 4", "cpu_cores"), ("current working directory: /srv/shop", "cwd"),
                         ("detected binary path: /srv/shop/venv/bin/uwsgi", "binary_path"), ("!!! no internal routing support, rebuild with pcre support !!!", "no_routing"),
                         ("your processes number limit is 15441", "proc_limit"), ("your memory page size is 4096 bytes", "page_size"),
                         ("detected max file descriptor number: 1024", "max_fd"), ("lock engine: pthread robust mutexes", "lock_engine"),
                         ("thunder lock: disabled (you can enable it with --thunder-lock)", "thunder_lock"),
                         ("uwsgi socket 0 bound to UNIX address /run/uwsgi/shop.sock fd 3", "socket_bound"),
                         ("Python version: 3.11.2 (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]", "python_version"),
                         ("*** Python threads support is disabled. You can enable it with --enable-threads ***", "threads_disabled"),
                         (f"Python main interpreter initialized at {interp}", "interp_init"),
                         ("your server socket listen backlog is limited to 100 connections", "backlog"),
                         ("your mercy for graceful operations on workers is 60 seconds", "mercy"),
                         (f"mapped {g.num(300000, 400000)} bytes ({g.num(300, 400)} KB) for 4 cores", "mapped"),
                         ("*** Operational MODE: preforking ***", "op_mode"),
                         (f"WSGI app 0 (mountpoint='') ready in {g.num(1, 4)} seconds on interpreter {interp} pid: {master} (default app)", "wsgi_ready"),
                         ("*** uWSGI is running in multiple interpreter mode ***", "multi_interp"),
                         (f"spawned uWSGI master process (pid: {master})", "spawned_master")]:
            plain(text, ev)
        for k, p in workers.items():
            plain(f"spawned uWSGI worker {k} (pid: {p}, cores: 1)", "spawned_worker")

    def request():
        w = g.c(list(workers))
        reqs[w] += 1
        total["n"] += 1
        path = g.c(["/", f"/products/{g.num(1, 900)}/", "/api/orders/?page=" + str(g.num(1, 9)), f"/api/orders/{g.num(1000, 99999)}/", "/cart/", "/accounts/login/", "/static/css/app.css",
                    "/healthz", "/api/cart/items/", "/admin/orders/order/"])
        m = "POST" if path in ("/cart/", "/accounts/login/", "/api/cart/items/") and g.r.random() < 0.5 else "GET"
        code = g.c([200] * 12 + [302, 304, 404, 400, 403])
        t0 = L.t
        if code == 404:
            dj("WARNING", "log", w, f"Not Found: {path}", "dj_not_found")
        elif code == 400:
            dj("WARNING", "log", w, f"Bad Request: {path}", "dj_bad_request")
        elif code == 403 and m == "POST":
            dj("WARNING", "csrf", w, f"Forbidden (CSRF token missing.): {path}", "dj_csrf")
        elif code == 403:
            dj("WARNING", "log", w, f"Forbidden: {path}", "dj_forbidden")
        elif code == 200 and path.startswith("/api/orders/") and g.r.random() < 0.1:
            dj("WARNING", "views", w, f"Slow payment status lookup for order {g.num(1000, 99999)}: {g.f(1.5, 9, 2)}s", "dj_slow_payment")
        ms = g.num(1, 900)
        L.emit(f"[pid: {workers[w]}|app: 0|req: {reqs[w]}/{total['n']}] {g.c(['10.0.0.2', '10.0.0.3'])} () {{{g.num(34, 48)} vars in {g.num(600, 1200)} bytes}} [{ct(t0)}] {m} {path} => generated {g.num(0, 90000)} bytes in {ms} msecs (HTTP/1.1 {code}) {g.num(4, 9)} headers in {g.num(150, 500)} bytes (1 switches on core 0)",
               "uwsgi_request")

    def error500():
        w = g.c(list(workers))
        path = f"/api/orders/{g.num(1000, 99999)}/"
        dj("ERROR", "log", w, f"Internal Server Error: {path}", "dj_internal_error")
        site = "/srv/shop/venv/lib/python3.11/site-packages"
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/django/db/backends/utils.py\", line 89, in _execute", "py_tb_file"),
                ("    return self.cursor.execute(sql, params)", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"psycopg2.errors.{g.c(['QueryCanceled', 'QueryCanceled', 'DeadlockDetected'])}: canceling statement due to statement timeout", "py_tb_exc_psycopg"),
                ("", "blank"),
                ("The above exception was the direct cause of the following exception:", "py_tb_direct_cause"),
                ("", "blank"),
                ("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/django/core/handlers/exception.py\", line 55, in inner", "py_tb_file"),
                ("    response = get_response(request)", "py_tb_code"),
                ("               ^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"/srv/shop/orders/views.py\", line {g.num(40, 200)}, in order_detail", "py_tb_file"),
                ("    items = list(order.items.select_related(\"product\"))", "py_tb_code"),
                ("            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/django/db/backends/utils.py\", line 89, in _execute", "py_tb_file"),
                ("    return self.cursor.execute(sql, params)", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                ("django.db.utils.OperationalError: canceling statement due to statement timeout", "py_tb_exc_django")]
        for text, ev in rows:
            cont(text, ev, "ERROR", "log")
        reqs[w] += 1
        total["n"] += 1
        L.emit(f"[pid: {workers[w]}|app: 0|req: {reqs[w]}/{total['n']}] 10.0.0.2 () {{{g.num(34, 48)} vars in {g.num(600, 1200)} bytes}} [{ct()}] GET {path} => generated 145 bytes in {g.num(30000, 30100)} msecs (HTTP/1.1 500) 6 headers in 184 bytes (1 switches on core 0)", "uwsgi_request")

    def disallowed():
        w = g.c(list(workers))
        h = g.ip("pub")
        dj("ERROR", "exception", w, f"Invalid HTTP_HOST header: '{h}'. You may need to add '{h}' to ALLOWED_HOSTS.", "dj_disallowed_host")
        site = "/srv/shop/venv/lib/python3.11/site-packages"
        for text, ev in [("Traceback (most recent call last):", "py_tb_head"),
                         (f"  File \"{site}/django/core/handlers/exception.py\", line 55, in inner", "py_tb_file"),
                         ("    response = get_response(request)", "py_tb_code"),
                         ("               ^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                         (f"  File \"{site}/django/http/request.py\", line 150, in get_host", "py_tb_file"),
                         ("    raise DisallowedHost(msg)", "py_tb_code"),
                         (f"django.core.exceptions.DisallowedHost: Invalid HTTP_HOST header: '{h}'. You may need to add '{h}' to ALLOWED_HOSTS.", "py_tb_exc_disallowed")]:
            cont(text, ev, "ERROR", "exception")
        reqs[w] += 1
        total["n"] += 1
        L.emit(f"[pid: {workers[w]}|app: 0|req: {reqs[w]}/{total['n']}] {g.ip('pub')} () {{{g.num(30, 40)} vars in {g.num(400, 700)} bytes}} [{ct()}] GET / => generated 143 bytes in {g.num(1, 9)} msecs (HTTP/1.1 400) 6 headers in 184 bytes (1 switches on core 0)", "uwsgi_request")

    def sigpipe():
        p = g.c(["/api/export/orders.csv", "/media/invoices/" + g.hx(8) + ".pdf"])
        ip = g.c(["10.0.0.2", "10.0.0.3"])
        plain(f"{ct()} - SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request {p} (ip {ip}) !!!", "sigpipe")
        plain(f"{ct()} - uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET {p} ({ip})", "broken_pipe")
        plain("OSError: write error", "oserror_write")

    def harakiri():
        w = g.c(list(workers))
        p = workers[w]
        plain(f"{ct()} - *** HARAKIRI ON WORKER {w} (pid: {p}, try: 1) ***", "harakiri_on_worker")
        plain(f"{ct()} - HARAKIRI !!! worker {w} status !!!", "harakiri_status")
        plain(f"{ct()} - HARAKIRI [core 0] 10.0.0.2 - GET /api/reports/monthly/ since {int(L.t.timestamp()) - 60}", "harakiri_core")
        plain(f"{ct()} - HARAKIRI !!! end of worker {w} status !!!", "harakiri_end_status")
        plain(f"DAMN ! worker {w} (pid: {p}) died, killed by signal 9 :( trying respawn ...", "damn_worker_died")
        workers[w] = p + g.num(50, 900)
        reqs[w] = 0
        plain(f"Respawned uWSGI worker {w} (new pid: {workers[w]})", "respawned")

    def recycle():
        w = g.c(list(workers))
        p = workers[w]
        plain(f"...The work of process {p} is done. Seeya!", "work_done")
        plain(f"worker {w} killed successfully (pid: {p})", "worker_killed")
        workers[w] = p + g.num(50, 900)
        reqs[w] = 0
        plain(f"Respawned uWSGI worker {w} (new pid: {workers[w]})", "respawned")

    def reload():
        plain("...gracefully killing workers...", "gracefully_killing")
        for w, p in workers.items():
            plain(f"Gracefully killing worker {w} (pid: {p})...", "gracefully_killing_worker")
        for w, p in workers.items():
            plain(f"worker {w} buried after {g.num(0, 2)} seconds", "worker_buried")
        plain("binary reloading uWSGI...", "binary_reloading")
        plain(f"chdir() to /srv/shop", "chdir")
        plain(f"closing all non-uwsgi socket fds > 2 (max_fd = 1024)...", "closing_fds")
        plain(f"found fd 3 mapped to socket 0 (/run/uwsgi/shop.sock)", "found_fd")
        plain(f"running /srv/shop/venv/bin/uwsgi", "running_binary")
        for w in workers:
            workers[w] += g.num(1000, 5000)
            reqs[w] = 0
        boot()

    boot()
    ev = [(40, request), (0.8, error500), (0.5, disallowed), (1.2, sigpipe), (0.15, harakiri), (0.5, recycle), (0.03, reload),
          (1, lambda: dj("INFO", "tasks", g.c(list(workers)), f"Queued order confirmation email for order {g.num(1000, 99999)}", "dj_queued_email")),
          (0.6, lambda: dj("WARNING", "payments", g.c(list(workers)), f"Stripe webhook {g.c(['charge.refunded', 'payment_intent.succeeded'])} retried ({g.num(1, 4)}/5): signature mismatch", "dj_webhook_retry"))]
    return L.run(ev, None)


# 19 --------------------------------------------------------------- PHP-FPM 8.2 error log (/var/log/php8.2-fpm.log, catch_workers_output = yes)
def log_php_fpm(seed):
    L = Log("php_fpm", seed, "full", True, True)
    g = L.g
    pools = {"www": [], "api": []}
    maxc = {"www": 20, "api": 12}
    app = {"www": "/var/www/shop", "api": "/var/www/api"}

    def emit(lv, msg, ev, pool=None):
        t = L.t
        pre = f"[pool {pool}] " if pool else ""
        L.emit(f"[{t:%d-%b-%Y %H:%M:%S}] {lv}: {pre}{msg}", ev, lv, pool)

    def stderr(pool, child, text, ev):
        emit("WARNING", f"child {child} said into stderr: \"{text}\"", ev, pool)

    def spawn(pool):
        c = g.num(1000, 60000)
        pools[pool].append(c)
        emit("NOTICE", f"child {c} started", "child_started", pool)
        return c

    def child(pool):
        return g.c(pools[pool]) if pools[pool] else spawn(pool)

    def start():
        emit("NOTICE", "fpm is running, pid " + str(g.num(500, 900)), "fpm_running")
        emit("NOTICE", "ready to handle connections", "ready")
        emit("NOTICE", "systemd monitor interval set to 10000ms", "systemd_interval")
        for p in pools:
            for _ in range(3):
                spawn(p)

    def php_warning():
        p = g.c(["www", "www", "api"])
        c = child(p)
        root = app[p]
        msg = g.c([f"PHP Warning:  Undefined array key \"{g.c(['id', 'sku', 'qty', 'page'])}\" in {root}/src/Controller/{g.c(['CartController', 'ProductController', 'OrderController'])}.php on line {g.num(20, 300)}",
                   f"PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated in {root}/vendor/legacy/helpers/src/Str.php on line {g.c([88, 142])}",
                   f"PHP Warning:  Attempt to read property \"{g.c(['email', 'name', 'total'])}\" on null in {root}/templates/{g.c(['cart', 'checkout', 'account'])}.php on line {g.num(10, 120)}",
                   f"PHP Notice:  Only variables should be passed by reference in {root}/src/Service/Export.php on line {g.c([51, 77])}"])
        kind = msg.split(":")[0].split()[-1].lower()
        stderr(p, c, f"NOTICE: PHP message: {msg}", "stderr_php_" + kind)

    def fatal():
        p = g.c(["www", "api"])
        c = child(p)
        root = app[p]
        stderr(p, c, f"NOTICE: PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in {root}/src/Db/Connection.php:31", "stderr_php_fatal")
        stderr(p, c, "Stack trace:", "stderr_stack_trace")
        rows = [f"{root}/src/Db/Connection.php(31): PDO->__construct('mysql:host=db;d...', 'shop', Object(SensitiveParameterValue), Array)",
                f"{root}/src/Repository/ProductRepository.php(22): App\\Db\\Connection::get()",
                f"{root}/src/Controller/ProductController.php(41): App\\Repository\\ProductRepository->find({g.num(1, 900)})",
                f"{root}/public/index.php(58): App\\Controller\\ProductController->show(Array)"]
        for i, r in enumerate(rows):
            stderr(p, c, f"#{i} {r}", "stderr_frame")
        stderr(p, c, f"#{len(rows)} {{main}}", "stderr_frame_main")
        stderr(p, c, f"  thrown in {root}/src/Db/Connection.php on line 31", "stderr_thrown")

    def memory():
        p = g.c(["www", "api"])
        c = child(p)
        stderr(p, c, f"NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {g.c([20480, 65536, 4194304, 262144])} bytes) in {app[p]}/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Cell/Coordinate.php on line {g.c([376, 412])}", "stderr_php_oom")

    def busy():
        p = g.c(["www", "www", "api"])
        n = len(pools[p])
        if n >= maxc[p]:
            emit("WARNING", f"server reached pm.max_children setting ({maxc[p]}), consider raising it", "max_children", p)
            return
        k = min(maxc[p] - n, g.c([1, 2, 4, 8]))
        emit("WARNING", f"seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning {k} children, there are {g.num(0, 1)} idle, and {n} total children", "seems_busy", p)
        for _ in range(k):
            spawn(p)

    def idle_kill():
        p = g.c(["www", "api"])
        if len(pools[p]) <= 3:
            return busy()
        c = pools[p].pop(g.num(0, len(pools[p]) - 1))
        emit("NOTICE", f"child {c} exited with code 0 after {g.f(10, 4000, 6)} seconds from start", "child_exited_code", p)

    def slow():
        p = g.c(["www", "www", "api"])
        c = child(p)
        s = g.c(["/index.php", "/index.php", "/export.php"])
        req = f"{g.c(['GET', 'POST']) if s == '/index.php' else 'GET'} {s}"
        emit("WARNING", f"child {c}, script '{app[p]}/public{s}' (request: \"{req}\") executing too slow ({g.f(5, 29, 6)} sec), logging", "executing_too_slow", p)
        emit("NOTICE", f"child {c} stopped for tracing", "stopped_for_tracing")
        emit("NOTICE", f"about to trace {c}", "about_to_trace")
        emit("NOTICE", f"finished trace of {c}", "finished_trace")

    def timeout():
        p = g.c(["www", "api"])
        if len(pools[p]) <= 1:
            return busy()
        c = pools[p].pop(g.num(0, len(pools[p]) - 1))
        emit("WARNING", f"child {c}, script '{app[p]}/public/index.php' (request: \"{g.c(['GET', 'POST'])} /index.php\") execution timed out ({g.f(30, 31, 6)} sec), terminating", "execution_timed_out", p)
        emit("WARNING", f"child {c} exited on signal 9 (SIGKILL) after {g.f(30, 9000, 6)} seconds from start", "child_exited_signal", p)
        spawn(p)

    def segv():
        p = g.c(["www", "api"])
        if len(pools[p]) <= 1:
            return busy()
        c = pools[p].pop(g.num(0, len(pools[p]) - 1))
        emit("WARNING", f"child {c} exited on signal 11 (SIGSEGV - core dumped) after {g.f(1, 9000, 6)} seconds from start", "child_exited_signal", p)
        spawn(p)

    def reload():
        emit("NOTICE", "Reloading in progress ...", "reloading")
        emit("NOTICE", "reloading: execvp(\"/usr/sbin/php-fpm8.2\", {\"/usr/sbin/php-fpm8.2\", \"--nodaemonize\", \"--fpm-config\", \"/etc/php/8.2/fpm/php-fpm.conf\"})", "reloading_execvp")
        for p in pools:
            pools[p] = []
        emit("NOTICE", "using inherited socket fd=7, \"/run/php/php8.2-fpm.sock\"", "inherited_socket")
        emit("NOTICE", "using inherited socket fd=8, \"/run/php/php8.2-fpm-api.sock\"", "inherited_socket")
        start()

    def session_err():
        p = "www"
        c = child(p)
        stderr(p, c, f"NOTICE: PHP message: PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_{g.alnum(26)}, O_RDWR) failed: No space left on device (28) in {app[p]}/src/bootstrap.php on line 12", "stderr_php_session")

    start()
    ev = [(30, php_warning), (1.2, fatal), (1.5, memory), (8, busy), (7, idle_kill), (5, slow), (2, timeout), (0.3, segv), (0.05, reload), (0.5, session_err)]
    return L.run(ev, None)


# 20 --------------------------------------------------------------- Windows 11 C:\Windows\INF\setupapi.dev.log (device installs and driver package imports)
def log_setupapi(seed):
    L = Log("setupapi_dev", seed, "full", True, True)
    g = L.g
    DS = "C:\\Windows\\System32\\DriverStore\\FileRepository"
    devices = [
        ("USB\\VID_046D&PID_C52B\\6&{h}&0&2", ["usb\\vid_046d&pid_c52b&rev_1211", "usb\\vid_046d&pid_c52b"], ["usb\\devclass_00&subclass_00&prot_00", "usb\\devclass_00&subclass_00", "usb\\devclass_00", "usb\\composite"],
         "USB\\COMPOSITE", "usb.inf", "USB Composite Device", "Composite.Dev.NT", "{36fc9e60-c465-11cf-8056-444553540000}"),
        ("USB\\VID_0781&PID_5581\\4C53000{n}", ["usb\\vid_0781&pid_5581&rev_0100", "usb\\vid_0781&pid_5581"], ["usb\\class_08&subclass_06&prot_50", "usb\\class_08&subclass_06", "usb\\class_08"],
         "USB\\Class_08&SubClass_06&Prot_50", "usbstor.inf", "USB Mass Storage Device", "USBSTOR_BULK.NT", "{36fc9e60-c465-11cf-8056-444553540000}"),
        ("HID\\VID_046D&PID_C52B&MI_00\\7&{h}&0&0000", ["hid\\vid_046d&pid_c52b&rev_1211&mi_00", "hid\\vid_046d&pid_c52b&mi_00"], ["hid_device_system_keyboard", "hid_device_up:0001_u:0006", "hid_device"],
         "HID_DEVICE_SYSTEM_KEYBOARD", "keyboard.inf", "HID Keyboard Device", "HID_Keyboard_Inst.NT", "{4d36e96b-e325-11ce-bfc1-08002be10318}"),
        ("SWD\\PRINTENUM\\{{{u}}}", ["printenum\\localprintqueue", "printenum\\{guid}"], ["printenum\\printqueue", "swd\\printenum"],
         "PRINTENUM\\LocalPrintQueue", "printqueue.inf", "Local Print Queue", "NO_DRV_LOCAL", "{1ed2bbf9-11f0-4084-b21f-ad83a8e6dcdc}"),
        ("BTHENUM\\{{0000110b-0000-1000-8000-00805f9b34fb}}_VID&0002054c_PID&0ce6\\8&{h}&0&{m}_C00000000", ["bthenum\\{0000110b-0000-1000-8000-00805f9b34fb}_vid&0002054c_pid&0ce6", "bthenum\\{0000110b-0000-1000-8000-00805f9b34fb}"],
         ["bthenum\\generic_sink"], "BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}", "btha2dp.inf", "Bluetooth A2DP Sink", "BthA2DP.NT", "{4d36e96c-e325-11ce-bfc1-08002be10318}"),
    ]
    pkgs = [("nvlt.inf", "NVIDIA", "{4d36e968-e325-11ce-bfc1-08002be10318}", "11/20/2026,32.0.15.6094", "nvlti.cat", ["nvlddmkm.sys", "nvapi64.dll", "nvcuda64.dll", "nvoglv64.dll"]),
            ("oem42.inf", "Realtek", "{4d36e96c-e325-11ce-bfc1-08002be10318}", "08/14/2026,6.0.9700.1", "RTKVHD64.cat", ["RTKVHD64.sys", "RltkAPO64.dll"]),
            ("iaStorVD.inf", "Intel Corporation", "{4d36e97b-e325-11ce-bfc1-08002be10318}", "06/02/2026,20.1.0.1023", "iaStorVD.cat", ["iaStorVD.sys"]),
            ("hpcu270u.inf", "HP", "{4d36e979-e325-11ce-bfc1-08002be10318}", "03/11/2026,61.270.1.25017", "hpcu270u.cat", ["hpcu270u.gpd", "hpcu270u.cfg", "hpcdmc64.dll"])]

    def tod():
        return f"{L.t:%H:%M:%S}.{ms3(L.t)}"

    def adv(ms=(1, 40)):
        L.t += dt.timedelta(milliseconds=g.num(*ms))

    def ln(cat, depth, text, ev, mark="", timed=False):
        """mark: '' | '!' (warning) | '!!!' (error); depth: indentation steps of five characters after 'cat:'."""
        if timed:
            adv()
        pre = f"{mark:<5}" if mark else "     "
        L.emit(f"{pre}{cat}: {' ' * (5 * depth)}{text}{(' ' + tod()) if timed else ''}", ev, {"": None, "!": "!", "!!!": "!!!"}[mark], cat)

    def sec_open(title, ev):
        adv((500, 90000))
        L.emit(f">>>  [{title}]", ev)
        L.emit(f">>>  Section start {L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)}", "section_start")

    def sec_close(status):
        adv((5, 400))
        L.emit(f"<<<  Section end {L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)}", "section_end")
        L.emit(f"<<<  [Exit status: {status}]", "exit_status_ok" if status == "SUCCESS" else "exit_status_fail")
        L.emit("", "blank")
        L.emit("", "blank")

    def device_install():
        inst, hw, compat, node_hw, inf, desc, section, cls = g.c(devices)
        inst = inst.format(h=g.hx(8), n=g.num(1000000, 9999999), u=g.uuid(), m=g.HX(12))
        hw = [h.replace("{guid}", "{" + g.uuid() + "}") for h in hw]
        infdir = f"{DS}\\{inf.split('.')[0]}.inf_amd64_{g.hx(16)}"
        sec_open(f"Device Install (Hardware initiated) - {inst}", "device_install_hdr")
        ln("ump", 0, "Creating Install Process: DrvInst.exe", "ump_creating", timed=True)
        ln("ndv", 0, "Retrieving device info...", "ndv_retrieving")
        ln("ndv", 0, "Setting device parameters...", "ndv_setting_params")
        ln("ndv", 0, "Searching Driver Store and Device Path...", "ndv_searching")
        ln("dvi", 0, "{Build Driver List}", "dvi_build_list", timed=True)
        ln("dvi", 1, "Searching for hardware ID(s):", "dvi_searching_hwid")
        for h in hw:
            ln("dvi", 2, h, "dvi_id_item")
        ln("dvi", 1, "Searching for compatible ID(s):", "dvi_searching_compat")
        for h in compat:
            ln("dvi", 2, h, "dvi_id_item")
        ln("dvi", 1, "Created Driver Node:", "dvi_created_node")
        ln("dvi", 2, f"HardwareID   - {node_hw}", "dvi_node_hwid")
        ln("dvi", 2, f"InfName      - {infdir}\\{inf}", "dvi_node_infname")
        ln("dvi", 2, f"DevDesc      - {desc}", "dvi_node_devdesc")
        ln("dvi", 2, f"Section      - {section}", "dvi_node_section")
        ln("dvi", 2, f"Rank         - 0x00ff{g.HX(4)}", "dvi_node_rank")
        ln("dvi", 2, "Signer Score - Inbox", "dvi_node_signer")
        ln("dvi", 2, "DrvDate      - 06/21/2006", "dvi_node_date")
        ln("dvi", 2, f"Version      - 10.0.22621.{g.num(1, 4500)}", "dvi_node_version")
        ln("dvi", 0, "{Build Driver List - exit(0x00000000)}", "dvi_build_list_exit", timed=True)
        ln("ndv", 0, "Selecting best match from Driver Store (including Device Path)...", "ndv_selecting")
        ln("dvi", 0, "{DIF_SELECTBESTCOMPATDRV}", "dvi_dif_select", timed=True)
        ln("dvi", 1, "Default installer: Enter", "dvi_default_enter", timed=True)
        ln("dvi", 2, "{Select Best Driver}", "dvi_select_best")
        ln("dvi", 3, f"Class GUID of device changed to: {cls}.", "dvi_class_guid_changed")
        ln("dvi", 3, "Selected Driver:", "dvi_selected_driver")
        ln("dvi", 4, f"Description - {desc}", "dvi_sel_description")
        ln("dvi", 4, f"InfFile     - {infdir}\\{inf}", "dvi_sel_inffile")
        ln("dvi", 4, f"Section     - {section}", "dvi_sel_section")
        ln("dvi", 2, "{Select Best Driver - exit(0x00000000)}", "dvi_select_best_exit")
        ln("dvi", 1, "Default installer: Exit", "dvi_default_exit")
        ln("dvi", 0, "{DIF_SELECTBESTCOMPATDRV - exit(0x00000000)}", "dvi_dif_select_exit", timed=True)
        ln("ndv", 0, "Using exact driver node.", "ndv_exact_node")
        ln("ndv", 0, "Installing driver...", "ndv_installing")
        ln("ndv", 1, f"Driver INF Path     = {infdir}\\{inf}", "ndv_inf_path")
        ln("ndv", 1, f"Driver Node Name    = {inf}:{g.hx(16)}:{section}:10.0.22621.{g.num(1, 4500)}:{node_hw.lower()}", "ndv_node_name")
        ln("ndv", 1, f"Driver Store Path   = {infdir}\\{inf}", "ndv_store_path")
        ln("dvi", 1, "{Configure Device - exit(0x00000000)}", "dvi_configure_exit", timed=True)
        problem = g.r.random() < 0.12
        if problem:
            code, name, st = g.c([("0x0a", "CM_PROB_FAILED_START", "0xc0000001"), ("0x1c", "CM_PROB_FAILED_INSTALL", "0xe0000203"), ("0x2b", "CM_PROB_FAILED_POST_START", "0xc000009a")])
            ln("dvi", 1, f"Device not started: Device has problem: {code} ({name}), problem status: {st}.", "dvi_not_started", mark="!")
        else:
            ln("dvi", 1, "Device started.", "dvi_device_started")
        ln("ndv", 0, "Device install status=0x00000000", "ndv_install_status")
        ln("ndv", 0, "Performing device install final cleanup...", "ndv_final_cleanup")
        ln("ump", 0, "Server install process exited with code 0x00000000", "ump_exited", timed=True)
        sec_close("SUCCESS")

    def package_import():
        inf, prov, cls, ver, cat, files = g.c(pkgs)
        tmp = "{" + g.uuid() + "}"
        temp = f"C:\\Windows\\System32\\DriverStore\\Temp\\{tmp}"
        fail = g.r.random() < 0.15
        sec_open(f"Setup Import Driver Package - {temp}\\{inf}", "import_pkg_hdr")
        L.emit("      os: Version = 10.0.22631, Service Pack = 0.0, Suite = 0x0100, ProductType = 1, Architecture = amd64", "os_version", None, "os")
        ln("cmd", 0, g.c(["\"C:\\Windows\\System32\\svchost.exe\" -k DcomLaunch -p -s DeviceInstall", "C:\\Windows\\System32\\pnputil.exe /add-driver C:\\Drivers\\" + inf + " /install"]
                         + (["\"C:\\Program Files\\NVIDIA Corporation\\Installer2\\InstallerCore\\NVI2.DLL\""] if prov == "NVIDIA" else [])), "cmd_line")
        ln("sto", 0, "Driver Store Path = C:\\Windows\\System32\\DriverStore", "sto_store_path")
        ln("inf", 0, f"Provider: {prov}", "inf_provider")
        ln("inf", 0, f"Class GUID: {cls}", "inf_class_guid")
        ln("inf", 0, f"Driver Version: {ver}", "inf_driver_version")
        ln("inf", 0, f"Catalog File: {cat}", "inf_catalog")
        ln("sto", 0, f"{{Copy Driver Package: {temp}\\{inf}}}", "sto_copy_pkg", timed=True)
        ln("sto", 1, f"Driver Package = {temp}\\{inf}", "sto_driver_package")
        ln("sto", 1, "Flags          = 0x00000007", "sto_flags")
        dst = f"C:\\Windows\\System32\\DriverStore\\Temp\\{{{g.uuid()}}}"
        ln("sto", 1, f"Destination    = {dst}", "sto_destination")
        ln("sto", 1, f"Copying driver package files to '{dst}'.", "sto_copying_files")
        for f in files:
            ln("flq", 1, f"Copying '{temp}\\{f}' to '{dst}\\{f}'.", "flq_copying")
        ln("sto", 0, "{Copy Driver Package: exit(0x00000000)}", "sto_copy_pkg_exit", timed=True)
        ln("pol", 0, "{Driver package policy check}", "pol_check", timed=True)
        ln("pol", 0, "{Driver package policy check - exit(0x00000000)}", "pol_check_exit", timed=True)
        ln("sto", 0, f"{{Stage Driver Package: {dst}\\{inf}}}", "sto_stage_pkg", timed=True)
        ln("inf", 1, f"{{Query Configurability: {dst}\\{inf}}}", "inf_query_config", timed=True)
        ln("inf", 2, f"Driver package '{inf}' is configurable.", "inf_configurable")
        ln("inf", 1, "{Query Configurability: exit(0x00000000)}", "inf_query_config_exit", timed=True)
        ln("sto", 1, "{DRIVERSTORE IMPORT VALIDATE}", "sto_import_validate", timed=True)
        ln("sig", 2, "Driver package catalog is valid.", "sig_catalog_valid")
        ln("sig", 2, "{_VERIFY_FILE_SIGNATURE}", "sig_verify", timed=True)
        ln("sig", 3, f"Key      = {cat.lower()}", "sig_key")
        ln("sig", 3, f"FilePath = {dst}\\{cat.lower()}", "sig_filepath")
        ln("sig", 3, f"Catalog  = {dst}\\{cat.lower()}", "sig_catalog")
        if fail:
            ln("sig", 3, "Verifying file against specific (valid) catalog failed.", "sig_verify_failed", mark="!")
            ln("sig", 3, "Error 0x800b0109: A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.", "sig_error_chain", mark="!")
            ln("sig", 2, "{_VERIFY_FILE_SIGNATURE exit(0x800b0109)}", "sig_verify_exit", timed=True)
            ln("sto", 1, "{DRIVERSTORE IMPORT VALIDATE: exit(0x800b0109)}", "sto_import_validate_exit", timed=True)
            ln("sto", 0, f"Failed to import driver package into Driver Store. Error = 0x800B0109", "sto_import_failed", mark="!!!")
            ln("sto", 0, "{Stage Driver Package: exit(0x800b0109)}", "sto_stage_pkg_exit", timed=True)
            sec_close("FAILURE(0x800b0109)")
            return
        ln("sig", 3, "Success: File is signed in catalog.", "sig_success")
        ln("sig", 2, "{_VERIFY_FILE_SIGNATURE exit(0x00000000)}", "sig_verify_exit", timed=True)
        ln("sto", 1, "{DRIVERSTORE IMPORT VALIDATE: exit(0x00000000)}", "sto_import_validate_exit", timed=True)
        ln("sig", 1, "Signer Score  = 0x0D000005 (WHQL)", "sig_signer_score")
        ln("sig", 1, "Signer Name   = Microsoft Windows Hardware Compatibility Publisher", "sig_signer_name")
        ln("sto", 1, f"{{Core Driver Package Import: {inf.split('.')[0]}.inf_amd64_{g.hx(16)}}}", "sto_core_import", timed=True)
        ln("sto", 2, f"{{Import Driver Package: {dst}\\{inf}}}", "sto_import_pkg", timed=True)
        ln("sto", 2, "{Import Driver Package: exit(0x00000000)}", "sto_import_pkg_exit", timed=True)
        ln("sto", 1, "{Core Driver Package Import: exit(0x00000000)}", "sto_core_import_exit", timed=True)
        ln("sto", 0, "{Stage Driver Package: exit(0x00000000)}", "sto_stage_pkg_exit", timed=True)
        sec_close("SUCCESS")

    def delete_device():
        sec_open(f"Delete Device - SWD\\PRINTENUM\\{{{g.uuid()}}}", "delete_device_hdr")
        if g.r.random() < 0.2:
            ln("dvi", 0, "Device is still present; removal deferred until next reboot.", "dvi_removal_deferred", mark="!")
        sec_close("SUCCESS")

    def boot():
        adv((60000, 900000))
        L.emit(f"[Boot Session: {L.t:%Y/%m/%d %H:%M:%S}.{ms3(L.t)}]", "boot_session")
        L.emit("", "blank")

    for text, ev in [("[Device Install Log]", "log_title"), ("     OS Version = 10.0.22631", "hdr_os_version"), ("     Service Pack = 0.0", "hdr_service_pack"),
                     ("     Suite = 0x0100", "hdr_suite"), ("     ProductType = 1", "hdr_product_type"), ("     Architecture = amd64", "hdr_architecture"), ("", "blank"),
                     ("[BeginLog]", "begin_log"), ("", "blank")]:
        L.emit(text, ev, t=None)
    boot()
    ev = [(10, device_install), (5, package_import), (2, delete_device), (0.3, boot)]
    return L.run(ev, None)


LOGS = [log_cockroach, log_cassandra, log_telegraf, log_aspnet_console, log_laravel, log_varnishlog, log_auditd, log_snort, log_junos, log_paloalto,
        log_sharepoint_uls, log_factorio, log_go_test, log_etcd, log_openwrt, log_airflow, log_spring_boot, log_uwsgi_django, log_php_fpm, log_setupapi]


if __name__ == "__main__":
    main(LOGS, WORK)
