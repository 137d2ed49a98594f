#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the fourth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.645.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, continuation lines, statement text) carry
the time, level and component of the record they belong to.

usage: unseen_logs_round4.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round4)
"""
import datetime as dt
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round4")
from unseen_logs_harness import Log, main, N_LINES, UTC, T0, syslog_ts, ms3, B62  # noqa: E402





# 1 ---------------------------------------------------------------- PostgreSQL 16 (log_line_prefix = '%m [%p] %q%u@%d ')
PG_STMTS = [
    ["SELECT o.id, o.status, o.total, o.created_at FROM orders o WHERE o.customer_id = {n} ORDER BY o.created_at DESC LIMIT 50"],
    ["SELECT c.id, c.email, sum(o.total) AS revenue", "FROM customers c", "JOIN orders o ON o.customer_id = c.id",
     "WHERE o.created_at >= now() - interval '30 days'", "GROUP BY c.id, c.email", "ORDER BY revenue DESC", "LIMIT 100;"],
    ["UPDATE inventory SET reserved = reserved + {k} WHERE sku = 'SKU-{n}'"],
    ["SELECT count(*) FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE p.category_id = {k}"],
    ["WITH recent AS (", "    SELECT * FROM events WHERE ts > now() - interval '1 hour'", ")",
     "SELECT kind, count(*) FROM recent GROUP BY kind;"],
    ["COPY public.page_views (id, session_id, url, ts) TO stdout;"],
    ["DELETE FROM sessions WHERE expires_at < now()"],
    ["INSERT INTO audit_log (actor, action, payload) SELECT actor, action, payload FROM audit_staging WHERE batch_id = {n}"],
]


def log_postgres(seed):
    L = Log("postgresql", seed, "full", True, False)
    g = L.g
    roles = [("app", "orders", "orders-api"), ("app", "orders", "orders-api"), ("app", "orders", "orders-api"), ("report", "orders", "Metabase"),
             ("etl", "warehouse", "airflow"), ("postgres", "postgres", "psql"), ("grafana", "metrics", "grafana")]
    clients = [g.ip() for _ in range(10)] + ["[local]"]
    sessions = []
    bg = {"checkpointer": 41, "autovacuum": 0}
    tables = [("orders", "public", "orders"), ("orders", "public", "order_items"), ("orders", "public", "inventory"), ("orders", "public", "sessions"),
              ("warehouse", "public", "page_views"), ("warehouse", "staging", "audit_staging"), ("metrics", "public", "samples")]

    def H(pid, who, lv, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} UTC [{pid}] {who + ' ' if who else ''}{lv}:  {msg}"

    def out(pid, who, lv, msg, ev):
        lines = msg.split("\n")
        L.emit(H(pid, who, lv, lines[0]), ev, lv)
        return lines

    def cont(text, ev, lv):
        L.emit("\t" + text, ev, lv)

    def stmt_text():
        s = g.c(PG_STMTS)
        return [x.format(n=g.num(1, 99999), k=g.num(1, 40)) for x in s]

    def stmt_lines(pid, who, lv, head, ev, sl=None):
        sl = sl or stmt_text()
        L.emit(H(pid, who, lv, head + sl[0]), ev, lv)
        for x in sl[1:]:
            cont(x, "sql_continuation", lv)

    def connect():
        host = g.c(clients); pid = g.num(100000, 400000)
        user, db, app = g.c(roles)
        who = f"{user}@{db}"
        if host == "[local]":
            L.emit(H(pid, "[unknown]@[unknown]", "LOG", "connection received: host=[local]"), "conn_received_local", "LOG")
        else:
            L.emit(H(pid, "[unknown]@[unknown]", "LOG", f"connection received: host={host} port={g.port()}"), "conn_received", "LOG")
        L.tick(0.01)
        if host != "[local]" and g.r.random() < 0.08:
            bad = g.c(["admin", "postgres", "root", user, "test"])
            wd = g.c([db, "postgres"])
            L.emit(H(pid, f"{bad}@{wd}", "FATAL", f"password authentication failed for user \"{bad}\""), "auth_failed", "FATAL")
            hba = f"Connection matched file \"/etc/postgresql/16/main/pg_hba.conf\" line {g.c([102, 104])}: \"host    all             all             0.0.0.0/0               scram-sha-256\""
            if bad in ("admin", "root", "test"):
                L.emit(H(pid, f"{bad}@{wd}", "DETAIL", f"Role \"{bad}\" does not exist."), "detail_no_role", "DETAIL")
                cont(hba, "hba_matched", "DETAIL")
            else:
                L.emit(H(pid, f"{bad}@{wd}", "DETAIL", hba), "detail_hba_matched", "DETAIL")
            return
        L.emit(H(pid, who, "LOG", f"connection authorized: user={user} database={db} application_name={app}"), "conn_authorized", "LOG")
        sessions.append([pid, who, host, L.t])

    def sess():
        if not sessions:
            connect()
        return g.c(sessions) if sessions else None

    def disconnect():
        if len(sessions) < 3:
            return connect()
        s = sessions.pop(g.num(0, len(sessions) - 1))
        pid, who, host, t0 = s
        d = L.t - t0
        secs = d.total_seconds()
        user, db = who.split("@")
        hp = "[local]" if host == "[local]" else f"{host} port={g.port()}"
        if g.r.random() < 0.06:
            L.emit(H(pid, who, "LOG", "could not receive data from client: Connection reset by peer"), "recv_reset", "LOG")
        L.emit(H(pid, who, "LOG", f"disconnection: session time: {int(secs // 3600)}:{int(secs % 3600 // 60):02d}:{secs % 60:06.3f} user={user} database={db} host={hp}"), "disconnection", "LOG")

    def slow():
        s = sess()
        if not s:
            return
        if g.r.random() < 0.35:
            name = g.c(["<unnamed>", "<unnamed>", f"S_{g.num(1, 30)}"])
            sku = g.num(1000, 99999)
            L.emit(H(s[0], s[1], "LOG", f"duration: {g.f(500, 9000, 3)} ms  execute {name}: SELECT p.id, p.sku, p.price FROM products p WHERE p.sku = $1 AND p.active = $2"), "duration_execute", "LOG")
            L.emit(H(s[0], s[1], "DETAIL", f"parameters: $1 = 'SKU-{sku}', $2 = '{g.c(['t', 'f'])}'"), "detail_params", "DETAIL")
        else:
            stmt_lines(s[0], s[1], "LOG", f"duration: {g.f(500, 90000, 3)} ms  statement: ", "duration_statement")

    def error():
        s = sess()
        if not s:
            return
        pid, who = s[0], s[1]
        x = g.r.random()
        if x < 0.35:
            n = g.num(1000, 999999)
            L.emit(H(pid, who, "ERROR", f"duplicate key value violates unique constraint \"{g.c(['orders_pkey', 'customers_email_key', 'order_items_pkey'])}\""), "dup_key", "ERROR")
            L.emit(H(pid, who, "DETAIL", f"Key (id)=({n}) already exists."), "detail_key_exists", "DETAIL")
            stmt_lines(pid, who, "STATEMENT", "", "statement", [f"INSERT INTO orders (id, customer_id, status, total) VALUES ({n}, {g.num(1, 9999)}, 'new', {g.f(5, 900, 2)})"])
        elif x < 0.55:
            rel = g.c(["ordres", "public.customer", "tmp_import", "orders_archive_2025"])
            L.emit(H(pid, who, "ERROR", f"relation \"{rel}\" does not exist at character {g.c([15, 22, 36])}"), "no_relation", "ERROR")
            stmt_lines(pid, who, "STATEMENT", "", "statement", [f"SELECT * FROM {rel} WHERE id = {g.num(1, 9999)}"])
        elif x < 0.75:
            L.emit(H(pid, who, "ERROR", "canceling statement due to statement timeout"), "stmt_timeout", "ERROR")
            stmt_lines(pid, who, "STATEMENT", "", "statement")
        elif x < 0.85:
            tok = g.c(["FORM", "WHERE", ")", "ORDER"])
            L.emit(H(pid, who, "ERROR", f"syntax error at or near \"{tok}\" at character {g.num(8, 80)}"), "syntax_error", "ERROR")
            stmt_lines(pid, who, "STATEMENT", "", "statement", [f"SELECT id, status {tok} orders WHERE status = 'new'"])
        elif x < 0.93:
            L.emit(H(pid, who, "WARNING", "there is no transaction in progress"), "no_transaction", "WARNING")
        else:
            other = g.num(100000, 400000); t1 = g.num(10 ** 6, 2 * 10 ** 6); t2 = t1 + g.num(1, 40)
            q1 = f"UPDATE accounts SET balance = balance - {g.num(1, 500)} WHERE id = {g.num(1, 300)}"
            q2 = f"UPDATE accounts SET balance = balance + {g.num(1, 500)} WHERE id = {g.num(1, 300)}"
            L.emit(H(pid, who, "ERROR", "deadlock detected"), "deadlock", "ERROR")
            L.emit(H(pid, who, "DETAIL", f"Process {pid} waits for ShareLock on transaction {t2}; blocked by process {other}."), "detail_waits", "DETAIL")
            cont(f"Process {other} waits for ShareLock on transaction {t1}; blocked by process {pid}.", "deadlock_waits", "DETAIL")
            cont(f"Process {pid}: {q1}", "deadlock_query", "DETAIL")
            cont(f"Process {other}: {q2}", "deadlock_query", "DETAIL")
            L.emit(H(pid, who, "HINT", "See server log for query details."), "hint_server_log", "HINT")
            L.emit(H(pid, who, "CONTEXT", f"while updating tuple ({g.num(0, 900)},{g.num(1, 60)}) in relation \"accounts\""), "context_updating", "CONTEXT")
            stmt_lines(pid, who, "STATEMENT", "", "statement", [q1])

    def checkpoint():
        p = bg["checkpointer"]
        L.emit(H(p, "", "LOG", f"checkpoint starting: {g.c(['time', 'time', 'time', 'wal'])}"), "ckpt_start", "LOG")
        L.tick(60)
        b = g.num(100, 90000); w = g.f(20, 270, 3)
        L.emit(H(p, "", "LOG", f"checkpoint complete: wrote {b} buffers ({b / 163840 * 100:.1f}%); 0 WAL file(s) added, {g.num(0, 3)} removed, {g.num(0, 9)} recycled; "
                 f"write={w} s, sync={g.f(0, 0.5, 3)} s, total={float(w) + 0.04:.3f} s; sync files={g.num(5, 300)}, longest={g.f(0, 0.2, 3)} s, average={g.f(0, 0.01, 3)} s; "
                 f"distance={g.num(1000, 900000)} kB, estimate={g.num(1000, 900000)} kB; lsn={g.num(0, 9)}/{g.HX(8)}, redo lsn={g.num(0, 9)}/{g.HX(8)}"), "ckpt_complete", "LOG")

    def usage_lines(lv):
        cont(f"avg read rate: {g.f(0, 90, 3)} MB/s, avg write rate: {g.f(0, 30, 3)} MB/s", "av_rates", lv)
        cont(f"buffer usage: {g.num(100, 900000)} hits, {g.num(0, 90000)} misses, {g.num(0, 9000)} dirtied", "av_buffers", lv)

    def autovac():
        pid = g.num(100000, 400000)
        db, sch, tb = g.c(tables)
        L.emit(H(pid, "", "LOG", f"automatic vacuum of table \"{db}.{sch}.{tb}\": index scans: {g.c([0, 1, 1, 2])}"), "autovacuum", "LOG")
        rem = g.num(100, 200000)
        cont(f"pages: 0 removed, {rem} remain, {g.num(1, rem)} scanned ({g.f(0, 100, 2)}% of total)", "av_pages", "LOG")
        cont(f"tuples: {g.num(0, 90000)} removed, {g.num(1000, 9000000)} remain, {g.num(0, 90)} are dead but not yet removable", "av_tuples", "LOG")
        xid = g.num(10 ** 6, 9 * 10 ** 6)
        cont(f"removable cutoff: {xid}, which was {g.num(0, 900)} XIDs old when operation ended", "av_cutoff", "LOG")
        if g.r.random() < 0.4:
            cont(f"new relfrozenxid: {xid - g.num(1000, 90000)}, which is {g.num(100, 90000)} XIDs ahead of previous value", "av_relfrozenxid", "LOG")
        cont(f"frozen: {g.num(0, 900)} pages from table ({g.f(0, 5, 2)}% of total) had {g.num(0, 9000)} tuples frozen", "av_frozen", "LOG")
        cont(f"index scan needed: {g.num(0, 9000)} pages from table ({g.f(0, 30, 2)}% of total) had {g.num(0, 90000)} dead item identifiers removed", "av_index_scan", "LOG")
        for ix in g.r.sample([f"{tb}_pkey", f"{tb}_created_at_idx", f"{tb}_customer_id_idx"], g.num(1, 3)):
            cont(f"index \"{ix}\": pages: {g.num(10, 90000)} in total, {g.num(0, 90)} newly deleted, {g.num(0, 90)} currently deleted, {g.num(0, 90)} reusable", "av_index", "LOG")
        usage_lines("LOG")
        cont(f"WAL usage: {g.num(0, 900000)} records, {g.num(0, 9000)} full page images, {g.num(0, 90000000)} bytes", "av_wal", "LOG")
        cont(f"system usage: CPU: user: {g.f(0, 9, 2)} s, system: {g.f(0, 2, 2)} s, elapsed: {g.f(0, 90, 2)} s", "av_system", "LOG")

    def autoanalyze():
        pid = g.num(100000, 400000)
        db, sch, tb = g.c(tables)
        L.emit(H(pid, "", "LOG", f"automatic analyze of table \"{db}.{sch}.{tb}\""), "autoanalyze", "LOG")
        usage_lines("LOG")
        cont(f"system usage: CPU: user: {g.f(0, 9, 2)} s, system: {g.f(0, 2, 2)} s, elapsed: {g.f(0, 90, 2)} s", "av_system", "LOG")

    def eof():
        s = sess()
        if s:
            L.emit(H(s[0], s[1], "LOG", "unexpected EOF on client connection with an open transaction"), "unexpected_eof", "LOG")

    def nodb():
        pid = g.num(100000, 400000); host = g.c(clients[:-1])
        d = g.c(["order", "reports", "app"])
        L.emit(H(pid, "[unknown]@[unknown]", "LOG", f"connection received: host={host} port={g.port()}"), "conn_received", "LOG")
        L.emit(H(pid, f"app@{d}", "FATAL", f"database \"{d}\" does not exist"), "no_database", "FATAL")
    ev = [
        (14, connect), (13, disconnect), (22, slow), (6, error), (1.2, checkpoint), (1.5, autovac), (1.2, autoanalyze),
        (0.6, eof), (0.5, nodb),
    ]
    return L.run(ev, None)


# 2 ---------------------------------------------------------------- MySQL 8.0 error log (log_error_verbosity = 3)
def log_mysql(seed):
    L = Log("mysql_error", seed, "full", True, True)
    g = L.g
    apps = [("app", "shop"), ("app", "shop"), ("app", "shop"), ("reporting", "shop"), ("wp", "wordpress"), ("replicator", "")]
    hosts = [g.ip() for _ in range(8)]
    conn = [3000]

    def H(tid, lv, code, sub, msg):
        t = L.t
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {tid} [{lv}] [MY-{code:06d}] [{sub}] {msg}"

    def emit(tid, lv, code, sub, msg, ev):
        L.emit(H(tid, lv, code, sub, msg), ev, lv, sub)

    def cid():
        conn[0] += g.num(1, 30)
        return conn[0]

    def aborted():
        u, d = g.c(apps[:5])
        why = g.c(["Got an error reading communication packets", "Got timeout reading communication packets", "Got an error writing communication packets"])
        emit(cid(), "Note", 10914, "Server", f"Aborted connection {conn[0]} to db: '{d}' user: '{u}' host: '{g.c(hosts)}' ({why}).", "aborted_conn")

    def denied():
        u = g.c(["root", "root", "admin", "app", "test", "mysql"])
        emit(cid(), "Note", 10926, "Server", f"Access denied for user '{u}'@'{g.ip('pub')}' (using password: {g.c(['YES', 'YES', 'NO'])})", "access_denied")

    def deadlock():
        t1, t2 = g.num(10 ** 6, 9 * 10 ** 6), 0
        t2 = t1 + g.num(1, 40)
        emit(0, "Note", 12468, "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)", "deadlock_detected")
        for k, trx in ((1, t1), (2, t2)):
            tid = cid()
            emit(0, "Note", 12469, "InnoDB", f"*** ({k}) TRANSACTION:", "dl_trx_head")
            c = lambda text, ev: L.emit(text, ev, "Note", "InnoDB")
            c("", "blank")
            c(f"TRANSACTION {trx}, ACTIVE {g.num(0, 9)} sec starting index read", "dl_trx")
            c("mysql tables in use 1, locked 1", "dl_tables")
            c(f"LOCK WAIT {g.num(2, 5)} lock struct(s), heap size 1128, {g.num(1, 4)} row lock(s)", "dl_lock_wait")
            c(f"MySQL thread id {tid}, OS thread handle {g.num(139000000000000, 139999999999999)}, query id {g.num(10 ** 5, 10 ** 7)} {g.c(hosts)} app updating", "dl_thread")
            acct = g.num(1, 300)
            c(f"UPDATE accounts SET balance = balance {g.c(['-', '+'])} {g.num(1, 500)} WHERE id = {acct}", "dl_query")
            emit(0, "Note", 12469, "InnoDB", f"*** ({k}) HOLDS THE LOCK(S):", "dl_holds")
            c("", "blank")
            c(f"RECORD LOCKS space id {g.num(2, 90)} page no {g.num(3, 900)} n bits 72 index PRIMARY of table `shop`.`accounts` trx id {trx} lock_mode X locks rec but not gap", "dl_record_locks")
            c(f"Record lock, heap no {g.num(2, 90)} PHYSICAL RECORD: n_fields 5; compact format; info bits 0", "dl_record")
            for i in range(3):
                c(f" {i}: len {g.c([4, 6, 7, 8])}; hex {g.hx(8)}; asc {g.c(['    ', '   D', '  ~ ', ' H7 '])};;", "dl_field")
            emit(0, "Note", 12469, "InnoDB", f"*** ({k}) WAITING FOR THIS LOCK TO BE GRANTED:", "dl_waiting")
            c("", "blank")
            c(f"RECORD LOCKS space id {g.num(2, 90)} page no {g.num(3, 900)} n bits 72 index PRIMARY of table `shop`.`accounts` trx id {trx} lock_mode X locks rec but not gap waiting", "dl_record_locks_waiting")
        emit(0, "Note", 12469, "InnoDB", "*** WE ROLL BACK TRANSACTION (2)", "dl_rollback")

    def repl_fail():
        f = g.num(100, 999); pos = g.num(1000, 9000000); key = g.num(1, 999999)
        emit(g.num(10, 20), "ERROR", 10584, "Repl", f"Replica SQL for channel '': Worker {g.num(1, 4)} failed executing transaction 'ANONYMOUS' at source log mysql-bin.000{f}, end_log_pos {pos}; Could not execute Write_rows event on table shop.orders; Duplicate entry '{key}' for key 'orders.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log mysql-bin.000{f}, end_log_pos {pos}, Error_code: MY-001062", "repl_worker_failed")
        emit(g.num(10, 20), "ERROR", 10586, "Repl", f"Error running query, replica SQL thread aborted. Fix the problem, and restart the replica SQL thread with \"START REPLICA\". We stopped at log 'mysql-bin.000{f}' position {pos - g.num(100, 900)}", "repl_aborted")

    def restart():
        emit(0, "System", 13172, "Server", "Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.36).", "shutdown_received")
        L.tick(3)
        emit(0, "System", 10910, "Server", "/usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.", "shutdown_complete")
        L.tick(5)
        emit(0, "System", 10116, "Server", f"/usr/sbin/mysqld (mysqld 8.0.36) starting as process {g.num(1000, 99999)}", "starting")
        emit(1, "System", 13576, "InnoDB", "InnoDB initialization has started.", "innodb_init_start")
        L.tick(1)
        emit(1, "System", 13577, "InnoDB", "InnoDB initialization has ended.", "innodb_init_end")
        emit(0, "Warning", 10068, "Server", "CA certificate ca.pem is self signed.", "ca_self_signed")
        emit(0, "System", 13602, "Server", "Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.", "tls_channel")
        emit(0, "Warning", 11810, "Server", "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.", "insecure_pid")
        emit(0, "System", 11323, "Server", "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock", "x_plugin_ready")
        emit(0, "System", 10931, "Server", "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.", "ready")
        L.tick(2)
        emit(0, "Note", 12669, "InnoDB", f"Buffer pool(s) load completed at {L.t:%y%m%d %H:%M:%S}", "bp_load_done")
    ev = [
        (30, aborted),
        (18, lambda: emit(cid(), "Warning", 13360, "Server", "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'", "native_pw_deprecated")),
        (12, denied),
        (10, lambda: emit(cid(), "Warning", 10055, "Server", f"IP address '{g.c(hosts + [g.ip('pub')])}' could not be resolved: {g.c(['Name or service not known', 'Temporary failure in name resolution'])}", "ip_unresolved")),
        (6, lambda: (lambda u, d: emit(cid(), "Note", 13730, "Server", f"'wait_timeout' period of {g.c([600, 28800])} seconds was exceeded for `{u}`@`{g.c(hosts)}`. The idle time since last command was too long.", "wait_timeout"))(*g.c(apps[:5]))),
        (0.5, deadlock),
        (2, lambda: emit(0, "Warning", 11825, "InnoDB", f"page_cleaner: 1000ms intended loop took {g.num(1100, 9000)}ms. The settings might not be optimal. (flushed={g.num(0, 2000)} and evicted=0, during the time.)", "page_cleaner")),
        (1, lambda: emit(g.num(10, 20), "Warning", 10897, "Repl", "Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information.", "repl_insecure")),
        (1, lambda: emit(g.num(10, 20), "System", 10562, "Repl", f"Replica I/O thread for channel '': connected to source 'replicator@10.0.0.21:3306',replication started in log 'mysql-bin.000{g.num(100, 999)}' at position {g.num(4, 9000000)}", "repl_connected")),
        (0.8, lambda: emit(g.num(10, 20), "ERROR", 10584, "Repl", "Replica I/O for channel '': Source command COM_REGISTER_REPLICA failed: Lost connection to MySQL server during query (errno 2013), Error_code: MY-002013", "repl_io_failed")),
        (0.5, repl_fail),
        (0.6, lambda: emit(cid(), "Warning", 10235, "Server", f"Got an error from thread_id={conn[0]}, /usr/src/mysql/storage/innobase/handler/ha_innodb.cc:{g.c([4519, 10482])}", "thread_error")),
        (0.15, restart),
    ]
    return L.run(ev, None)


# 3 ---------------------------------------------------------------- MongoDB 7.0 mongod.log (structured JSON lines)
def log_mongodb(seed):
    import json
    L = Log("mongodb_json", seed, "full", True, True)
    g = L.g
    conns = [1200]
    open_conns = []
    apps = [("orders-api", "app", "shop"), ("orders-api", "app", "shop"), ("MongoDB Compass", "alice", "admin"), ("mongosh 2.1.1", "dba", "admin"),
            ("analytics-etl", "etl", "analytics")]
    drivers = {"orders-api": ("nodejs", "6.3.0"), "analytics-etl": ("PyMongo", "4.6.1"), "MongoDB Compass": ("nodejs", "6.3.0"), "mongosh 2.1.1": ("nodejs|mongosh", "6.3.0|2.1.1")}
    clients = [g.ip() for _ in range(10)]
    colls = ["shop.orders", "shop.carts", "shop.products", "shop.sessions", "analytics.events", "analytics.daily_rollup"]

    def rec(s, c, id_, ctx, msg, attr=None, ev=None, **extra):
        t = L.t
        head = f"{{\"t\":{{\"$date\":\"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}+00:00\"}},\"s\":\"{s}\",  \"c\":\"{c}\",{' ' * (9 - len(c))}\"id\":{id_},{' ' * (8 - len(str(id_)))}\"ctx\":{json.dumps(ctx)},\"msg\":{json.dumps(msg)}"
        if attr is not None:
            head += ",\"attr\":" + json.dumps(attr, separators=(",", ":"))
        for k, v in extra.items():
            head += f",\"{k}\":" + json.dumps(v, separators=(",", ":"))
        L.emit(head + "}", ev, s, c)

    def accept():
        conns[0] += g.num(1, 5)
        n = conns[0]; ip = g.c(clients); p = g.port()
        open_conns.append((n, ip, p, g.c(apps)))
        rec("I", "NETWORK", 22943, "listener", "Connection accepted", {"remote": f"{ip}:{p}", "uuid": {"uuid": {"$uuid": g.uuid()}}, "connectionId": n, "connectionCount": len(open_conns) + 40}, "conn_accepted")
        app = open_conns[-1][3]
        drv = drivers[app[0]]
        L.tick(0.01)
        rec("I", "NETWORK", 51800, f"conn{n}", "client metadata", {"remote": f"{ip}:{p}", "client": f"conn{n}", "negotiatedCompressors": [],
            "doc": {"application": {"name": app[0]}, "driver": {"name": drv[0], "version": drv[1]}, "platform": g.c(["Node.js v20.10.0, LE", "CPython 3.12.1.final.0"]),
                    "os": {"name": "linux", "architecture": "x86_64", "version": g.c(["6.1.0-17-amd64", "5.15.0-91-generic"]), "type": "Linux"}}}, "client_metadata")
        if g.r.random() < 0.6:
            L.tick(0.02)
            mech = g.c(["SCRAM-SHA-256", "SCRAM-SHA-256", "SCRAM-SHA-1"])
            _, user, db = app
            if g.r.random() < 0.07:
                rec("I", "ACCESS", 5286307, f"conn{n}", "Authentication failed", {"mechanism": mech, "speculative": True, "principalName": user, "authenticationDatabase": db,
                    "remote": f"{ip}:{p}", "extraInfo": {}, "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}, "auth_failed")
            else:
                rec("I", "ACCESS", 5286306, f"conn{n}", "Authentication succeeded", {"mechanism": mech, "speculative": True, "principalName": user, "authenticationDatabase": db,
                    "remote": f"{ip}:{p}", "extraInfo": {}}, "auth_ok")

    def end():
        if len(open_conns) < 8:
            return accept()
        n, ip, p, app = open_conns.pop(g.num(0, len(open_conns) - 1))
        rec("I", "NETWORK", 22944, f"conn{n}", "Connection ended", {"remote": f"{ip}:{p}", "uuid": {"uuid": {"$uuid": g.uuid()}}, "connectionId": n, "connectionCount": len(open_conns) + 40}, "conn_ended")

    def slow():
        if not open_conns:
            return accept()
        n, ip, p, app = g.c(open_conns)
        ns = g.c(colls)
        db, coll = ns.split(".", 1)
        kind = g.c(["find", "find", "aggregate", "update", "getMore"])
        if kind == "find":
            cmd = {"find": coll, "filter": {"status": g.c(["new", "paid", "shipped"]), "customerId": g.num(1, 99999)}, "sort": {"createdAt": -1}, "limit": 50, "lsid": {"id": {"$uuid": g.uuid()}}, "$db": db}
            plan = g.c(["COLLSCAN", "IXSCAN { status: 1, createdAt: -1 }"])
        elif kind == "aggregate":
            cmd = {"aggregate": coll, "pipeline": [{"$match": {"ts": {"$gte": {"$date": f"{L.t:%Y-%m-%d}T00:00:00.000Z"}}}}, {"$group": {"_id": "$kind", "n": {"$sum": 1}}}], "cursor": {}, "$db": db}
            plan = "COLLSCAN"
        elif kind == "update":
            cmd = {"q": {"_id": {"$oid": g.hx(24)}}, "u": {"$set": {"status": g.c(["paid", "shipped", "cancelled"])}}, "multi": False, "upsert": False}
            plan = "IDHACK"
        else:
            cmd = {"getMore": g.num(10 ** 17, 9 * 10 ** 18), "collection": coll, "$db": db}
            plan = "COLLSCAN"
        attr = {"type": "command" if kind != "update" else "update", "ns": ns, "command": cmd, "planSummary": plan, "keysExamined": g.num(0, 9000), "docsExamined": g.num(0, 900000),
                "numYields": g.num(0, 900), "nreturned": g.num(0, 500), "reslen": g.num(100, 900000), "locks": {"Global": {"acquireCount": {"r": g.num(1, 900)}}},
                "remote": f"{ip}:{p}", "protocol": "op_msg", "durationMillis": g.num(100, 30000)}
        if kind == "update":
            attr["appName"] = app[0]
        rec("I", "WRITE" if kind == "update" else "COMMAND", 51803, f"conn{n}", "Slow query", attr, "slow_query")

    def wt():
        sec = int(L.t.timestamp())
        m = g.c([f"saving checkpoint snapshot min: {g.num(10 ** 5, 10 ** 6)}, snapshot max: {g.num(10 ** 5, 10 ** 6)} snapshot count: {g.num(0, 5)}, oldest timestamp: ({sec - 60}, {g.num(1, 90)}) , meta checkpoint timestamp: ({sec - 60}, {g.num(1, 90)}) base write gen: {g.num(10 ** 6, 10 ** 7)}"])
        rec("I", "WTCHKPT", 22430, "Checkpointer", "WiredTiger message", {"message": {"ts_sec": sec, "ts_usec": L.t.microsecond, "thread": f"{g.num(1, 99)}:0x7f{g.hx(10)}", "session_name": "WT_SESSION.checkpoint",
            "category": "WT_VERB_CHECKPOINT_PROGRESS", "category_id": 6, "verbose_level": "DEBUG", "verbose_level_id": 1, "msg": m}}, "wt_message")

    def interrupted():
        if not open_conns:
            return accept()
        n = g.c(open_conns)[0]
        rec("I", "-", 20883, f"conn{n}", "Interrupted operation as its client disconnected", {"opId": g.num(10 ** 6, 10 ** 7)}, "interrupted")

    def member_state():
        h = g.c(["mongo-1.db.internal:27017", "mongo-2.db.internal:27017", "mongo-3.db.internal:27017"])
        rec("I", "REPL", 21215, f"ReplCoord-{g.num(0, 20)}", "Member is in new state", {"hostAndPort": h, "newState": g.c(["SECONDARY", "RECOVERING", "DOWN", "SECONDARY"])}, "member_state")

    def hb_fail():
        h = g.c(["mongo-2.db.internal:27017", "mongo-3.db.internal:27017"])
        rec("I", "REPL_HB", 23974, f"ReplCoord-{g.num(0, 20)}", "Heartbeat failed after max retries", {"target": h, "maxHeartbeatRetries": 2,
            "error": {"code": g.c([6, 89]), "codeName": g.c(["HostUnreachable", "NetworkTimeout"]), "errmsg": f"Error connecting to {h} :: caused by :: Connection refused"}}, "hb_failed")

    def index_build():
        ns = g.c(colls); bid = g.uuid()
        field = g.c(["createdAt", "customerId", "status", "sku"])
        rec("I", "INDEX", 20438, f"conn{g.c(open_conns)[0] if open_conns else 1}", "Index build: registering", {"buildUUID": {"uuid": {"$uuid": bid}}, "namespace": ns, "collectionUUID": {"uuid": {"$uuid": g.uuid()}},
            "indexes": 1, "firstIndex": {"name": f"{field}_1"}, "command": {"createIndexes": ns.split(".")[1], "v": 2, "indexes": [{"key": {field: 1}, "name": f"{field}_1"}]}}, "index_registering")
        L.tick(5)
        rec("I", "INDEX", 20663, f"IndexBuildsCoordinatorMongod-{g.num(0, 3)}", "Index build: completed successfully", {"buildUUID": {"uuid": {"$uuid": bid}}, "collectionUUID": {"uuid": {"$uuid": g.uuid()}},
            "namespace": ns, "indexesBuilt": [f"{field}_1"], "numIndexesBefore": g.num(1, 5), "numIndexesAfter": g.num(2, 6)}, "index_done")

    def ttl():
        rec("I", "INDEX", 5479200, "TTLMonitor", "Deleted expired documents using index", {"namespace": g.c(["shop.sessions", "shop.carts"]), "index": "expiresAt_1", "numDeleted": g.num(0, 9000), "durationMillis": g.num(0, 900)}, "ttl_deleted")
    ev = [
        (16, accept), (15, end), (13, slow), (5, wt), (3, interrupted), (1.2, member_state), (1, hb_fail), (0.5, index_build), (3, ttl),
        (1, lambda: rec("W", "CONTROL", 636300, "ftdc", "Use of deprecated server parameter name", {"deprecatedName": "internalQueryCacheSize", "canonicalName": "internalQueryCacheMaxEntriesPerCollection"}, "deprecated_param")),
        (0.8, lambda: rec("W", "QUERY", 4615610, f"conn{g.c(open_conns)[0] if open_conns else 1}", "Plan executor error during find command", {"error": {"code": 292, "codeName": "QueryExceededMemoryLimitNoDiskUseAllowed", "errmsg": "Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting."}, "stats": {"stage": "SORT", "nReturned": 0}, "cmd": {"find": "orders", "filter": {}, "sort": {"total": -1}}}, "plan_error")),
        (0.5, lambda: rec("E", "NETWORK", 23256, f"conn{g.c(open_conns)[0] if open_conns else 1}", "SSL peer certificate validation failed", {"reason": "certificate signature failure"}, "ssl_validation")),
    ]
    return L.run(ev, None)


# 4 ---------------------------------------------------------------- Redis 7.2 server log (loglevel verbose), a primary with one replica
def log_redis(seed):
    L = Log("redis_server", seed, "full", True, False)
    g = L.g
    LV = {"*": "*|notice", "#": "#|warning", "-": "-|verbose", ".": ".|debug"}
    st = {"pid": 1, "child": None, "cid": 4000, "changes": 0}
    clients = [g.ip() for _ in range(6)]
    open_c = []
    replica = "10.0.4.12:6379"

    def emit(role, sym, msg, ev, pid=None):
        t = L.t
        L.emit(f"{pid or st['pid']}:{role} {t:%d %b %Y %H:%M:%S}.{ms3(t)} {sym} {msg}", ev, LV[sym])

    def accepted():
        st["cid"] += 1
        ip = f"{g.c(clients)}:{g.port()}"
        open_c.append((st["cid"], ip, L.t))
        emit("M", "-", f"Accepted {ip}", "accepted")

    def closed():
        if len(open_c) < 5:
            return accepted()
        cid, ip, t0 = open_c.pop(g.num(0, len(open_c) - 1))
        age = int((L.t - t0).total_seconds())
        emit("M", "-", f"Client closed connection id={cid} addr={ip} laddr=10.0.4.11:6379 fd={g.num(8, 90)} name={g.c(['', '', 'sidekiq', 'celery'])} age={age} idle={g.num(0, age)} flags=N db={g.c([0, 0, 1])} "
                       f"sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp={g.c([5, 42, 1024])} obl=0 oll=0 omem=0 tot-mem=1928 events=r cmd={g.c(['get', 'set', 'hgetall', 'expire', 'quit', 'brpop'])} user=default redir=-1 resp={g.c([2, 3])} lib-name={g.c(['', 'redis-py', 'ioredis'])} lib-ver={g.c(['', '5.0.1', '5.3.2'])}", "client_closed")

    def bgsave():
        if st["child"]:
            return
        sec, n = g.c([(3600, 1), (300, 100), (60, 10000)])
        emit("M", "*", f"{n} changes in {sec} seconds. Saving...", "changes_saving")
        child = g.num(100, 99999)
        emit("M", "*", f"Background saving started by pid {child}", "bgsave_started")
        st["child"] = child

    def bgsave_end():
        child = st["child"]
        if not child:
            return bgsave()
        emit("C", "*", "DB saved on disk", "db_saved", pid=child)
        cur = g.num(0, 40)
        emit("C", "*", f"Fork CoW for RDB: current {cur} MB, peak {cur + g.num(0, 9)} MB, average {max(0, cur - g.num(0, 5))} MB", "fork_cow", pid=child)
        L.tick(0.05)
        emit("M", "*", "Background saving terminated with success", "bgsave_ok")
        st["child"] = None

    def attack():
        emit("M", "#", f"Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from {g.ip('pub')}:{g.port()} aborted.", "security_attack")

    def replica_sync():
        emit("M", "#", f"Connection with replica {replica} lost.", "replica_lost")
        L.tick(2)
        emit("M", "*", f"Replica {replica} asks for synchronization", "replica_asks")
        if g.r.random() < 0.6:
            emit("M", "*", f"Partial resynchronization request from {g.hx(40)} accepted. Sending {g.num(0, 90000)} bytes of backlog starting from offset {g.num(10 ** 6, 10 ** 9)}.", "psync_accepted")
            return
        emit("M", "*", f"Full resync requested by replica {replica}", "full_resync")
        child = g.num(100, 99999)
        emit("M", "*", "Starting BGSAVE for SYNC with target: disk", "bgsave_sync")
        emit("M", "*", f"Background saving started by pid {child}", "bgsave_started")
        L.tick(1)
        emit("C", "*", "DB saved on disk", "db_saved", pid=child)
        cur = g.num(0, 9)
        emit("C", "*", f"Fork CoW for RDB: current {cur} MB, peak {cur + g.num(0, 9)} MB, average {max(0, cur - g.num(0, 3))} MB", "fork_cow", pid=child)
        emit("M", "*", "Background saving terminated with success", "bgsave_ok")
        emit("M", "*", f"Synchronization with replica {replica} succeeded", "sync_ok")

    def restart():
        emit("M", "#", "User requested shutdown...", "shutdown_requested")
        emit("M", "*", "Saving the final RDB snapshot before exiting.", "final_snapshot")
        emit("M", "*", "DB saved on disk", "db_saved")
        emit("M", "#", "Redis is now ready to exit, bye bye...", "bye")
        L.tick(3)
        st["pid"] = 1
        open_c.clear()
        emit("C", "#", "oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo", "starting")
        emit("C", "#", f"Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid={st['pid']}, just started", "version")
        emit("C", "#", "Configuration loaded", "config_loaded")
        emit("M", "*", "monotonic clock: POSIX clock_gettime", "monotonic")
        emit("M", "*", "Running mode=standalone, port=6379.", "running_mode")
        emit("M", "#", "WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.", "tcp_backlog")
        emit("M", "*", "Server initialized", "server_initialized")
        emit("M", "*", "Loading RDB produced by version 7.2.4", "loading_rdb")
        emit("M", "*", f"RDB age {g.num(3, 30)} seconds", "rdb_age")
        emit("M", "*", f"RDB memory usage when created {g.f(1, 900, 2)} Mb", "rdb_mem")
        L.tick(1)
        emit("M", "*", f"Done loading RDB, keys loaded: {g.num(1000, 900000)}, keys expired: {g.num(0, 900)}.", "rdb_done")
        emit("M", "*", f"DB loaded from disk: {g.f(0.01, 9, 3)} seconds", "db_loaded")
        emit("M", "*", "Ready to accept connections tcp", "ready")
    ev = [
        (30, accepted), (29, closed), (5, bgsave), (5, bgsave_end), (1.2, attack), (0.6, replica_sync),
        (1.5, lambda: emit("M", "-", f"DB {g.c([0, 1])}: {g.num(1000, 90000)} keys ({g.num(100, 9000)} volatile) in {g.c([65536, 131072])} slots HT.", "db_keys")),
        (1, lambda: emit("M", "#", f"Client id={g.num(100, 9000)} addr={g.c(clients)}:{g.port()} laddr=10.0.4.11:6379 fd={g.num(8, 90)} name= age={g.num(0, 900)} idle={g.num(0, 9)} flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=20474 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll={g.num(1000, 9000)} omem={g.num(10 ** 7, 10 ** 9)} tot-mem={g.num(10 ** 7, 10 ** 9)} events=rw cmd=subscribe user=default redir=-1 resp=2 lib-name= lib-ver= scheduled to be closed ASAP for overcoming of output buffer limits.", "obuf_limit")),
        (0.7, lambda: emit("M", "-", "Closing idle client", "closing_idle")),
        (0.1, restart),
    ]
    return L.run(ev, None)


# 5 ---------------------------------------------------------------- Elasticsearch 8.12 plain-text server log ([%d][%-5p][%-25c{1.}] [%node_name]%marker %m)
def log_elasticsearch(seed):
    L = Log("elasticsearch", seed, "full", True, True)
    g = L.g
    nodes = {"es-master-1": g.alnum(22, B62 + "-_"), "es-data-4": g.alnum(22, B62 + "-_"), "es-data-2": g.alnum(22, B62 + "-_"), "es-data-3": g.alnum(22, B62 + "-_")}
    me = "es-master-1"  # master-eligible data node, the elected master
    ds = ["logs-nginx.access-default", "logs-app-default", "metrics-system.cpu-default", "logs-k8s.container-default"]
    gen = {d: g.num(100, 400) for d in ds}
    gcn = [g.num(10 ** 5, 10 ** 6)]

    def H(lv, logger, node, msg):
        t = L.t
        return f"[{t:%Y-%m-%dT%H:%M:%S},{ms3(t)}][{lv:<5}][{logger:<25}] [{node}] {msg}"

    def emit(lv, logger, msg, ev):
        L.emit(H(lv, logger, me, msg), ev, lv, logger)

    def backing(d=None):
        d = d or g.c(ds)
        return f".ds-{d}-{L.t:%Y.%m.%d}-{gen[d]:06d}"

    def health():
        a, b = g.c([("YELLOW", "GREEN"), ("GREEN", "YELLOW"), ("YELLOW", "GREEN"), ("RED", "YELLOW")])
        reason = g.c([f"shards started [[{backing()}][0]]", f"{{{g.c(list(nodes))}}}{{{g.alnum(22, B62)}}} left", "index-create", f"shards failed [[{backing()}][{g.num(0, 2)}]]"])
        emit("INFO", "o.e.c.r.a.AllocationService", f"Cluster health status changed from [{a}] to [{b}] (reason: [{reason}]).", "health_changed")

    def gc():
        gcn[0] += g.num(1, 60)
        if g.r.random() < 0.7:
            emit("INFO", "o.e.m.j.JvmGcMonitorService", f"[gc][{gcn[0]}] overhead, spent [{g.num(250, 900)}ms] collecting in the last [1s]", "gc_overhead")
        else:
            spent = g.r.uniform(1, 8)
            emit("WARN", "o.e.m.j.JvmGcMonitorService", f"[gc][{gcn[0]}] overhead, spent [{spent:.1f}s] collecting in the last [{spent + g.r.uniform(0.1, 2):.1f}s]", "gc_overhead")

    def rollover():
        d = g.c(ds)
        old = backing(d)
        gen[d] += 1
        new = backing(d)
        emit("INFO", "o.e.c.m.MetadataCreateIndexService", f"[{new}] creating index, cause [rollover_data_stream], templates [{d.split('-')[0]}], shards [1]/[1]", "creating_index")
        for step in [("rollover", "check-rollover-ready", "attempt-rollover"), ("rollover", "attempt-rollover", "wait-for-active-shards"), ("rollover", "wait-for-active-shards", "update-rollover-lifecycle-date")]:
            emit("INFO", "o.e.x.i.IndexLifecycleTransition", f"moving index [{old}] from [{{\"phase\":\"hot\",\"action\":\"{step[0]}\",\"name\":\"{step[1]}\"}}] to [{{\"phase\":\"hot\",\"action\":\"{step[0]}\",\"name\":\"{step[2]}\"}}] in policy [{d.split('-')[0]}]", "ilm_moving")

    def mapping():
        emit("INFO", "o.e.c.m.MetadataMappingService", f"[{backing()}/{g.alnum(22, B62 + '-_')}] update_mapping [_doc]", "update_mapping")

    def disk():
        n = g.c(["es-data-2", "es-data-3"])
        free = g.f(3, 14, 1)
        if g.r.random() < 0.6:
            emit("INFO", "o.e.c.r.a.DiskThresholdMonitor", f"low disk watermark [85%] exceeded on [{nodes[n]}][{n}][/var/lib/elasticsearch] free: {free}gb[{free}%], replicas will not be assigned to this node", "low_watermark")
        else:
            emit("WARN", "o.e.c.r.a.DiskThresholdMonitor", f"high disk watermark [90%] exceeded on [{nodes[n]}][{n}][/var/lib/elasticsearch] free: {free}gb[{free}%], shards will be relocated away from this node; currently relocating away shards totalling [{g.c([0, g.num(10 ** 8, 10 ** 10)])}] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete", "high_watermark")

    def http_exc():
        ip = g.ip()
        emit("WARN", "o.e.h.AbstractHttpServerTransport", f"caught exception while handling client http traffic, closing connection Netty4HttpChannel{{localAddress=/10.0.2.11:9200, remoteAddress=/{ip}:{g.port()}}}", "http_exception")
        c = lambda s, ev: L.emit(s, ev, "WARN", "o.e.h.AbstractHttpServerTransport")
        alert = g.c(["certificate_unknown", "bad_certificate", "unknown_ca"])
        c(f"io.netty.handler.codec.DecoderException: javax.net.ssl.SSLHandshakeException: Received fatal alert: {alert}", "exc")
        for fr in ["io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:499) ~[?:?]",
                   "io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290) ~[?:?]",
                   "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444) ~[?:?]",
                   "java.lang.Thread.run(Thread.java:1583) ~[?:?]"]:
            c(f"\tat {fr}", "frame")
        c(f"Caused by: javax.net.ssl.SSLHandshakeException: Received fatal alert: {alert}", "caused_by")
        for fr in ["sun.security.ssl.Alert.createSSLException(Alert.java:130) ~[?:?]", "sun.security.ssl.TransportContext.fatal(TransportContext.java:365) ~[?:?]",
                   "sun.security.ssl.SSLEngineImpl.readRecord(SSLEngineImpl.java:736) ~[?:?]"]:
            c(f"\tat {fr}", "frame")
        c(f"\t... {g.num(16, 20)} more", "more")

    def auth_fail():
        u = g.c(["kibana_system", "logstash_writer", "elastic", "alice", "beats_agent"])
        emit("INFO", "o.e.x.s.a.RealmsAuthenticator", f"Authentication of [{u}] was terminated by realm [{g.c(['reserved', 'native1', 'ldap1'])}] - failed to authenticate user [{u}]", "auth_terminated")

    def shard_fail():
        b = backing(); sh = g.num(0, 2)
        emit("WARN", "o.e.i.e.Engine", f"[{b}][{sh}] failed engine [lucene commit failed]", "engine_failed")
        emit("WARN", "o.e.i.c.IndicesClusterStateService", f"[{b}][{sh}] marking and sending shard failed due to [shard failure, reason [lucene commit failed]]", "shard_failed")
        c = lambda s, ev: L.emit(s, ev, "WARN", "o.e.i.c.IndicesClusterStateService")
        c("java.nio.file.FileSystemException: /var/lib/elasticsearch/indices/" + g.alnum(22, B62) + f"/{sh}/index/_" + g.alnum(3) + ".fdt: No space left on device", "exc")
        for fr in ["sun.nio.fs.UnixException.translateToIOException(UnixException.java:100) ~[?:?]",
                   "org.apache.lucene.store.FSDirectory$FSIndexOutput.<init>(FSDirectory.java:394) ~[lucene-core-9.9.2.jar:?]",
                   "org.elasticsearch.index.engine.InternalEngine.commitIndexWriter(InternalEngine.java:2789) ~[elasticsearch-8.12.0.jar:?]"]:
            c(f"\tat {fr}", "frame")

    def node_changed():
        n = g.c(["es-data-2", "es-data-3"]); ip = f"10.0.2.{12 if n == 'es-data-2' else 13}"
        term = g.num(5, 9); ver = g.num(1000, 90000)
        emit("INFO", "o.e.c.s.ClusterApplierService", f"{g.c(['added', 'removed'])} {{{{{n}}}{{{nodes[n]}}}{{{g.alnum(22, B62)}}}{{{n}}}{{{ip}}}{{{ip}:9300}}{{dh}}{{8.12.0}}{{7000099-8500008}}}}, "
             f"term: {term}, version: {ver}, reason: Publication{{term={term}, version={ver}}}", "node_changed")
    ev = [
        (20, gc), (10, mapping), (6, rollover), (8, health), (6, disk), (3, http_exc), (5, auth_fail), (0.8, shard_fail),
        (4, lambda: emit("INFO", "o.e.c.m.MetadataDeleteIndexService", f"[{backing()}/{g.alnum(22, B62 + '-_')}] deleting index", "deleting_index")),
        (3, lambda: emit("WARN", "o.e.t.ThreadPool", f"timer thread slept for [{g.num(5, 40)}.{g.num(0, 9)}s/{g.num(5000, 40000)}ms] on absolute clock which is above the warn threshold of [5000ms]", "timer_slept")),
        (2, node_changed),
    ]
    return L.run(ev, None)


# 6 ---------------------------------------------------------------- Apache Kafka 3.6 broker server.log (ZooKeeper mode, log4j "[%d] %p %m (%c)%n")
def log_kafka(seed):
    L = Log("kafka_server", seed, "full", True, True)
    g = L.g
    me = 1
    topics = {"orders": 12, "payments": 6, "clickstream": 24, "audit": 3, "__consumer_offsets": 50}
    groups = {"orders-consumer": [g.num(5, 40), 3], "fraud-detector": [g.num(5, 40), 2], "clickstream-etl": [g.num(5, 40), 6], "connect-s3-sink": [g.num(5, 40), 4]}
    members = {gr: [f"consumer-{gr}-{i + 1}-{g.uuid()}" for i in range(n[1] + 2)] for gr, n in groups.items()}
    offs = {}
    ddir = "/var/lib/kafka/data"

    def H(lv, msg, cls):
        t = L.t
        return f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)}] {lv} {msg} ({cls})"

    def emit(lv, msg, cls, ev):
        L.emit(H(lv, msg, cls), ev, lv, cls)

    def part(user=True):
        ts = [t for t in topics if t != "__consumer_offsets"] if user else list(topics)
        t = g.c(ts)
        return f"{t}-{g.num(0, topics[t] - 1)}"

    def roll():
        p = part(False)
        offs[p] = offs.get(p, g.num(10 ** 5, 10 ** 8)) + g.num(10 ** 4, 10 ** 6)
        emit("INFO", f"[LocalLog partition={p}, dir={ddir}] Rolled new log segment at offset {offs[p]} in {g.num(0, 12)} ms.", "kafka.log.LocalLog", "rolled_segment")
        emit("INFO", f"[ProducerStateManager partition={p}] Wrote producer snapshot at offset {offs[p]} with {g.num(0, 40)} producer ids in {g.num(0, 9)} ms.", "kafka.log.ProducerStateManager", "producer_snapshot")

    def retention():
        p = part()
        base = g.num(0, 10 ** 8); lm = int(L.t.timestamp() * 1000) - g.num(604800000, 700000000)
        seg = f"LogSegment(baseOffset={base}, size={g.num(10 ** 8, 1073741824)}, lastModifiedTime={lm}, largestRecordTimestamp=Some({lm - g.num(0, 9000)}))"
        emit("INFO", f"[UnifiedLog partition={p}, dir={ddir}] Deleting segment {seg} due to retention time 604800000ms breach based on the largest record timestamp in the segment", "kafka.log.UnifiedLog", "deleting_segment")
        emit("INFO", f"[UnifiedLog partition={p}, dir={ddir}] Incremented log start offset to {base + g.num(10 ** 5, 10 ** 7)} due to segment deletion", "kafka.log.UnifiedLog", "incremented_start")
        L.tick(60)
        emit("INFO", f"[LocalLog partition={p}, dir={ddir}] Deleting segment files {seg}", "kafka.log.LocalLog$", "deleting_files")
        emit("INFO", f"Deleted log {ddir}/{p}/{base:020d}.log.deleted.", "kafka.log.LogSegment", "deleted_log")
        emit("INFO", f"Deleted offset index {ddir}/{p}/{base:020d}.index.deleted.", "kafka.log.LogSegment", "deleted_index")
        emit("INFO", f"Deleted time index {ddir}/{p}/{base:020d}.timeindex.deleted.", "kafka.log.LogSegment", "deleted_timeindex")

    def rebalance():
        gr = g.c(list(groups))
        gen, n = groups[gr]
        co = f"__consumer_offsets-{g.num(0, 49)}"
        GC = "kafka.coordinator.group.GroupCoordinator"
        m = g.c(members[gr])
        why = g.c([f"Adding new member {m} with group instance id None; client reason: rebalance failed due to MemberIdRequiredException",
                   f"Removing member {m} on heartbeat expiration", f"Leader {m} re-joining group during Stable; client reason: triggered followup rebalance scheduled for 0"])
        if why.startswith("Removing"):
            emit("INFO", f"[GroupCoordinator {me}]: Member {m} in group {gr} has failed, removing it from the group", GC, "member_failed")
        emit("INFO", f"[GroupCoordinator {me}]: Preparing to rebalance group {gr} in state PreparingRebalance with old generation {gen} ({co}) (reason: {why})", GC, "preparing_rebalance")
        L.tick(3)
        groups[gr][0] += 1
        emit("INFO", f"[GroupCoordinator {me}]: Stabilized group {gr} generation {gen + 1} ({co}) with {n} members", GC, "stabilized")
        emit("INFO", f"[GroupCoordinator {me}]: Assignment received from leader {members[gr][0]} for group {gr} for generation {gen + 1}. The group has {n} members, 0 of which are static.", GC, "assignment_received")

    def fetch_err():
        leader = g.c([2, 3])
        pid = g.c([0, 1])
        FT = "kafka.server.ReplicaFetcherThread"
        sess = g.num(10 ** 8, 2 * 10 ** 9)
        emit("WARN", f"[ReplicaFetcher replicaId={me}, leaderId={leader}, fetcherId={pid}] Error in response for fetch request (type=FetchRequest, replicaId={me}, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={{{part()}=PartitionData(topicId={g.alnum(22, B62)}, fetchOffset={g.num(10 ** 5, 10 ** 8)}, logStartOffset={g.num(0, 10 ** 5)}, maxBytes=1048576, currentLeaderEpoch=Optional[{g.num(1, 40)}], lastFetchedEpoch=Optional[{g.num(1, 40)}])}}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId={sess}, epoch={g.num(1, 90000)}), rackId=)", FT, "fetch_error")
        c = lambda s, ev: L.emit(s, ev, "WARN", FT)
        c(f"java.io.IOException: Connection to {leader} was disconnected before the response was read", "exc")
        for fr in ["org.apache.kafka.clients.NetworkClientUtils.sendAndReceive(NetworkClientUtils.java:99)",
                   "kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:113)",
                   "kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)",
                   "kafka.server.AbstractFetcherThread.processFetchRequest(AbstractFetcherThread.scala:316)",
                   "kafka.server.AbstractFetcherThread.$anonfun$maybeFetch$3(AbstractFetcherThread.scala:130)",
                   "kafka.server.AbstractFetcherThread.maybeFetch(AbstractFetcherThread.scala:129)",
                   "kafka.server.AbstractFetcherThread.doWork(AbstractFetcherThread.scala:112)",
                   "org.apache.kafka.server.util.ShutdownableThread.run(ShutdownableThread.java:130)"]:
            c(f"\tat {fr}", "frame")
        emit("INFO", f"[ReplicaFetcher replicaId={me}, leaderId={leader}, fetcherId={pid}] Client requested connection close from node {leader}", "org.apache.kafka.clients.NetworkClient", "conn_close")

    def isr():
        p = part()
        hw = g.num(10 ** 5, 10 ** 8)
        PC = "kafka.cluster.Partition"
        if g.r.random() < 0.5:
            out = g.c([2, 3])
            emit("INFO", f"[Partition {p} broker={me}] Shrinking ISR from 1,2,3 to {','.join(str(x) for x in (1, 2, 3) if x != out)}. Leader: (highWatermark: {hw}, endOffset: {hw + g.num(1, 900)}). Out of sync replicas: (brokerId: {out}, endOffset: {hw - g.num(1, 9000)}, lastCaughtUpTimeMs: {int(L.t.timestamp() * 1000) - g.num(30000, 90000)}).", PC, "isr_shrink")
        else:
            emit("INFO", f"[Partition {p} broker={me}] Expanding ISR from {g.c(['1,2', '1,3'])} to 1,2,3", PC, "isr_expand")
        emit("INFO", f"[Partition {p} broker={me}] ISR updated to {g.c(['1,2', '1,3', '1,2,3'])} and version updated to {g.num(10, 900)}", PC, "isr_updated")

    def ssl_fail():
        ip = g.ip(); p = g.port()
        emit("INFO", f"[SocketServer listenerType=ZK_BROKER, nodeId={me}] Failed authentication with /{ip} (channelId=10.0.5.11:9093-{ip}:{p}-{g.num(0, 90)}) (SSL handshake failed)", "org.apache.kafka.common.network.Selector", "failed_auth")
    def topic_exists():
        t = g.c(["orders-dlq", "tmp-test", "payments.v2"])
        emit("INFO", f"[Admin Manager on Broker {me}]: Error processing create topic request CreatableTopic(name='{t}', numPartitions={g.c([1, 3, 6])}, replicationFactor=3, assignments=[], configs=[])", "kafka.server.ZkAdminManager", "create_topic_error")
        L.emit(f"org.apache.kafka.common.errors.TopicExistsException: Topic '{t}' already exists.", "exc_topic_exists", "INFO", "kafka.server.ZkAdminManager")
    ev = [
        (22, roll), (6, retention), (5, rebalance), (2.5, fetch_err), (4, isr), (5, ssl_fail),
        (8, lambda: emit("INFO", f"[GroupMetadataManager brokerId={me}] Removed {g.c([0, 0, 0, g.num(1, 900)])} expired offsets in {g.num(0, 12)} milliseconds.", "kafka.coordinator.group.GroupMetadataManager", "expired_offsets")),
        (4, lambda: emit("INFO", f"[ReplicaFetcher replicaId={me}, leaderId={g.c([2, 3])}, fetcherId={g.c([0, 1])}] Truncating partition {(p := part())} with TruncationState(offset={(o := g.num(10 ** 5, 10 ** 8))}, completed=true) due to leader epoch and offset EpochEndOffset(errorCode=0, partition={p.rsplit('-', 1)[1]}, leaderEpoch={g.num(1, 40)}, endOffset={o})", "kafka.server.ReplicaFetcherThread", "truncating")),
        (2, lambda: emit("INFO", f"[Controller id={me}] Processing automatic preferred replica leader election", "kafka.controller.KafkaController", "preferred_election")),
        (1.5, lambda: emit("WARN", f"[Controller id={me}, targetBrokerId={g.c([2, 3])}] Connection to node {g.c([2, 3])} ({g.c(['kafka-2', 'kafka-3'])}.kafka.internal/10.0.5.{g.num(12, 13)}:9091) could not be established. Broker may not be available.", "org.apache.kafka.clients.NetworkClient", "conn_not_established")),
        (1, lambda: emit("ERROR", f"[KafkaApi-{me}] Number of alive brokers '{g.c([1, 2])}' does not meet the required replication factor '3' for the offsets topic (configured via 'offsets.topic.replication.factor'). This error can be ignored if the cluster is starting up and not all brokers are up yet.", "kafka.server.KafkaApis", "alive_brokers")),
        (0.6, topic_exists),
    ]
    return L.run(ev, None)


# 7 ---------------------------------------------------------------- nginx 1.24 error.log (error_log ... notice)
def log_nginx_error(seed):
    L = Log("nginx_error", seed, "full", True, False)
    g = L.g
    st = {"master": 1187, "workers": [1190, 1191, 1192, 1193], "conn": 10000}
    servers = ["www.example.com", "api.example.com", "shop.example.com"]
    ups = {"api.example.com": "http://127.0.0.1:8080", "shop.example.com": "http://10.0.3.21:3000", "www.example.com": "unix:/run/php/php8.2-fpm.sock"}
    clients = [g.ip("pub") for _ in range(30)]

    def H(lv, pid, msg, conn=True):
        t = L.t
        c = ""
        if conn:
            st["conn"] += g.num(1, 60)
            c = f"*{st['conn']} "
        return f"{t:%Y/%m/%d %H:%M:%S} [{lv}] {pid}#{pid}: {c}{msg}"

    def emit(lv, msg, ev, conn=True, pid=None):
        L.emit(H(lv, pid or g.c(st["workers"]), msg, conn), ev, lv)

    def ctx(srv=None, uri=None, method=None, up=False):
        srv = srv or g.c(servers)
        uri = uri or g.c(["/", "/api/v1/orders", f"/api/v1/orders/{g.num(1000, 99999)}", "/api/v1/cart", "/checkout", f"/product/{g.num(1, 900)}", "/search?q=" + g.c(["shoes", "usb+c", "lamp"])])
        m = method or g.c(["GET", "GET", "GET", "POST"])
        s = f", client: {g.c(clients)}, server: {srv}, request: \"{m} {uri} HTTP/1.1\""
        if up:
            base = ups[srv]
            s += f", upstream: \"fastcgi://{base}:\"" if base.startswith("unix") else f", upstream: \"{base}{uri}\""
        return s + f", host: \"{srv}\""

    def notfound():
        p = g.c(["/wp-login.php", "/.env", "/xmlrpc.php", "/favicon.ico", "/apple-touch-icon.png", "/robots.txt", "/.git/config", "/phpmyadmin/index.php", "/static/js/app.3f9c1e.js.map"])
        emit("error", f"open() \"/var/www/html{p}\" failed (2: No such file or directory)" + ctx("www.example.com", p, "GET"), "open_failed")

    def upstream(kind):
        srv = g.c(["api.example.com", "shop.example.com"])
        if kind == "timeout":
            emit("error", "upstream timed out (110: Connection timed out) while reading response header from upstream" + ctx(srv, up=True), "upstream_timeout")
        elif kind == "refused":
            emit("error", "connect() failed (111: Connection refused) while connecting to upstream" + ctx(srv, up=True), "connect_refused")
        else:
            emit("error", "upstream prematurely closed connection while reading response header from upstream" + ctx(srv, up=True), "upstream_closed")

    def reload():
        m = st["master"]
        emit("notice", f"signal 1 (SIGHUP) received from {g.num(20000, 90000)}, reconfiguring", "sighup", False, m)
        emit("notice", "reconfiguring", "reconfiguring", False, m)
        emit("notice", "using the \"epoll\" event method", "epoll", False, m)
        emit("notice", "start worker processes", "start_workers", False, m)
        old = st["workers"]
        new = [max(old) + 10 + i for i in range(4)]
        for p in new:
            emit("notice", f"start worker process {p}", "start_worker", False, m)
        for p in old:
            L.tick(0.2)
            emit("notice", "gracefully shutting down", "graceful", False, p)
            emit("notice", "exiting", "exiting", False, p)
            emit("notice", "exit", "exit", False, p)
            emit("notice", f"signal 17 (SIGCHLD) received from {p}", "sigchld", False, m)
            emit("notice", f"worker process {p} exited with code 0", "worker_exited", False, m)
            emit("notice", "signal 29 (SIGIO) received", "sigio", False, m)
        st["workers"] = new

    def fastcgi():
        msg = g.c([f"PHP message: PHP Warning:  Undefined array key \"{g.c(['id', 'page', 'lang'])}\" in /var/www/html/{g.c(['index.php', 'wp-content/themes/shop/functions.php'])} on line {g.num(10, 900)}",
                   f"PHP message: PHP Deprecated:  Creation of dynamic property WC_Product::${g.c(['meta', 'tags'])} is deprecated in /var/www/html/wp-content/plugins/woocommerce/includes/abstracts/abstract-wc-data.php on line {g.num(10, 900)}",
                   f"PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {g.num(4096, 9000000)} bytes) in /var/www/html/wp-includes/class-wpdb.php on line {g.num(10, 3000)}"])
        emit("error", f"FastCGI sent in stderr: \"{msg}\" while reading response header from upstream" + ctx("www.example.com", up=True), "fastcgi_stderr")
    ev = [
        (25, notfound), (7, lambda: upstream("timeout")), (4, lambda: upstream("refused")), (3, lambda: upstream("closed")), (5, fastcgi),
        (8, lambda: emit("error", f"limiting requests, excess: {g.num(1, 40)}.{g.num(0, 999):03d} by zone \"{g.c(['api', 'login'])}\"" + ctx("api.example.com"), "limiting")),
        (5, lambda: emit("warn", f"an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{g.num(0, 9)}/{g.num(10, 99)}/{g.num(1, 999999):010d} while reading upstream" + ctx(g.c(["api.example.com", "shop.example.com"]), up=True), "buffered_upstream")),
        (4, lambda: emit("warn", f"a client request body is buffered to a temporary file /var/cache/nginx/client_temp/{g.num(1, 999999):010d}" + ctx("api.example.com", "/api/v1/uploads", "POST"), "buffered_body")),
        (3, lambda: emit("error", "access forbidden by rule" + ctx("www.example.com", g.c(["/.htaccess", "/admin/", "/server-status"]), "GET"), "forbidden_rule")),
        (2, lambda: (lambda d: emit("error", f"directory index of \"/var/www/html/{d}/\" is forbidden" + ctx("www.example.com", f"/{d}/", "GET"), "dir_index_forbidden"))(g.c(["static", "uploads/2026", "assets"]))),
        (2, lambda: emit("error", f"client intended to send too large body: {g.num(10 ** 7, 10 ** 9)} bytes" + ctx("api.example.com", "/api/v1/uploads", "POST"), "too_large")),
        (2.5, lambda: emit("crit", f"SSL_do_handshake() failed (SSL: error:{g.c(['0A00006C:SSL routines::bad key share', '0A000102:SSL routines::unsupported protocol', '0A0000C1:SSL routines::no shared cipher'])}) while SSL handshaking, client: {g.ip('pub')}, server: 0.0.0.0:443", "ssl_handshake")),
        (1.5, lambda: emit("error", "recv() failed (104: Connection reset by peer) while reading response header from upstream" + ctx(g.c(["api.example.com", "shop.example.com"]), up=True), "recv_reset")),
        (0.3, lambda: emit("alert", f"{g.c([1024, 4096])} worker_connections are not enough", "worker_connections")),
        (0.25, reload),
    ]
    return L.run(ev, None)


# 8 ---------------------------------------------------------------- Apache Tomcat 10.1 catalina.out (JULI OneLineFormatter + the webapp's stdout)
def log_tomcat(seed):
    L = Log("tomcat_catalina", seed, "full", True, True)
    g = L.g
    last = {"t": None, "lv": None, "src": None}
    exec_t = lambda: f"http-nio-8080-exec-{g.num(1, 40)}"

    def j(lv, thread, src, msg, ev):
        t = L.t
        last.update(t=t, lv=lv, src=src)
        L.emit(f"{t:%d-%b-%Y %H:%M:%S}.{ms3(t)} {lv} [{thread}] {src} {msg}", ev, lv, src)

    def cont(text, ev):
        L.emit(text, ev, last["lv"], last["src"], t=last["t"] or "now")

    def stdout(text, ev):
        # the webapp's System.out: no header, counted with the record before it for time
        L.emit(text, ev, None, None, t=last["t"] or "now")

    def startup(first):
        V = "org.apache.catalina.startup.VersionLoggerListener.log"
        if first:
            for k, v, ev in [("Server version name:   ", "Apache Tomcat/10.1.18", "v_name"), ("Server built:          ", "Jan 5 2024 13:41:11 UTC", "v_built"),
                             ("Server version number: ", "10.1.18.0", "v_number"), ("OS Name:               ", "Linux", "v_os"), ("OS Version:            ", "6.1.0-17-amd64", "v_osver"),
                             ("Architecture:          ", "amd64", "v_arch"), ("Java Home:             ", "/usr/lib/jvm/java-17-openjdk-amd64", "v_javahome"),
                             ("JVM Version:           ", "17.0.9+9-Debian-1deb12u1", "v_jvm"), ("JVM Vendor:            ", "Debian", "v_vendor"),
                             ("CATALINA_BASE:         ", "/var/lib/tomcat10", "v_base"), ("CATALINA_HOME:         ", "/usr/share/tomcat10", "v_home")]:
                j("INFO", "main", V, k + v, ev)
            for a in ["--add-opens=java.base/java.lang=ALL-UNNAMED", "-Djava.util.logging.config.file=/var/lib/tomcat10/conf/logging.properties",
                      "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager", "-Xms512m", "-Xmx2g", "-Djdk.tls.ephemeralDHKeySize=2048",
                      "-Dcatalina.base=/var/lib/tomcat10", "-Dcatalina.home=/usr/share/tomcat10", "-Djava.io.tmpdir=/tmp"]:
                j("INFO", "main", V, f"Command line argument: {a}", "v_arg")
            j("INFO", "main", "org.apache.catalina.core.AprLifecycleListener.lifecycleEvent", "The Apache Tomcat Native library which allows using OpenSSL was not found on the java.library.path: [/usr/java/packages/lib:/usr/lib/x86_64-linux-gnu/jni:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/usr/lib/jni:/lib:/usr/lib]", "apr_not_found")
            j("INFO", "main", "org.apache.coyote.AbstractProtocol.init", "Initializing ProtocolHandler [\"http-nio-8080\"]", "init_handler")
            j("INFO", "main", "org.apache.catalina.startup.Catalina.load", f"Server initialization in [{g.num(300, 900):,}] milliseconds", "server_init")
            j("INFO", "main", "org.apache.catalina.core.StandardService.startInternal", "Starting service [Catalina]", "starting_service")
            j("INFO", "main", "org.apache.catalina.core.StandardEngine.startInternal", "Starting Servlet engine: [Apache Tomcat/10.1.18]", "starting_engine")
        for app in ["shop", "ROOT", "manager"] if first else ["shop"]:
            war = app != "manager"
            th = "main" if first else "Catalina-utility-1"
            if war:
                j("INFO", th, "org.apache.catalina.startup.HostConfig.deployWAR", f"Deploying web application archive [/var/lib/tomcat10/webapps/{app}.war]", "deploying_war")
            else:
                j("INFO", th, "org.apache.catalina.startup.HostConfig.deployDirectory", f"Deploying web application directory [/var/lib/tomcat10/webapps/{app}]", "deploying_dir")
            L.tick(2)
            if app == "shop":
                j("INFO", th, "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.", "tld_scan")
                L.tick(3)
            if war:
                j("INFO", th, "org.apache.catalina.startup.HostConfig.deployWAR", f"Deployment of web application archive [/var/lib/tomcat10/webapps/{app}.war] has finished in [{g.num(200, 20000):,}] ms", "deployed_war")
            else:
                j("INFO", th, "org.apache.catalina.startup.HostConfig.deployDirectory", f"Deployment of web application directory [/var/lib/tomcat10/webapps/{app}] has finished in [{g.num(20, 900):,}] ms", "deployed_dir")
        if first:
            j("INFO", "main", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]", "start_handler")
            j("INFO", "main", "org.apache.catalina.startup.Catalina.start", f"Server startup in [{g.num(3000, 30000):,}] milliseconds", "server_startup")

    sqls = [lambda: "select o1_0.id,o1_0.created_at,o1_0.customer_id,o1_0.status,o1_0.total from orders o1_0 where o1_0.customer_id=? order by o1_0.created_at desc",
            lambda: "select p1_0.id,p1_0.name,p1_0.price,p1_0.sku,p1_0.stock from products p1_0 where p1_0.id=?",
            lambda: "insert into orders (created_at,customer_id,status,total,id) values (?,?,?,?,?)",
            lambda: "update products set name=?,price=?,sku=?,stock=? where id=?",
            lambda: "select c1_0.id,c1_0.email,c1_0.name from customers c1_0 where c1_0.email=?",
            lambda: "select next value for orders_seq"]

    def request():
        for _ in range(g.num(1, 4)):
            stdout("Hibernate: " + g.c(sqls)(), "hibernate_sql")

    def order():
        th = exec_t()
        n = g.num(10000, 99999)
        stdout("Hibernate: select next value for orders_seq", "hibernate_sql")
        stdout("Hibernate: insert into orders (created_at,customer_id,status,total,id) values (?,?,?,?,?)", "hibernate_sql")
        j("INFO", th, "com.acme.shop.service.OrderService.placeOrder", f"Order {n} placed by {g.user()} ({g.num(1, 9)} items, total {g.f(5, 900, 2)} EUR)", "order_placed")

    def npe():
        th = exec_t()
        src = "org.apache.catalina.core.StandardWrapperValve.invoke"
        var = g.c(["cart", "customer", "session"])
        m = g.c(["getItems", "getEmail", "getAttribute"])
        msg = f"java.lang.NullPointerException: Cannot invoke \"com.acme.shop.model.{var.capitalize()}.{m}()\" because \"{var}\" is null"
        j("SEVERE", th, src, f"Servlet.service() for servlet [dispatcher] in context with path [/shop] threw exception [Request processing failed: {msg}] with root cause", "servlet_exception")
        cont("\t" + msg, "exc")
        ctl = g.c(["CartController", "CheckoutController", "AccountController"])
        for fr in [f"com.acme.shop.web.{ctl}.{g.c(['view', 'submit', 'update'])}({ctl}.java:{g.num(30, 300)})",
                   "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                   "java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                   "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
                   "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
                   "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)",
                   "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
                   "java.base/java.lang.Thread.run(Thread.java:840)"][: g.num(4, 8)]:
            cont(f"\t\tat {fr}", "frame")

    def bad_request():
        th = exec_t()
        j("INFO", th, "org.apache.coyote.http11.Http11Processor.service", "Error parsing HTTP request header", "parse_error")
        cont(" Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.", "parse_note")
        bad = g.c(["0x160x030x010x020x000x010x000x01fc0x030x03", "0x160x030x010x000xf70x010x000x000xf30x030x03", "0x030x000x00/*0xe00x000x000x000x00Cookie:"])
        cont(f"\tjava.lang.IllegalArgumentException: Invalid character found in method name [{bad}...]. HTTP method names must be tokens", "exc_invalid_method")
        for fr in ["org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:406)",
                   "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:264)",
                   "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)",
                   "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1740)",
                   "java.base/java.lang.Thread.run(Thread.java:840)"]:
            cont(f"\t\tat {fr}", "frame")

    def stuck():
        th = exec_t()
        ms = g.num(60000, 400000)
        j("WARNING", f"Catalina-utility-{g.num(1, 2)}", "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected",
          f"Thread [{th}] (id=[{g.num(30, 90)}]) has been active for [{ms:,}] milliseconds (since [{(L.t - dt.timedelta(milliseconds=ms)):%m/%d/%y, %I:%M %p}]) to serve the same request for "
          f"[http://shop.example.com/shop/api/reports/export?month={g.num(1, 12)}] and may be stuck (configured threshold for this StuckThreadDetectionValve is [60] seconds). There is/are [{g.num(1, 3)}] thread(s) in total that are monitored by this Valve and may be stuck.", "stuck_thread")
        cont("\tjava.lang.Throwable", "stuck_throwable")
        for fr in ["java.base/java.net.SocketInputStream.socketRead0(Native Method)", "org.postgresql.core.VisibleBufferedInputStream.read(VisibleBufferedInputStream.java:161)",
                   "com.acme.shop.report.ReportService.export(ReportService.java:118)"]:
            cont(f"\t\tat {fr}", "frame")

    def reload():
        th = "Catalina-utility-1"
        j("INFO", th, "org.apache.catalina.startup.HostConfig.reload", "Reloading context [/shop]", "reloading")
        j("INFO", th, "org.apache.catalina.core.StandardContext.reload", "Reloading Context with name [/shop] has started", "reload_started")
        for tn in g.r.sample(["pool-2-thread-1", "HikariPool-1 housekeeper", "Abandoned connection cleanup thread"], g.num(1, 2)):
            j("WARNING", th, "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads", f"The web application [shop] appears to have started a thread named [{tn}] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:", "thread_leak")
            for fr in ["java.base/jdk.internal.misc.Unsafe.park(Native Method)", "java.base/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:252)",
                       "java.base/java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(ScheduledThreadPoolExecutor.java:1182)",
                       "java.base/java.lang.Thread.run(Thread.java:840)"]:
                cont(f" {fr}", "leak_frame")
        j("INFO", th, "org.apache.catalina.core.StandardContext.reload", "Reloading Context with name [/shop] is completed", "reload_done")

    startup(True)
    ev = [
        (14, request), (9, order), (2.5, npe), (2, bad_request), (1, stuck), (0.3, reload),
        (6, lambda: j("WARNING", exec_t(), "com.acme.shop.service.PaymentClient.charge", f"Payment gateway answered HTTP {g.c([502, 503, 504])} for order {g.num(10000, 99999)}, retry {g.num(1, 3)} of 3", "payment_retry")),
        (4, lambda: j("INFO", exec_t(), "com.acme.shop.security.LoginListener.onApplicationEvent", f"User {g.user()} logged in from {g.ip()}", "login")),
        (1.5, lambda: j("WARNING", exec_t(), "com.acme.shop.security.LoginListener.onApplicationEvent", f"Failed login for {g.c(['admin', 'root', g.user()])} from {g.ip('pub')}: Bad credentials", "login_failed")),
        (0.5, lambda: j("WARNING", "Catalina-utility-2", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", f"Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{g.num(100, 900)}] milliseconds.", "secure_random")),
    ]
    return L.run(ev, None)


# 9 ---------------------------------------------------------------- journalctl -o short-iso on a Debian 12 build server
def log_journal(seed):
    L = Log("journal_short_iso", seed, "full", False, True)
    g = L.g
    host = "build-07"
    users = {"alice": 1001, "bob": 1002, "jenkins": 110, "deploy": 1005}
    sess = {"n": g.num(300, 900), "open": []}
    pids = {"systemd-logind": 612, "systemd-resolved": 540, "dbus-daemon": 598, "systemd-networkd": 512, "snapd": 901, "containerd": 844, "systemd-timesyncd": 530}

    def emit(proc, msg, ev, pid="fixed"):
        t = L.t
        if proc == "kernel":
            tag = "kernel"
        else:
            p = pids.get(proc, 1) if pid == "fixed" else pid
            tag = f"{proc}[{p}]"
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}+0000 {host} {tag}: {msg}", ev, None, proc)

    def login():
        sess["n"] += 1
        n = sess["n"]; u = g.c(list(users))
        emit("systemd-logind", f"New session {n} of user {u}.", "new_session")
        emit("systemd", f"Started session-{n}.scope - Session {n} of User {u}.", "started_session")
        sess["open"].append((n, u))

    def logout():
        if len(sess["open"]) < 3:
            return login()
        n, u = sess["open"].pop(0)
        emit("systemd-logind", f"Session {n} logged out. Waiting for processes to exit.", "logged_out")
        emit("systemd", f"session-{n}.scope: Deactivated successfully.", "deactivated")
        if g.r.random() < 0.7:
            emit("systemd", f"session-{n}.scope: Consumed {g.f(0.01, 900, 3)}s CPU time.", "consumed_cpu")
        emit("systemd-logind", f"Removed session {n}.", "removed_session")

    def timer_job():
        unit, desc = g.c([("apt-daily.service", "Daily apt download activities"), ("apt-daily-upgrade.service", "Daily apt upgrade and clean activities"),
                          ("man-db.service", "Daily man-db regeneration"), ("logrotate.service", "Rotate log files"), ("systemd-tmpfiles-clean.service", "Cleanup of Temporary Directories"),
                          ("fstrim.service", "Discard unused blocks on filesystems from /etc/fstab"), ("e2scrub_all.service", "Online ext4 Metadata Check for All Filesystems"),
                          ("phpsessionclean.service", "Clean php session files"), ("docker-prune.service", "Prune unused Docker data")])
        emit("systemd", f"Starting {unit} - {desc}...", "starting")
        L.tick(3)
        emit("systemd", f"{unit}: Deactivated successfully.", "deactivated")
        emit("systemd", f"Finished {unit} - {desc}.", "finished")
        if g.r.random() < 0.4:
            emit("systemd", f"{unit}: Consumed {g.f(0.01, 90, 3)}s CPU time.", "consumed_cpu")

    def failing():
        unit = g.c(["nightly-backup.service", "certbot-renew.service"])
        desc = {"nightly-backup.service": "Nightly restic backup", "certbot-renew.service": "Certbot renewal"}[unit]
        emit("systemd", f"Starting {unit} - {desc}...", "starting")
        L.tick(5)
        emit("systemd", f"{unit}: Main process exited, code=exited, status={g.c([1, 2, 255])}/{g.c(['FAILURE', 'INVALIDARGUMENT'])}", "main_exited")
        emit("systemd", f"{unit}: Failed with result 'exit-code'.", "failed_result")
        emit("systemd", f"Failed to start {unit} - {desc}.", "failed_start")
        if g.r.random() < 0.5:
            emit("systemd", f"{unit}: Scheduled restart job, restart counter is at {g.num(1, 5)}.", "restart_job")

    def resolved():
        dns = g.c(["10.0.0.53", "10.0.0.54"])
        if g.r.random() < 0.6:
            emit("systemd-resolved", f"Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {dns}.", "degraded")
        else:
            emit("systemd-resolved", f"Grace period over, resuming full feature set (UDP+EDNS0) for DNS server {dns}.", "grace_over")

    def containerd():
        cid = g.hx(64)
        ts = f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond * 1000 + g.num(0, 999):09d}Z"
        x = g.r.random()
        if x < 0.1:
            emit("containerd", f"time=\"{ts}\" level=info msg=\"loading plugin \\\"io.containerd.event.v1.publisher\\\"...\" runtime=io.containerd.runc.v2 type=io.containerd.event.v1", "ctd_loading_plugin")
        elif x < 0.8:
            emit("containerd", f"time=\"{ts}\" level=info msg=\"shim disconnected\" id={cid} namespace=moby", "ctd_shim_disconnected")
        else:
            emit("containerd", f"time=\"{ts}\" level=warning msg=\"cleaning up after shim disconnected\" id={cid} namespace=moby", "ctd_cleaning_up")

    def docker_scope():
        h = g.hx(64)
        emit("systemd", f"Started docker-{h}.scope - libcontainer container {h}.", "started_container_scope")
        L.tick(30)
        emit("systemd", f"docker-{h}.scope: Deactivated successfully.", "deactivated")
        emit("systemd", f"docker-{h}.scope: Consumed {g.f(0.1, 900, 3)}s CPU time.", "consumed_cpu")

    def oom():
        p = g.num(10000, 99999); comm = g.c(["java", "node", "cc1plus", "gradle"])
        emit("kernel", f"{comm} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0", "oom_invoked")
        emit("kernel", f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/system.slice/docker-{g.hx(64)}.scope,task_memcg=/system.slice/docker-{g.hx(64)}.scope,task={comm},pid={p},uid=1000", "oom_kill_line")
        emit("kernel", f"Memory cgroup out of memory: Killed process {p} ({comm}) total-vm:{g.num(10 ** 6, 10 ** 7)}kB, anon-rss:{g.num(10 ** 6, 4 * 10 ** 6)}kB, file-rss:{g.num(0, 90000)}kB, shmem-rss:0kB, UID:1000 pgtables:{g.num(1000, 9000)}kB oom_score_adj:0", "oom_killed")

    def dbus():
        svc, unit, comm = g.c([("org.freedesktop.hostname1", "dbus-org.freedesktop.hostname1.service", "hostnamectl"), ("org.freedesktop.timedate1", "dbus-org.freedesktop.timedate1.service", "timedatectl"),
                               ("org.freedesktop.PackageKit", "packagekit.service", "apt-get")])
        emit("dbus-daemon", f"[system] Activating via systemd: service name='{svc}' unit='{unit}' requested by ':1.{g.num(10, 900)}' (uid=0 pid={g.num(1000, 99999)} comm=\"{comm}\" label=\"unconfined\")", "dbus_activating")
        L.tick(0.3)
        emit("dbus-daemon", f"[system] Successfully activated service '{svc}'", "dbus_activated")
    ev = [
        (12, login), (11, logout), (10, timer_job), (2, failing), (4, resolved), (9, containerd), (6, docker_scope), (0.3, oom), (2, dbus),
        (1, lambda: emit("systemd-networkd", f"{g.c(['eth0', 'ens18'])}: DHCPv4 address 10.0.7.{g.num(20, 40)}/24, gateway 10.0.7.1 acquired from 10.0.7.1", "dhcp_acquired")),
        (1.5, lambda: emit("snapd", f"storehelpers.go:{g.c([773, 916])}: cannot refresh: snap has no updates available: " + ", ".join(g.r.sample(['"core22"', '"lxd"', '"snapd"', '"core20"'], g.num(1, 3))), "snap_no_updates")),
        (1, lambda: emit("kernel", f"docker0: port {g.num(1, 9)}(veth{g.hx(7)}) entered {g.c(['blocking', 'disabled', 'forwarding'])} state", "bridge_port_state")),
        (0.8, lambda: emit("kernel", f"veth{g.hx(7)}: renamed from eth0", "veth_renamed")),
        (0.4, lambda: emit("systemd-timesyncd", f"Contacted time server {g.c(['162.159.200.1', '185.125.190.57'])}:123 ({g.c(['0.debian.pool.ntp.org', '1.debian.pool.ntp.org'])}).", "timesync_contacted")),
    ]
    return L.run(ev, None)


# 10 --------------------------------------------------------------- `docker compose up` output (Compose v2, --no-color): nginx, FastAPI/uvicorn, RQ worker, postgres, redis
def log_compose(seed):
    L = Log("docker_compose_up", seed, None, True, True)
    g = L.g
    names = ["proxy-1", "api-1", "worker-1", "db-1", "redis-1"]
    w = max(len(n) for n in names)
    api_ip = "172.18.0.5"
    browsers = [g.ip("pub") for _ in range(12)] + ["172.18.0.1"] * 4
    uas = ["Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
           "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"]
    PHR = {200: "OK", 201: "Created", 204: "No Content", 404: "Not Found", 422: "Unprocessable Entity", 401: "Unauthorized", 500: "Internal Server Error"}
    st = {"api_up": True, "pg": 60, "down": 0}

    def out(svc, text, ev, lv=None):
        L.emit(f"{svc:<{w}} | {text}", ev, lv, svc)

    def clf(t):
        return f"{t:%d/%b/%Y:%H:%M:%S} +0000"

    def path():
        return g.c(["/api/orders", f"/api/orders/{g.num(1000, 99999)}", "/api/products?page=" + str(g.num(1, 30)), f"/api/products/{g.num(1, 900)}", "/api/cart", "/api/health", "/api/auth/token"])

    def request():
        if not st["api_up"]:
            st["down"] -= 1
            if st["down"] <= 0:
                st["api_up"] = True
                api_start()
        p = path(); m = "POST" if p in ("/api/cart", "/api/auth/token") or (p == "/api/orders" and g.r.random() < 0.5) else "GET"
        code = g.c([200, 200, 200, 200, 200, 201, 404, 422, 401]) if st["api_up"] else 502
        b = g.c(browsers)
        if st["api_up"]:
            if p.startswith("/api/orders") and m == "POST" and code in (200, 201):
                out("api-1", f"INFO:app.orders:Order {g.num(10000, 99999)} created for customer {g.num(1, 9999)} ({g.num(1, 9)} items)", "app_order_created", "INFO")
            out("api-1", f"INFO:     172.18.0.2:{g.port()} - \"{m} {p} HTTP/1.0\" {code} {PHR[code]}", "uvicorn_access", "INFO")
        else:
            out("proxy-1", f"{L.t:%Y/%m/%d %H:%M:%S} [error] {g.num(29, 32)}#{g.num(29, 32)}: *{g.num(1, 9999)} connect() failed (111: Connection refused) while connecting to upstream, client: {b}, server: localhost, request: \"{m} {p} HTTP/1.1\", upstream: \"http://{api_ip}:8000{p}\", host: \"shop.example.com\"", "nginx_connect_refused", "error")
        out("proxy-1", f"{b} - - [{clf(L.t)}] \"{m} {p} HTTP/1.1\" {code} {g.num(0, 90000)} \"{g.c(['-', 'https://shop.example.com/', 'https://shop.example.com/cart'])}\" \"{g.c(uas)}\" \"-\"", "nginx_access")

    def static():
        f = g.c(["/", "/index.html", "/assets/index-" + g.hx(8) + ".js", "/assets/index-" + g.hx(8) + ".css", "/favicon.ico", "/img/logo.svg"])
        out("proxy-1", f"{g.c(browsers)} - - [{clf(L.t)}] \"GET {f} HTTP/1.1\" {g.c([200, 200, 304, 304, 404])} {g.num(0, 900000)} \"{g.c(['-', 'https://shop.example.com/'])}\" \"{g.c(uas)}\" \"-\"", "nginx_access")

    def job():
        jid = g.uuid()
        fn = g.c([f"app.tasks.send_receipt(order_id={g.num(10000, 99999)})", f"app.tasks.resize_image('uploads/{g.hx(12)}.jpg', sizes=[256, 1024])",
                  f"app.tasks.sync_inventory(warehouse='{g.c(['ber1', 'ams2', 'waw1'])}')", f"app.tasks.send_email('{g.email()}', template='{g.c(['welcome', 'reset_password', 'order_shipped'])}')"])
        q = "emails" if "send_" in fn else "default"
        tod = lambda: f"{L.t:%H:%M:%S}"
        out("worker-1", f"{tod()} {q}: {fn} ({jid})", "rq_job_start")
        L.tick(0.8)
        if "sync_inventory" in fn and g.r.random() < 0.3:
            out("worker-1", f"{tod()} [Job {jid}]: exception raised while executing ({fn.split('(')[0]})", "rq_job_exception")
            tb = ["Traceback (most recent call last):",
                  "  File \"/usr/local/lib/python3.12/site-packages/rq/worker.py\", line 1428, in perform_job",
                  "    rv = job.perform()",
                  "  File \"/app/app/tasks.py\", line 88, in sync_inventory",
                  "    resp.raise_for_status()",
                  f"requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://erp.example.com/api/stock?warehouse={g.c(['ber1', 'ams2', 'waw1'])}"]
            evs = ["py_tb_head", "py_tb_file", "py_tb_code", "py_tb_file", "py_tb_code", "py_tb_exc"]
            for text, ev in zip(tb, evs):
                out("worker-1", text, ev)
            out("worker-1", "", "blank")
            return
        out("worker-1", f"{tod()} {q}: Job OK ({jid})", "rq_job_ok")
        out("worker-1", f"{tod()} Result is kept for 500 seconds", "rq_result_kept")

    def db():
        x = g.r.random()
        pt = lambda: f"{L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)} UTC"
        if x < 0.5:
            out("db-1", f"{pt()} [{st['pg']}] LOG:  checkpoint starting: time", "pg_ckpt_start", "LOG")
            L.tick(20)
            b = g.num(3, 900)
            out("db-1", f"{pt()} [{st['pg']}] LOG:  checkpoint complete: wrote {b} buffers ({b / 16384 * 100:.1f}%); 0 WAL file(s) added, 0 removed, {g.num(0, 2)} recycled; write={g.f(0.1, 30, 3)} s, sync={g.f(0, 0.1, 3)} s, total={g.f(0.1, 30, 3)} s; sync files={g.num(2, 90)}, longest={g.f(0, 0.05, 3)} s, average={g.f(0, 0.01, 3)} s; distance={g.num(10, 9000)} kB, estimate={g.num(10, 9000)} kB; lsn=0/{g.HX(8)}, redo lsn=0/{g.HX(8)}", "pg_ckpt_complete", "LOG")
        else:
            p = g.num(100, 999); oid = g.num(10000, 99999)
            out("db-1", f"{pt()} [{p}] ERROR:  duplicate key value violates unique constraint \"orders_pkey\"", "pg_dup_key", "ERROR")
            out("db-1", f"{pt()} [{p}] DETAIL:  Key (id)=({oid}) already exists.", "pg_detail_key", "DETAIL")
            out("db-1", f"{pt()} [{p}] STATEMENT:  INSERT INTO orders (id, customer_id, total) VALUES ($1::INTEGER, $2::INTEGER, $3::NUMERIC(10, 2))", "pg_statement", "STATEMENT")

    def redis():
        rt = lambda: f"{L.t:%d %b %Y %H:%M:%S}.{ms3(L.t)}"
        c = g.num(20, 999)
        out("redis-1", f"1:M {rt()} * {g.c([100, 10000])} changes in {g.c([300, 60])} seconds. Saving...", "redis_changes", "*|notice")
        out("redis-1", f"1:M {rt()} * Background saving started by pid {c}", "redis_bg_started", "*|notice")
        L.tick(0.3)
        out("redis-1", f"{c}:C {rt()} * DB saved on disk", "redis_saved", "*|notice")
        cur = g.num(0, 4)
        out("redis-1", f"{c}:C {rt()} * Fork CoW for RDB: current {cur} MB, peak {cur + g.num(0, 2)} MB, average {max(0, cur - 1)} MB", "redis_cow", "*|notice")
        out("redis-1", f"1:M {rt()} * Background saving terminated with success", "redis_bg_ok", "*|notice")

    def app_warn():
        if not st["api_up"]:
            return request()
        x = g.r.random()
        if x < 0.6:
            out("api-1", f"WARNING:app.payments:Payment provider slow: {g.f(1.5, 9, 2)}s for order {g.num(10000, 99999)}", "app_payment_slow", "WARNING")
        elif x < 0.85:
            out("api-1", f"ERROR:app.payments:Payment declined for order {g.num(10000, 99999)}: {g.c(['insufficient_funds', 'card_declined', 'expired_card'])}", "app_payment_declined", "ERROR")
        else:
            out("api-1", f"WARNING:app.auth:Invalid token from {g.c(browsers)}: {g.c(['Signature has expired', 'Not enough segments'])}", "app_invalid_token", "WARNING")

    def exc500():
        if not st["api_up"]:
            return request()
        p = f"/api/orders/{g.num(1000, 99999)}"
        out("api-1", "ERROR:    Exception in ASGI application", "uvicorn_exception", "ERROR")
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                ("  File \"/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py\", line 419, in run_asgi", "py_tb_file"),
                ("    result = await app(  # type: ignore[func-returns-value]", "py_tb_code"),
                ("  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line 146, in __init__", "py_tb_file"),
                ("    self._dbapi_connection = engine.raw_connection()", "py_tb_code"),
                ("sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"db\" (172.18.0.3), port 5432 failed: FATAL:  sorry, too many clients already", "py_tb_exc"),
                ("", "blank"),
                ("(Background on this error at: https://sqlalche.me/e/20/e3q8)", "sqla_background")]
        for text, ev in rows:
            out("api-1", text, ev, "ERROR")
        out("api-1", f"INFO:     172.18.0.2:{g.port()} - \"GET {p} HTTP/1.0\" 500 Internal Server Error", "uvicorn_access", "INFO")
        out("proxy-1", f"{g.c(browsers)} - - [{clf(L.t)}] \"GET {p} HTTP/1.1\" 500 {g.num(20, 90)} \"-\" \"{g.c(uas)}\" \"-\"", "nginx_access")

    def api_start():
        out("api-1", "INFO:     Started server process [1]", "uvicorn_started", "INFO")
        out("api-1", "INFO:     Waiting for application startup.", "uvicorn_waiting_startup", "INFO")
        out("api-1", "INFO:     Application startup complete.", "uvicorn_startup_complete", "INFO")
        out("api-1", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)", "uvicorn_running", "INFO")

    def api_crash():
        if st["api_up"]:
            L.emit(f"api-1 exited with code {g.c([137, 1])}", "compose_exited")
            st["api_up"] = False
            st["down"] = g.num(2, 12)

    # startup
    L.emit(f"Attaching to {', '.join(sorted(names))}", "compose_attaching")
    for text, ev, lv in [("2026-12-01 10:00:00.412 UTC [1] LOG:  starting PostgreSQL 16.1 (Debian 16.1-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit", "pg_starting", "LOG"),
                         ("2026-12-01 10:00:00.413 UTC [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432", "pg_listening", "LOG"),
                         ("2026-12-01 10:00:00.413 UTC [1] LOG:  listening on IPv6 address \"::\", port 5432", "pg_listening", "LOG"),
                         ("2026-12-01 10:00:00.421 UTC [1] LOG:  listening on Unix socket \"/var/run/postgresql/.s.PGSQL.5432\"", "pg_listening_unix", "LOG"),
                         ("2026-12-01 10:00:00.430 UTC [29] LOG:  database system was shut down at 2026-11-30 22:14:03 UTC", "pg_was_shut_down", "LOG"),
                         ("2026-12-01 10:00:00.437 UTC [1] LOG:  database system is ready to accept connections", "pg_ready", "LOG")]:
        out("db-1", text, ev, lv)
    for text, ev in [("1:C 01 Dec 2026 10:00:00.388 # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.", "redis_overcommit"),
                     ("1:C 01 Dec 2026 10:00:00.388 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo", "redis_starting"),
                     ("1:M 01 Dec 2026 10:00:00.390 * Ready to accept connections tcp", "redis_ready")]:
        out("redis-1", text, ev, "#|warning" if " # " in text else "*|notice")
    for text, ev in [("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration", "ep_not_empty"),
                     ("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/", "ep_looking"),
                     ("/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh", "ep_launching"),
                     ("10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf", "ep_checksum"),
                     ("/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh", "ep_launching"),
                     ("/docker-entrypoint.sh: Configuration complete; ready for start up", "ep_complete")]:
        out("proxy-1", text, ev)
    api_start()
    for text, ev in [(f"10:00:02 Worker rq:worker:{g.hx(32)} started with PID 1, version 1.15.1", "rq_worker_started"),
                     ("10:00:02 Subscribing to channel rq:pubsub:" + g.hx(32), "rq_subscribing"),
                     ("10:00:02 *** Listening on default, emails...", "rq_listening"),
                     ("10:00:02 Cleaning registries for queue: default", "rq_cleaning"),
                     ("10:00:02 Cleaning registries for queue: emails", "rq_cleaning")]:
        out("worker-1", text, ev)
    ev = [(30, request), (12, static), (12, job), (1.5, db), (1.2, redis), (4, app_warn), (0.6, exc500), (0.15, api_crash)]
    return L.run(ev, None)


# 11 --------------------------------------------------------------- Terraform 1.6 in a CI job (init + apply -auto-approve -no-color), several pipeline runs
def log_terraform(seed):
    L = Log("terraform_apply", seed, None, False, False)
    g = L.g
    res = []
    for i in range(3):
        res.append((f"aws_instance.web[{i}]", "aws_instance", "web", f"i-0{g.hx(16)}"))
    for i in range(3):
        res.append((f"module.vpc.aws_subnet.private[{i}]", "aws_subnet", "private", f"subnet-0{g.hx(16)}"))
        res.append((f"module.vpc.aws_subnet.public[{i}]", "aws_subnet", "public", f"subnet-0{g.hx(16)}"))
    res += [("module.vpc.aws_vpc.this[0]", "aws_vpc", "this", f"vpc-0{g.hx(16)}"), ("module.vpc.aws_internet_gateway.this[0]", "aws_internet_gateway", "this", f"igw-0{g.hx(16)}"),
            ("aws_lb.web", "aws_lb", "web", f"arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/{g.hx(16)}"),
            ("aws_lb_target_group.web", "aws_lb_target_group", "web", f"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/{g.hx(16)}"),
            ("aws_security_group.web", "aws_security_group", "web", f"sg-0{g.hx(16)}"), ("aws_s3_bucket.logs", "aws_s3_bucket", "logs", "acme-prod-lb-logs"),
            ("aws_route53_record.www", "aws_route53_record", "www", f"Z0{g.HX(12)}_www.example.com_A"), ("aws_iam_role.web", "aws_iam_role", "web", "web-instance-role"),
            ("aws_cloudwatch_log_group.app", "aws_cloudwatch_log_group", "app", "/acme/prod/app")]
    for i in range(3):
        res.append((f"aws_lb_target_group_attachment.web[{i}]", "aws_lb_target_group_attachment", "web", f"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/{g.hx(16)}-{g.num(10 ** 18, 10 ** 19)}"))
    version = [g.num(10, 40)]
    amis = [f"ami-0{g.hx(16)}"]

    def E(text, ev):
        L.emit(text, ev)

    def box(kind, summary, addr, file, line, src, detail=None):
        E("╷", "box_top")
        E(f"│ {kind}: {summary}", "box_error" if kind == "Error" else "box_warning")
        E("│ ", "box_blank")
        E(f"│   with {addr},", "box_with")
        rt, rn = addr.split("[")[0].split(".")[-2:]
        E(f"│   on {file} line {line}, in resource \"{rt}\" \"{rn}\":", "box_on")
        E(f"│   {line}: {src}", "box_source")
        E("│ ", "box_blank")
        if detail:
            E(f"│ {detail}", "box_detail")
        E("╵", "box_bottom")

    def attrs_update(rtype, kind, rid):
        if rtype == "aws_instance":
            if kind == "replace":
                old = amis[0]; amis[0] = f"ami-0{g.hx(16)}"
                E(f"      ~ ami                                  = \"{old}\" -> \"{amis[0]}\" # forces replacement", "attr_change_forces")
                for a in ["arn", "instance_state", "private_dns", "private_ip", "public_ip"]:
                    E(f"      ~ {a:<36} = \"{g.c([g.ip(), 'running', 'ip-' + g.ip().replace('.', '-') + '.eu-west-1.compute.internal'])}\" -> (known after apply)", "attr_known_after_change")
                E(f"        id                                   = \"{rid}\"", "attr_shown")
                E(f"        # ({g.num(20, 35)} unchanged attributes hidden)", "hidden_attrs")
                E(f"        # ({g.num(2, 6)} unchanged blocks hidden)", "hidden_blocks")
                return
            E(f"        id                                   = \"{rid}\"", "attr_shown")
            E("      ~ tags                                 = {", "attr_block_change")
            old = f"1.{version[0]}.{g.num(0, 9)}"
            E(f"          ~ \"Version\" = \"{old}\" -> \"1.{version[0] + 1}.0\"", "attr_change")
            E(f"            # ({g.num(2, 4)} unchanged elements hidden)", "hidden_elements")
            E("        }", "close_brace")
            E("      ~ tags_all                             = {", "attr_block_change")
            E(f"          ~ \"Version\" = \"{old}\" -> \"1.{version[0] + 1}.0\"", "attr_change")
            E(f"            # ({g.num(3, 6)} unchanged elements hidden)", "hidden_elements")
            E("        }", "close_brace")
            E(f"        # ({g.num(25, 35)} unchanged attributes hidden)", "hidden_attrs")
            E(f"        # ({g.num(2, 6)} unchanged blocks hidden)", "hidden_blocks")
        elif rtype == "aws_security_group":
            E(f"        id                                   = \"{rid}\"", "attr_shown")
            E("      ~ ingress                              = [", "attr_list_change")
            E("          + {", "set_item_add")
            E(f"              + cidr_blocks      = [\"{g.c(['10.0.0.0/16', '192.168.0.0/24', '203.0.113.0/24'])}\"]", "attr_add")
            E(f"              + from_port        = {g.c([443, 8443, 22])}", "attr_add")
            E("              + protocol         = \"tcp\"", "attr_add")
            E("            },", "close_brace_comma")
            E(f"            # ({g.num(1, 4)} unchanged elements hidden)", "hidden_elements")
            E("        ]", "close_bracket")
            E("        name                                 = \"web\"", "attr_shown")
            E(f"        # ({g.num(8, 12)} unchanged attributes hidden)", "hidden_attrs")
        else:
            E(f"      ~ {g.c(['retention_in_days', 'deregistration_delay', 'ttl'])} = {g.c([7, 30, 300])} -> {g.c([14, 60, 60])}", "attr_change")
            E(f"        # ({g.num(4, 12)} unchanged attributes hidden)", "hidden_attrs")

    def attrs_create(rtype):
        for a in ["arn", "id"]:
            E(f"      + {a:<22} = (known after apply)", "attr_known_after")
        if rtype == "aws_lb_target_group_attachment":
            E("      + port             = 8080", "attr_add")
            E(f"      + target_group_arn = \"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/{g.hx(16)}\"", "attr_add")
            E("      + target_id        = (known after apply)", "attr_known_after")
        else:
            E(f"      + name                   = \"{g.c(['web-alarm-cpu', 'web-alarm-5xx', 'app-errors'])}\"", "attr_add")
            E("      + tags_all               = {", "attr_block_add")
            E("          + \"Environment\" = \"prod\"", "attr_add")
            E("          + \"ManagedBy\"   = \"terraform\"", "attr_add")
            E("        }", "close_brace")

    def run():
        E("$ terraform init -input=false -no-color", "ci_command")
        E("", "blank")
        E("Initializing the backend...", "init_backend")
        E("", "blank")
        E("Initializing modules...", "init_modules")
        E("", "blank")
        E("Initializing provider plugins...", "init_plugins")
        for p, v in [("hashicorp/aws", "5.31.0"), ("hashicorp/random", "3.6.0")]:
            E(f"- Reusing previous version of {p} from the dependency lock file", "init_reusing")
        for p, v in [("hashicorp/aws", "5.31.0"), ("hashicorp/random", "3.6.0")]:
            E(f"- Using previously-installed {p} v{v}", "init_using")
        E("", "blank")
        E("Terraform has been successfully initialized!", "init_ok")
        E("$ terraform apply -auto-approve -input=false -no-color", "ci_command")
        E("Acquiring state lock. This may take a few moments...", "lock_acquire")
        E("data.aws_ami.ubuntu: Reading...", "data_reading")
        E("data.aws_availability_zones.available: Reading...", "data_reading")
        E("data.aws_availability_zones.available: Read complete after 0s [id=eu-west-1]", "data_read_complete")
        E(f"data.aws_ami.ubuntu: Read complete after {g.num(0, 2)}s [id={amis[0]}]", "data_read_complete")
        for r in g.r.sample(res, len(res)):
            E(f"{r[0]}: Refreshing state... [id={r[3]}]", "refreshing")
        E("", "blank")
        x = g.r.random()
        if x < 0.2:
            E("No changes. Your infrastructure matches the configuration.", "no_changes")
            E("", "blank")
            E("Terraform has compared your real infrastructure against your configuration and found no differences, so no changes are needed.", "no_changes_detail")
            E("Releasing state lock. This may take a few moments...", "lock_release")
            E("", "blank")
            E("Apply complete! Resources: 0 added, 0 changed, 0 destroyed.", "apply_complete")
            return
        changes = []
        upd = g.r.sample([r for r in res if r[1] in ("aws_instance", "aws_security_group", "aws_cloudwatch_log_group", "aws_lb_target_group")], g.num(1, 3))
        changes += [("update", r) for r in upd]
        if g.r.random() < 0.35:
            changes = [("replace", r) for r in res if r[1] == "aws_instance"][: g.num(1, 3)] + [c for c in changes if c[1][1] != "aws_instance"]
        if g.r.random() < 0.4:
            newr = (f"aws_cloudwatch_metric_alarm.{g.c(['cpu_high', 'http_5xx', 'unhealthy_hosts'])}", "aws_cloudwatch_metric_alarm", "x", f"{g.c(['web-alarm-cpu', 'web-alarm-5xx'])}")
            changes.append(("create", newr))
        syms = {"update": "  ~ update in-place", "create": "  + create", "replace": "-/+ destroy and then create replacement"}
        E("Terraform used the selected providers to generate the following execution", "plan_intro1")
        E("plan. Resource actions are indicated with the following symbols:", "plan_intro2")
        for k in ["create", "update", "replace"]:
            if any(c[0] == k for c in changes):
                E(syms[k], {"create": "sym_create", "update": "sym_update", "replace": "sym_replace"}[k])
        E("", "blank")
        E("Terraform will perform the following actions:", "will_perform")
        for kind, r in changes:
            E("", "blank")
            addr, rtype, rname, rid = r
            if kind == "update":
                E(f"  # {addr} will be updated in-place", "plan_update")
                E(f"  ~ resource \"{rtype}\" \"{rname}\" {{", "res_open_update")
                attrs_update(rtype, kind, rid)
            elif kind == "replace":
                E(f"  # {addr} must be replaced", "plan_replace")
                E(f"-/+ resource \"{rtype}\" \"{rname}\" {{", "res_open_replace")
                attrs_update(rtype, kind, rid)
            else:
                E(f"  # {addr} will be created", "plan_create")
                E(f"  + resource \"{rtype}\" \"{addr.split('.')[1]}\" {{", "res_open_create")
                attrs_create(rtype)
            E("    }", "close_brace")
        E("", "blank")
        add = sum(1 for c in changes if c[0] in ("create", "replace")); chg = sum(1 for c in changes if c[0] == "update"); dst = sum(1 for c in changes if c[0] == "replace")
        E(f"Plan: {add} to add, {chg} to change, {dst} to destroy.", "plan_summary")
        if g.r.random() < 0.3:
            E("", "blank")
            box("Warning", "Argument is deprecated", "aws_s3_bucket.logs", "s3.tf", g.c([12, 14]), "  acl    = \"private\"", "Use the aws_s3_bucket_acl resource instead")
        failed = None
        for kind, r in changes:
            addr, rtype, rname, rid = r
            if kind == "replace":
                E(f"{addr}: Destroying... [id={rid}]", "destroying")
                for s in range(10, g.num(10, 60), 10):
                    E(f"{addr}: Still destroying... [id={rid}, {s}s elapsed]", "still_destroying")
                E(f"{addr}: Destruction complete after {g.num(10, 70)}s", "destroy_complete")
            if kind in ("replace", "create"):
                E(f"{addr}: Creating...", "creating")
                for s in range(10, g.num(10, 50), 10):
                    E(f"{addr}: Still creating... [{s}s elapsed]", "still_creating")
                if kind == "replace" and g.r.random() < 0.15:
                    failed = (addr, rtype, rname)
                    continue
                nid = f"i-0{g.hx(16)}" if rtype == "aws_instance" else rid
                E(f"{addr}: Creation complete after {g.num(1, 50)}s [id={nid}]", "create_complete")
            else:
                E(f"{addr}: Modifying... [id={rid}]", "modifying")
                for s in range(10, g.num(10, 40), 10):
                    E(f"{addr}: Still modifying... [id={rid}, {s}s elapsed]", "still_modifying")
                E(f"{addr}: Modifications complete after {g.num(1, 40)}s [id={rid}]", "modify_complete")
        if failed:
            addr, rtype, rname = failed
            E("Releasing state lock. This may take a few moments...", "lock_release")
            box("Error", f"creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: {g.c([400, 500])}, RequestID: {g.uuid()}, api error InsufficientInstanceCapacity: We currently do not have sufficient t3.large capacity in the Availability Zone you requested ({g.c(['eu-west-1a', 'eu-west-1b', 'eu-west-1c'])}).",
                addr, "main.tf", 42, f"resource \"{rtype}\" \"{rname}\" {{")
            E("Cleaning up project directory and file based variables", "ci_cleanup")
            E("ERROR: Job failed: exit code 1", "ci_job_failed")
            return
        version[0] += 1
        E("Releasing state lock. This may take a few moments...", "lock_release")
        E("", "blank")
        E(f"Apply complete! Resources: {add} added, {chg} changed, {dst} destroyed.", "apply_complete")
        E("", "blank")
        E("Outputs:", "outputs")
        E("", "blank")
        E(f"lb_dns_name = \"web-{g.num(10 ** 8, 10 ** 9)}.eu-west-1.elb.amazonaws.com\"", "output_value")
        E(f"vpc_id = \"{[r for r in res if r[1] == 'aws_vpc'][0][3]}\"", "output_value")
        E("Cleaning up project directory and file based variables", "ci_cleanup")
        E("Job succeeded", "ci_job_succeeded")

    while len(L.rows) < N_LINES:
        L.tick(600)
        run()
    del L.rows[N_LINES:]
    return L


# 12 --------------------------------------------------------------- Jenkins 2.440 controller (journal output of jenkins.service: "%1$tF %1$tT.%1$tL%1$tz [id=%2$d]\t%3$s\t%4$s: %5$s")
def log_jenkins(seed):
    L = Log("jenkins", seed, "full", True, True)
    g = L.g
    jobs = {"shop-api/main": g.num(300, 900), "shop-api/PR-412": g.num(1, 20), "shop-web/main": g.num(300, 900), "infra/terraform-prod": g.num(50, 200),
            "nightly-e2e": g.num(100, 400), "docs-site": g.num(10, 90)}
    agents = [f"k8s-agent-{g.alnum(5)}" for _ in range(3)]
    cur = {}

    def H(tid, lv, logger, msg):
        t = L.t
        return f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}+0000 [id={tid}]\t{lv}\t{logger}: {msg}"

    def emit(lv, logger, msg, ev, tid=None):
        L.emit(H(tid or g.num(20, 900), lv, logger, msg), ev, lv, logger)

    def trace(lv, logger, lines):
        for text, ev in lines:
            L.emit(text, ev, lv, logger)

    def build():
        j = g.c(list(jobs))
        jobs[j] += 1
        n = jobs[j]
        pod = f"{j.split('/')[0]}-{n}-{g.alnum(5)}-{g.alnum(5)}"
        emit("INFO", "o.c.j.p.k.KubernetesCloud#provision", "Excess workload after pending Kubernetes agents: 1", "excess_workload")
        tpl = {"shop-api": "maven", "shop-web": "node", "infra": "terraform", "nightly-e2e": "node", "docs-site": "node"}[j.split("/")[0]]
        emit("INFO", "o.c.j.p.k.KubernetesCloud#provision", f"Template for label \"k8s-{tpl}\": {tpl}", "template_for_label")
        emit("INFO", "hudson.slaves.NodeProvisioner#update", f"{pod} provisioning successfully completed. We have now {g.num(2, 9)} computer(s)", "provisioned")
        emit("INFO", "o.c.j.p.k.KubernetesLauncher#launch", f"Created Pod: kubernetes jenkins-agents/{pod}", "created_pod")
        L.tick(8)
        emit("INFO", "o.c.j.p.k.KubernetesLauncher#launch", f"Pod is running: kubernetes jenkins-agents/{pod}", "pod_running")
        emit("INFO", "h.TcpSlaveAgentListener$ConnectionHandler#run", f"Accepted JNLP4-connect connection #{g.num(100, 9999)} from /10.42.{g.num(0, 9)}.{g.num(2, 250)}:{g.port()}", "accepted_jnlp")
        cur[pod] = (j, n)

    def finish():
        if not cur:
            return build()
        pod = g.c(list(cur))
        j, n = cur.pop(pod)
        res = g.c(["SUCCESS"] * 6 + ["FAILURE", "FAILURE", "UNSTABLE", "ABORTED"])
        emit("INFO", "o.j.p.workflow.job.WorkflowRun#finish", f"{j} #{n} completed: {res}", "run_completed")
        emit("INFO", "o.c.j.p.k.KubernetesSlave#_terminate", f"Terminating Kubernetes instance for agent {pod}", "terminating_agent")
        emit("INFO", "o.c.j.p.k.KubernetesSlave#deleteSlavePod", f"Terminated Kubernetes instance for agent jenkins-agents/{pod}", "terminated_agent")
        emit("INFO", "o.c.j.p.k.KubernetesSlave#_terminate", f"Disconnected computer {pod}", "disconnected_computer")

    def periodic():
        w = g.c(["Download metadata", "Periodic background build discarder", "Workspace clean-up", "Fingerprint cleanup", "telemetry collection"])
        tid = g.num(20, 900)
        emit("INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", f"Started {w}", "periodic_started", tid)
        L.tick(1)
        emit("INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", f"Finished {w}. {g.num(1, 90000):,} ms", "periodic_finished", tid)

    def download():
        inst = g.c(["hudson.tasks.Maven.MavenInstaller", "hudson.tools.JDKInstaller", "hudson.plugins.gradle.GradleInstaller", "jenkins.plugins.nodejs.tools.NodeJSInstaller"])
        emit("INFO", "h.m.DownloadService$Downloadable#load", f"Obtained the updated data file for {inst}", "obtained_data")

    def ping_dead():
        a = g.c(agents + list(cur))
        t0 = int(L.t.timestamp() * 1000) - 240000
        emit("WARNING", "hudson.slaves.ChannelPinger$1#onDead", f"Ping failed. Terminating the channel {a}.", "ping_failed")
        trace("WARNING", "hudson.slaves.ChannelPinger$1#onDead", [
            (f"java.util.concurrent.TimeoutException: Ping started at {t0} hasn't completed by {t0 + 240000}", "exc"),
            ("\tat hudson.remoting.PingThread.ping(PingThread.java:135)", "frame"),
            ("\tat hudson.remoting.PingThread.run(PingThread.java:87)", "frame")])

    def crumb():
        u = g.c(["alice", "bob", "svc-deploy", "anonymous"])
        p = g.c(["/job/shop-api/job/main/build", "/job/nightly-e2e/buildWithParameters", "/manage/scriptText", "/job/infra/job/terraform-prod/build"])
        emit("WARNING", "hudson.security.csrf.CrumbFilter#doFilter", f"No valid crumb was included in request for {p} by {u}. Returning 403.", "no_crumb")

    def groovy_fail():
        j = g.c(list(jobs)); n = jobs[j]
        emit("WARNING", "o.j.p.w.cps.CpsStepContext#completed", f"already completed CpsStepContext[{g.num(5, 90)}:sh]:Owner[{j}/{n}:{j} #{n}]", "already_completed")
        trace("WARNING", "o.j.p.w.cps.CpsStepContext#completed", [
            ("java.lang.IllegalStateException: already completed", "exc"),
            ("\tat org.jenkinsci.plugins.workflow.cps.CpsStepContext.completed(CpsStepContext.java:336)", "frame"),
            ("\tat org.jenkinsci.plugins.workflow.cps.CpsBodyExecution$FailureAdapter.receive(CpsBodyExecution.java:370)", "frame"),
            ("\tat jenkins.util.ContextResettingExecutorService$1.run(ContextResettingExecutorService.java:28)", "frame"),
            ("\tat java.base/java.lang.Thread.run(Thread.java:840)", "frame")])

    def login_fail():
        u = g.c(["admin", "alice", "jenkins", "root", "test"])
        emit("INFO", "jenkins.security.SecurityListener#failedToAuthenticate", f"failed to authenticate: {u}", "failed_auth")

    def indexing():
        proj = g.c(["shop-api", "shop-web", "infra"])
        emit("INFO", "j.b.MultiBranchProject$BranchIndexing#run", f"{proj} #{L.t:%Y%m%d}.{g.num(1, 60)} branch indexing action completed: SUCCESS", "branch_indexing")
    ev = [
        (14, build), (14, finish), (10, periodic), (3, download), (2, ping_dead), (3, crumb), (1.5, groovy_fail), (4, login_fail), (4, indexing),
        (3, lambda: emit("INFO", "jenkins.security.SecurityListener#loggedIn", f"{g.c(['alice', 'bob', 'carol', 'svc-deploy'])} logged in", "logged_in")),
        (1.5, lambda: emit("INFO", "o.j.p.github.webhook.WebhookManager$1#applyNullSafe", f"GitHub webhooks activated for job {g.c(list(jobs))} with [GitHubRepositoryName[host=github.com,username=acme,repository={g.c(['shop-api', 'shop-web', 'infra'])}]] (events: [PUSH])", "webhook_activated")),
        (2, lambda: emit("INFO", "o.j.p.github.webhook.subscriber.DefaultPushGHEventSubscriber#onEvent", f"Received PushEvent for https://github.com/acme/{g.c(['shop-api', 'shop-web', 'infra'])} from {g.c(['140.82.115.', '192.30.252.'])}{g.num(1, 250)} ⇒ https://ci.example.com/github-webhook/", "push_event")),
        (0.7, lambda: emit("WARNING", "hudson.model.Computer#disconnect", f"Disconnecting {g.c(agents)} due to: Offline due to low disk space (free {g.f(0.1, 0.9, 3)} GiB)", "disconnect_disk")),
    ]
    return L.run(ev, None)


# 13 --------------------------------------------------------------- ChirpStack v4 LoRaWAN network server (Rust tracing_subscriber fmt, no ANSI)
def log_chirpstack(seed):
    L = Log("chirpstack", seed, "full", True, True)
    g = L.g
    devs = [g.hx(16) for _ in range(25)]
    gws = [g.hx(16) for _ in range(4)]
    addr = {d: g.hx(8) for d in devs}
    fcnt = {d: g.num(0, 9000) for d in devs}
    apps = [g.uuid() for _ in range(3)]
    dapp = {d: g.c(apps) for d in devs}

    def emit(lv, spans, target, msg, ev):
        t = L.t
        sp = f"{spans}: " if spans else ""
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {lv:>5} {sp}{target}: {msg}", ev, lv, target)

    def uplink():
        gw = g.c(gws); d = g.c(devs); dd = g.uuid()
        emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Message received from gateway region_config_id=eu868 topic=eu868/gateway/{gw}/event/up qos=0 json=false", "gw_msg_received")
        if g.r.random() < 0.4:
            L.tick(0.05)
            emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Message received from gateway region_config_id=eu868 topic=eu868/gateway/{g.c(gws)}/event/up qos=0 json=false", "gw_msg_received")
        L.tick(0.2)
        sp = f"up{{deduplication_id={dd}}}"
        mtype = g.c(["UnconfirmedDataUp"] * 5 + ["ConfirmedDataUp", "JoinRequest"])
        emit("INFO", sp, "chirpstack::uplink", f"Uplink received m_type={mtype}", "uplink_received")
        if mtype == "JoinRequest":
            jsp = f"{sp}:join_request{{dev_eui={d}}}"
            if g.r.random() < 0.2:
                emit("ERROR", sp, "chirpstack::uplink", f"Processing uplink failed error=Object does not exist (id: {g.hx(16)})", "uplink_failed")
                return
            addr[d] = g.hx(8); fcnt[d] = 0
            emit("INFO", jsp, "chirpstack::storage::device_session", f"Device-session saved dev_eui={d} dev_addr={addr[d]}", "ds_saved")
            emit("INFO", jsp, "chirpstack::integration::mqtt", f"Publishing event topic=application/{dapp[d]}/device/{d}/event/join", "publishing_event")
            return
        dsp = f"{sp}:data_up{{dev_eui=\"{d}\"}}"
        x = g.r.random()
        if x < 0.06:
            emit("ERROR", sp, "chirpstack::uplink", f"Processing uplink failed error=Object does not exist (id: {addr[d]})", "uplink_failed")
            return
        if x < 0.12:
            emit("WARN", dsp, "chirpstack::uplink::data", f"Frame-counter did not increment dev_eui={d} f_cnt={fcnt[d]}", "fcnt_not_incremented")
            return
        fcnt[d] += g.c([1, 1, 1, 2])
        emit("INFO", dsp, "chirpstack::storage::device_session", f"Device-session saved dev_eui={d} dev_addr={addr[d]}", "ds_saved")
        if g.r.random() < 0.3:
            emit("INFO", dsp, "chirpstack::storage::metrics", f"Metrics saved name=device:{d} aggregation=HOUR", "metrics_saved")
        emit("INFO", dsp, "chirpstack::integration::mqtt", f"Publishing event topic=application/{dapp[d]}/device/{d}/event/up", "publishing_event")
        if mtype == "ConfirmedDataUp" or g.r.random() < 0.05:
            did = g.num(10 ** 8, 4 * 10 ** 9)
            emit("INFO", f"{dsp}:data_down{{downlink_id={did}}}", "chirpstack::downlink::data", f"Sending downlink dev_eui={d} dev_addr={addr[d]} f_cnt_down={g.num(0, 900)}", "sending_downlink")
            emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Sending downlink frame region_config_id=eu868 gateway_id={g.c(gws)} topic=eu868/gateway/{g.c(gws)}/command/down json=false", "sending_frame")

    def tx_ack():
        did = g.num(10 ** 8, 4 * 10 ** 9)
        emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Message received from gateway region_config_id=eu868 topic=eu868/gateway/{g.c(gws)}/event/ack qos=0 json=false", "gw_msg_received")
        sp = f"tx_ack{{downlink_id={did}}}"
        if g.r.random() < 0.15:
            emit("ERROR", sp, "chirpstack::downlink::tx_ack", f"Downlink tx ack error error={g.c(['TOO_LATE', 'COLLISION_PACKET', 'TX_FREQ'])}", "tx_ack_error")
        else:
            emit("INFO", sp, "chirpstack::downlink::tx_ack", "Downlink tx ack received", "tx_ack")

    def stats():
        gw = g.c(gws)
        emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Message received from gateway region_config_id=eu868 topic=eu868/gateway/{gw}/event/stats qos=0 json=false", "gw_msg_received")
        emit("INFO", f"stats{{gateway_id={gw}}}", "chirpstack::storage::metrics", f"Metrics saved name=gw:{gw} aggregation=MINUTE", "metrics_saved")

    def api():
        m = g.c(["api.DeviceService/Get", "api.DeviceService/List", "api.DeviceService/GetLinkMetrics", "api.GatewayService/List", "api.InternalService/StreamDeviceEvents", "api.ApplicationService/List"])
        code = g.c(["0"] * 8 + ["5", "16"])
        emit("INFO", f"gRPC{{uri=/{m}}}", "chirpstack::api", f"Finished processing request status=\"{code}\" latency={g.num(0, 900)}.{g.num(0, 999):03d}{g.c(['ms', 'µs'])}", "grpc_finished")

    def conn_state():
        gw = g.c(gws)
        emit("INFO", "", "chirpstack::gateway::backend::mqtt", f"Message received from gateway region_config_id=eu868 topic=eu868/gateway/{gw}/state/conn qos=1 json=false", "gw_msg_received")
        emit("INFO", f"conn{{gateway_id={gw}}}", "chirpstack::gateway::backend::mqtt", f"Gateway state report received state={g.c(['ONLINE', 'OFFLINE'])}", "gw_state")

    def mqtt_err():
        emit("ERROR", "", "chirpstack::integration::mqtt", f"MQTT error error=Connection refused: {g.c(['Not authorized', 'Server unavailable'])}", "mqtt_error")
        emit("INFO", "", "chirpstack::integration::mqtt", "Connecting to MQTT broker server_uri=tcp://mosquitto:1883 client_id=chirpstack-integration", "mqtt_connecting")
    ev = [
        (30, uplink), (6, tx_ack), (8, stats), (10, api), (2, conn_state), (0.6, mqtt_err),
        (0.8, lambda: emit("WARN", f"up{{deduplication_id={g.uuid()}}}", "chirpstack::uplink", f"Deduplication: uplink received after collection window, ignoring gateway_id={g.c(gws)}", "late_uplink")),
    ]
    return L.run(ev, None)


# 14 --------------------------------------------------------------- Celery 5.3 worker (-l INFO, prefork pool, redis broker)
def log_celery(seed):
    L = Log("celery_worker", seed, "full", True, True)
    g = L.g
    pool = [f"ForkPoolWorker-{i}" for i in range(1, 9)]
    tasks = {"orders.tasks.send_receipt": (0.05, 0.9), "orders.tasks.charge_card": (0.3, 4.0), "catalog.tasks.reindex_product": (0.1, 2.5),
             "reports.tasks.build_daily_report": (20, 300), "media.tasks.make_thumbnails": (0.5, 9), "crm.tasks.sync_contact": (0.2, 3)}
    pending = []

    def H(lv, proc, msg):
        t = L.t
        return f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)}: {lv}/{proc}] {msg}"

    def emit(lv, proc, msg, ev):
        L.emit(H(lv, proc, msg), ev, lv, proc)

    def cont(text, ev, lv, proc):
        L.emit(text, ev, lv, proc)

    def received():
        name = g.c(list(tasks))
        if name == "reports.tasks.build_daily_report" and g.r.random() < 0.8:
            name = "orders.tasks.send_receipt"
        tid = g.uuid()
        emit("INFO", "MainProcess", f"Task {name}[{tid}] received", "received")
        pending.append((name, tid))

    def done():
        if not pending:
            return received()
        name, tid = pending.pop(g.num(0, min(3, len(pending) - 1)))
        w = g.c(pool)
        a, b = tasks[name]
        if name == "orders.tasks.send_receipt":
            emit("INFO", w, f"{name}[{tid}]: Receipt for order {g.num(10000, 99999)} sent to {g.email()}", "task_log_receipt")
        elif name == "media.tasks.make_thumbnails" and g.r.random() < 0.5:
            emit("WARNING", w, f"resizing {g.c(['uploads', 'avatars'])}/{g.hx(12)}.{g.c(['jpg', 'png', 'webp'])} to {g.c(['256x256', '1024x1024'])}", "task_print")
        elif name == "crm.tasks.sync_contact" and g.r.random() < 0.3:
            emit("WARNING", w, f"{name}[{tid}]: Contact {g.num(1, 99999)} not found in CRM, creating it", "task_log_crm_create")
        x = g.r.random()
        if name == "orders.tasks.charge_card" and x < 0.18:
            emit("INFO", w, f"Task {name}[{tid}] retry: Retry in {g.c([30, 60, 120])}s: {g.c(['CardNetworkTimeout()', 'TimeoutError()', 'RateLimited(429)'])}", "retry")
            pending.append((name, tid))
            return
        if x < 0.04 or (name == "crm.tasks.sync_contact" and x < 0.15):
            exc = g.c([("requests.exceptions.ConnectionError", f"HTTPSConnectionPool(host='api.crm.example.com', port=443): Max retries exceeded with url: /v3/contacts/{g.num(1, 99999)} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{g.hx(10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
                       ("KeyError", f"'{g.c(['sku', 'price', 'customer_id'])}'"),
                       ("django.db.utils.OperationalError", "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.")])
            first_line = exc[1].split("\n")[0]
            short = f"{exc[0].rsplit('.', 1)[-1]}({first_line!r})" if exc[0] != "KeyError" else f"KeyError({exc[1]})"
            emit("ERROR", w, f"Task {name}[{tid}] raised unexpected: {short}", "raised_unexpected")
            mod = name.rsplit(".", 1)[0].replace(".", "/")
            tb = [("Traceback (most recent call last):", "tb_head"),
                  ("  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 477, in trace_task", "tb_file"),
                  ("    R = retval = fun(*args, **kwargs)", "tb_code"),
                  ("            ^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
                  ("  File \"/usr/local/lib/python3.11/site-packages/celery/app/trace.py\", line 760, in __protected_call__", "tb_file"),
                  ("    return self.run(*args, **kwargs)", "tb_code"),
                  ("           ^^^^^^^^^^^^^^^^^^^^^^^^^", "tb_caret"),
                  (f"  File \"/app/{mod}.py\", line {g.num(20, 300)}, in {name.rsplit('.', 1)[1]}", "tb_file"),
                  ("    " + g.c(["resp = session.get(url, timeout=10)", 'price = item["price"]', "contact.save()"]), "tb_code")]
            for text, ev in tb:
                cont(text, ev, "ERROR", w)
            parts = exc[1].split("\n")
            cont(f"{exc[0]}: {parts[0]}", "tb_exc", "ERROR", w)
            for i, p in enumerate(parts[1:]):
                cont(p, f"tb_exc_cont{i + 1}", "ERROR", w)
            return
        dur = g.r.uniform(a, b)
        res = {"orders.tasks.send_receipt": "None", "orders.tasks.charge_card": f"'ch_{g.alnum(24, B62)}'", "catalog.tasks.reindex_product": "True",
               "reports.tasks.build_daily_report": f"'s3://acme-reports/daily/{L.t:%Y-%m-%d}.csv'", "media.tasks.make_thumbnails": f"[{g.num(1, 4)}, {g.num(1, 4)}]",
               "crm.tasks.sync_contact": f"{{'id': {g.num(1, 99999)}, 'status': '{g.c(['updated', 'created', 'unchanged'])}'}}"}[name]
        emit("INFO", w, f"Task {name}[{tid}] succeeded in {dur:.{g.c([9, 10, 12, 15])}f}s: {res}", "succeeded")

    def broker_lost():
        emit("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection...", "broker_lost")
        L.emit("Traceback (most recent call last):", "tb_head", "WARNING", "MainProcess")
        for text, ev in [("  File \"/usr/local/lib/python3.11/site-packages/celery/worker/consumer/consumer.py\", line 340, in start", "tb_file"),
                         ("    blueprint.start(self)", "tb_code"),
                         ("  File \"/usr/local/lib/python3.11/site-packages/kombu/transport/redis.py\", line 1364, in _connparams", "tb_file"),
                         ("    raise ConnectionError(self._error_message(e))", "tb_code"),
                         ("redis.exceptions.ConnectionError: Error while reading from redis:6379 : (104, 'Connection reset by peer')", "tb_exc")]:
            L.emit(text, ev, "WARNING", "MainProcess")
        n = g.num(1, 4)
        for i in range(1, n + 1):
            L.tick(2)
            emit("ERROR", "MainProcess", f"consumer: Cannot connect to redis://redis:6379/0: Error {g.c([111, -2])} connecting to redis:6379. {g.c(['Connection refused', 'Name or service not known'])}..", "cannot_connect")
            L.emit(f"Trying again in {2.0 * i:.2f} seconds... ({i}/100)", "trying_again", "ERROR", "MainProcess")
            L.emit("", "blank", "ERROR", "MainProcess")
        L.tick(2)
        emit("INFO", "MainProcess", "Connected to redis://redis:6379/0", "connected")
        emit("INFO", "MainProcess", "mingle: searching for neighbors", "mingle_search")
        L.tick(1)
        k = g.c([0, 1, 2])
        emit("INFO", "MainProcess", "mingle: all alone" if k == 0 else f"mingle: sync with {k} nodes", "mingle_alone" if k == 0 else "mingle_sync")
        if k:
            emit("INFO", "MainProcess", "mingle: sync complete", "mingle_complete")

    def sigkill():
        w = g.c(pool); pid = g.num(100, 9999)
        emit("ERROR", "MainProcess", f"Process '{w}' pid:{pid} exited with 'signal 9 (SIGKILL)'", "process_exited")
        if pending:
            name, tid = pending.pop()
            emit("ERROR", "MainProcess", f"Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: {g.num(1, 9000)}.')", "handler_error")
            L.emit("Traceback (most recent call last):", "tb_head", "ERROR", "MainProcess")
            for text, ev in [("  File \"/usr/local/lib/python3.11/site-packages/billiard/pool.py\", line 1264, in mark_as_worker_lost", "tb_file"),
                             ("    raise WorkerLostError(", "tb_code"),
                             (f"billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: {g.num(1, 9000)}.", "tb_exc")]:
                L.emit(text, ev, "ERROR", "MainProcess")

    def events():
        emit("INFO", "MainProcess", f"Events of group {{task}} {g.c(['enabled', 'disabled'])} by remote.", "events_remote")

    def startup():
        emit("INFO", "MainProcess", "Connected to redis://redis:6379/0", "connected")
        emit("INFO", "MainProcess", "mingle: searching for neighbors", "mingle_search")
        emit("INFO", "MainProcess", "mingle: all alone", "mingle_alone")
        emit("INFO", "MainProcess", f"celery@{g.c(['worker-6f7c9d', 'worker-8b21aa'])} ready.", "ready")
    startup()
    ev = [(30, received), (29, done), (0.5, broker_lost), (0.6, sigkill), (0.8, events)]
    return L.run(ev, None)


# 15 --------------------------------------------------------------- CUPS 2.4 /var/log/cups/error_log (LogLevel info) on an office print server
def log_cups(seed):
    L = Log("cups_error_log", seed, "full", True, False)
    g = L.g
    printers = ["Office_MFP", "HP_LaserJet_M404", "Brother_HL_L2350DW", "Canon_iR_C3226", "Label_Zebra_ZD421"]
    uris = {"Office_MFP": "ipps://office-mfp.local:443/ipp/print", "HP_LaserJet_M404": "ipp://10.0.8.21/ipp/print", "Brother_HL_L2350DW": "ipp://10.0.8.22/ipp/print",
            "Canon_iR_C3226": "ipps://canon-c3226.local:443/ipp/print", "Label_Zebra_ZD421": "socket://10.0.8.40:9100"}
    users = ["alice", "bob", "carol", "dave", "erin", "frank", "reception", "warehouse"]
    job = [g.num(1000, 5000)]
    client = [g.num(1, 50)]
    active = []
    filters = {"pdf": ["pdftopdf", "gstoraster", "rastertopwg"], "ps": ["pstops", "pdftops"], "raw": []}

    def emit(lv, msg, ev):
        L.emit(f"{lv} [{L.t:%d/%b/%Y:%H:%M:%S} +0000] {msg}", ev, lv)

    def submit():
        job[0] += 1
        j = job[0]; p = g.c(printers); u = g.c(users)
        emit("I", f"[Job {j}] Queued on \"{p}\" by \"{u}\".", "queued")
        kind = "raw" if p.startswith("Label") else g.c(["pdf", "pdf", "pdf", "ps"])
        pid = g.num(10000, 60000)
        for f in filters[kind]:
            pid += 1
            emit("I", f"[Job {j}] Started filter /usr/lib/cups/filter/{f} (PID {pid})", "started_filter")
        pid += 1
        emit("I", f"[Job {j}] Started backend /usr/lib/cups/backend/{uris[p].split(':')[0]} (PID {pid})", "started_backend")
        active.append((j, p, u))

    def finish():
        if not active:
            return submit()
        j, p, u = active.pop(0)
        x = g.r.random()
        if x < 0.82:
            emit("I", f"[Job {j}] Completed successfully.", "completed")
        elif x < 0.9:
            emit("E", f"[Job {j}] The printer is not responding.", "not_responding")
            emit("E", f"[Job {j}] Job stopped due to backend errors; please consult the error_log file for details.", "stopped_backend")
            emit("I", f"Printer \"{p}\" state changed to stopped.", "printer_state")
        elif x < 0.95:
            emit("I", f"[Job {j}] Canceled by \"{g.c([u, u, 'root'])}\".", "canceled")
        else:
            emit("E", f"[Job {j}] Unable to locate printer \"{uris[p].split('/')[2].split(':')[0]}\".", "unable_locate")
            emit("E", f"[Job {j}] Job stopped due to backend errors; please consult the error_log file for details.", "stopped_backend")

    def ipp_err():
        client[0] += g.num(1, 9)
        op, code, res = g.c([("Get-Printer-Attributes", "client-error-not-found", f"ipp://localhost/printers/{g.c(['HP_LaserJet', 'Office-MFP', 'Lexmark_MS621'])}"),
                             ("Cancel-Job", "client-error-not-authorized", f"ipp://localhost/jobs/{g.num(1000, 5000)}"),
                             ("Get-Jobs", "client-error-not-found", f"ipp://localhost/printers/{g.c(['Old_Printer', 'Lab_Printer'])}"),
                             ("Print-Job", "client-error-document-format-not-supported", f"ipp://localhost/printers/{g.c(printers)}")])
        emit("E", f"[Client {client[0]}] Returning IPP {code} for {op} ({res}) from {g.c(['localhost', g.ip(), g.ip()])}.", "returning_ipp")

    def housekeeping():
        x = g.r.random()
        if x < 0.45:
            emit("I", "Expiring subscriptions...", "expiring_subs")
        elif x < 0.85:
            emit("I", "Saving job.cache...", "saving_cache")
        else:
            emit("I", "Cleaning out old files in \"/var/spool/cups/tmp\".", "cleaning_tmp")

    def resume():
        p = g.c(printers)
        emit("I", f"Printer \"{p}\" state changed to idle.", "printer_state")

    def auth_fail():
        client[0] += g.num(1, 9)
        emit("E", f"[Client {client[0]}] pam_authenticate() returned 7 (Authentication failure)", "pam_failed")

    def restart():
        emit("I", "Scheduler shutting down normally.", "shutting_down")
        emit("I", "Saving job.cache...", "saving_cache")
        L.tick(2)
        emit("I", "Listening on 0.0.0.0:631 (IPv4)", "listening")
        emit("I", "Listening on [v1.::]:631 (IPv6)", "listening")
        emit("I", "Listening on /run/cups/cups.sock (Domain)", "listening")
        emit("I", "Using default TempDir of /var/spool/cups/tmp...", "tempdir")
        emit("I", "Configured for up to 100 clients.", "configured_clients")
        emit("I", "Allowing up to 100 client connections per host.", "allowing_per_host")
        emit("I", "Using policy \"default\" as the default.", "using_policy")
        emit("I", "Full reload is required.", "full_reload")
        emit("I", f"Loaded MIME database from \"/usr/share/cups/mime\" and \"/etc/cups\": {g.c([50, 51])} types, {g.c([88, 90])} filters.", "mime_loaded")
        emit("I", "Full reload complete.", "reload_complete")
        emit("I", "Cleaning out old files in \"/var/spool/cups/tmp\".", "cleaning_tmp")
    ev = [
        (30, submit), (29, finish), (5, ipp_err), (6, housekeeping), (1.5, resume), (2, auth_fail), (0.15, restart),
        (2, lambda: emit("W", f"[Job {job[0]}] Printer state reasons: {g.c(['media-empty-warning', 'toner-low-warning', 'cover-open-error', 'media-jam-error'])}", "state_reasons")),
        (1, lambda: emit("W", f"[CGI] Unable to connect to cupsd: {g.c(['No such file or directory', 'Connection refused'])}", "cgi_unable")),
    ]
    return L.run(ev, None)


# 16 --------------------------------------------------------------- Cisco IOS / IOS-XE switches logging to a central rsyslog (service timestamps log datetime msec localtime show-timezone, service sequence-numbers)
def log_cisco_ios(seed):
    L = Log("cisco_ios_syslog", seed, "noyear", True, True)
    g = L.g
    devs = {"10.0.0.2": "sw-core-1", "10.0.0.3": "sw-core-2", "10.0.1.11": "sw-acc-1", "10.0.1.12": "sw-acc-2", "10.0.1.13": "sw-acc-3"}
    seq = {d: g.num(1000, 90000) for d in devs}
    SEV = {0: "emergencies", 1: "alert", 2: "crit", 3: "err", 4: "warning", 5: "notice", 6: "info", 7: "debug"}
    admins = ["admin", "netops", "alice", "bob"]
    macs = [".".join(g.hx(4) for _ in range(3)) for _ in range(30)]
    port = lambda: f"GigabitEthernet1/0/{g.num(1, 48)}"
    sport = lambda: f"Gi1/0/{g.num(1, 48)}"
    sid = lambda: f"0A0001{g.HX(2)}0000{g.HX(4)}{g.HX(8)}"

    def emit(fac, sev, mn, msg, ev, dev=None):
        d = dev or g.c(list(devs))
        seq[d] += 1
        t = L.t
        L.emit(f"{syslog_ts(t)} {d} {seq[d]}: {syslog_ts(t)}.{ms3(t)} UTC: %{fac}-{sev}-{mn}: {msg}", ev, f"{sev}|{SEV[sev]}", fac)

    def flap():
        d = g.c(list(devs)[2:]); p = port()
        st = g.c(["down", "up"])
        emit("LINK", 3, "UPDOWN", f"Interface {p}, changed state to {st}", "link_updown", d)
        L.tick(1)
        emit("LINEPROTO", 5, "UPDOWN", f"Line protocol on Interface {p}, changed state to {st}", "lineproto_updown", d)

    def dot1x():
        d = g.c(list(devs)[2:]); m = g.c(macs); p = sport(); s = sid()
        meth = g.c(["dot1x", "dot1x", "mab"])
        emit("AUTHMGR", 5, "START", f"Starting '{meth}' for client ({m}) on Interface {p} AuditSessionID {s}", "authmgr_start", d)
        if meth == "dot1x" and g.r.random() < 0.25:
            emit("DOT1X", 5, "FAIL", f"Authentication failed for client ({m}) on Interface {p} AuditSessionID {s}", "dot1x_fail", d)
            emit("AUTHMGR", 7, "FAILOVER", f"Failing over from 'dot1x' for client ({m}) on Interface {p} AuditSessionID {s}", "authmgr_failover", d)
            emit("AUTHMGR", 5, "START", f"Starting 'mab' for client ({m}) on Interface {p} AuditSessionID {s}", "authmgr_start", d)
            meth = "mab"
        if meth == "mab":
            emit("MAB", 5, "SUCCESS", f"Authentication successful for client ({m}) on Interface {p} AuditSessionID {s}", "auth_success", d)
        else:
            emit("DOT1X", 5, "SUCCESS", f"Authentication successful for client ({m}) on Interface {p} AuditSessionID {s}", "auth_success", d)
        emit("AUTHMGR", 7, "RESULT", f"Authentication result 'success' from '{meth}' for client ({m}) on Interface {p} AuditSessionID {s}", "authmgr_result", d)
        emit("AUTHMGR", 5, "SUCCESS", f"Authorization succeeded for client ({m}) on Interface {p} AuditSessionID {s}", "authmgr_success", d)

    def ssh():
        d = g.c(list(devs)); ip = g.c(["10.0.9.5", "10.0.9.6", "10.0.9.21"]); u = g.c(admins); tty = g.num(0, 4)
        ci = "cipher 'aes256-ctr', hmac 'hmac-sha2-256'"
        emit("SSH", 5, "SSH2_SESSION", f"SSH2 Session request from {ip} (tty = {tty}) using crypto {ci} Succeeded", "ssh_session", d)
        emit("SSH", 5, "SSH2_USERAUTH", f"User '{u}' authentication for SSH2 Session from {ip} (tty = {tty}) using crypto {ci} Succeeded", "ssh_userauth", d)
        emit("SEC_LOGIN", 5, "LOGIN_SUCCESS", f"Login Success [user: {u}] [Source: {ip}] [localport: 22] at {L.t:%H:%M:%S} UTC {L.t:%a %b} {L.t.day} {L.t:%Y}", "login_success", d)
        if g.r.random() < 0.5:
            L.tick(60)
            emit("SYS", 5, "CONFIG_I", f"Configured from console by {u} on vty{tty} ({ip})", "config_i", d)
        L.tick(30)
        emit("SSH", 5, "SSH2_CLOSE", f"SSH2 Session from {ip} (tty = {tty}) for user '{u}' using crypto {ci} closed", "ssh_close", d)

    def login_fail():
        d = g.c(list(devs)); ip = g.ip("pub") if g.r.random() < 0.3 else g.ip()
        u = g.c(["admin", "cisco", "root", "test", "netops"])
        emit("SEC_LOGIN", 4, "LOGIN_FAILED", f"Login failed [user: {u}] [Source: {ip}] [localport: 22] [Reason: Login Authentication Failed] at {L.t:%H:%M:%S} UTC {L.t:%a %b} {L.t.day} {L.t:%Y}", "login_failed", d)

    def bpdu():
        d = g.c(list(devs)[2:]); p = sport()
        emit("SPANTREE", 2, "BLOCK_BPDUGUARD", f"Received BPDU on port {p} with BPDU Guard enabled. Disabling port.", "bpduguard", d)
        emit("PM", 4, "ERR_DISABLE", f"bpduguard error detected on {p}, putting {p} in err-disable state", "err_disable", d)

    def poe():
        d = g.c(list(devs)[2:]); p = sport()
        emit("ILPOWER", 7, "DETECT", f"Interface {p}: Power Device detected: {g.c(['IEEE PD', 'Cisco PD'])}", "poe_detect", d)
        emit("ILPOWER", 5, "POWER_GRANTED", f"Interface {p}: Power granted", "poe_granted", d)

    def ospf():
        nbr = g.c(["10.255.0.1", "10.255.0.5", "10.255.0.9"]); vl = g.c(["Vlan100", "Vlan101", "TenGigabitEthernet1/1/1"])
        d = g.c(["10.0.0.2", "10.0.0.3"])
        if g.r.random() < 0.5:
            emit("OSPF", 5, "ADJCHG", f"Process 1, Nbr {nbr} on {vl} from FULL to DOWN, Neighbor Down: Dead timer expired", "ospf_down", d)
        else:
            emit("OSPF", 5, "ADJCHG", f"Process 1, Nbr {nbr} on {vl} from LOADING to FULL, Loading Done", "ospf_full", d)
    ev = [
        (14, flap), (12, dot1x), (3, ssh), (5, login_fail), (0.8, bpdu), (2, poe), (1, ospf),
        (5, lambda: emit("SW_MATM", 4, "MACFLAP_NOTIF", f"Host {g.c(macs)} in vlan {g.c([10, 20, 30, 100])} is flapping between port {sport()} and port {sport()}", "macflap")),
        (1.5, lambda: emit("CDP", 4, "DUPLEX_MISMATCH", f"duplex mismatch discovered on {port()} (not half duplex), with {g.c(['sw-acc-2', 'AP-3F-07', 'printer-2F'])} {g.c(['GigabitEthernet0/1', 'GigabitEthernet0'])} (half duplex).", "duplex_mismatch")),
        (1, lambda: emit("SYS", 6, "LOGGINGHOST_STARTSTOP", f"Logging to host 10.0.9.50 port 514 {g.c(['started', 'stopped'])} - CLI initiated", "logginghost")),
        (1, lambda: emit("SYS", 4, "SNMP_WRITENET", f"SNMP WriteNet request. Writing current configuration to tftp://10.0.9.50/{g.c(list(devs.values()))}-confg", "snmp_writenet")),
        (0.5, lambda: emit("DHCP_SNOOPING", 5, "DHCP_SNOOPING_UNTRUSTED_PORT", f"DHCP_SNOOPING drop message on untrusted port, message type: DHCPOFFER, MAC sa: {g.c(macs)}", "dhcp_snooping")),
    ]
    return L.run(ev, None)


# 17 --------------------------------------------------------------- Source engine dedicated server (CS:GO srcds, HL log standard, mp_logdetail 3)
def log_srcds(seed):
    L = Log("srcds_csgo", seed, "full", False, False)
    g = L.g
    names = ["xX_Nova_Xx", "deckard", "kitsune42", "Lumen", "oldmanjenkins", "b0b", "Sgt. Pepper", "zer0cool", "mira", "TheWalrus", "pepega", "Ksenia"]
    players = {}
    uid = [g.num(2, 40)]
    weapons_t = ["ak47", "glock", "galilar", "mac10", "sg556", "deagle", "awp", "tec9"]
    weapons_ct = ["m4a1_silencer", "m4a1", "usp_silencer", "famas", "mp9", "deagle", "awp", "hkp2000"]
    hitgroups = ["head", "chest", "stomach", "left arm", "right arm", "left leg", "right leg", "generic"]
    maps = ["de_mirage", "de_inferno", "de_nuke", "de_ancient"]
    st = {"score": [0, 0]}

    def E(msg, ev):
        L.emit(f"L {L.t:%m/%d/%Y - %H:%M:%S}: {msg}", ev)

    def who(n, team=None):
        p = players[n]
        return f"\"{n}<{p['uid']}><{p['steam']}><{p['team'] if team is None else team}>\""

    def pos():
        return f"[{g.num(-2500, 2500)} {g.num(-2500, 2500)} {g.num(-300, 300)}]"

    def join():
        free = [n for n in names if n not in players]
        if not free or len(players) >= 10:
            return
        n = g.c(free)
        uid[0] += 1
        players[n] = {"uid": uid[0], "steam": f"[U:1:{g.num(10 ** 7, 10 ** 9)}]", "team": ""}
        ip = f"{g.ip('pub')}:{g.c([27005, 27005, g.port()])}"
        E(f"{who(n)} connected, address \"{ip}\"", "connected")
        E(f"{who(n)} STEAM USERID validated", "validated")
        L.tick(5)
        E(f"{who(n)} entered the game", "entered")
        cnt = [sum(1 for p in players.values() if p["team"] == t) for t in ("CT", "TERRORIST")]
        team = "CT" if cnt[0] <= cnt[1] else "TERRORIST"
        E(f"{who(n)} switched from team <Unassigned> to <{team}>", "switched_team")
        players[n]["team"] = team

    def leave():
        if len(players) < 6:
            return join()
        n = g.c(list(players))
        E(f"{who(n)} disconnected (reason \"{g.c(['Disconnect', 'Disconnect', 'Kicked by Console', 'Client timed out', 'Punting bot, server is hibernating'])}\")", "disconnected")
        del players[n]

    def rnd():
        if len(players) < 4:
            join(); join(); return
        E("World triggered \"Round_Start\"", "world_triggered")
        alive = {n: 100 for n in players}
        for n in players:
            p = players[n]
            money = g.num(800, 16000)
            for _ in range(g.num(0, 3)):
                item = g.c(weapons_t if p["team"] == "TERRORIST" else weapons_ct) if g.r.random() < 0.5 else g.c(["vesthelm", "vest", "flashbang", "smokegrenade", "hegrenade", "molotov" if p["team"] == "TERRORIST" else "incgrenade", "defuser"])
                cost = g.c([200, 300, 400, 650, 1000, 1800, 2700, 3100])
                E(f"{who(n)} money change {money}-{cost} = ${money - cost} (tracked) (purchase: weapon_{item})", "money_change")
                money -= cost
                E(f"{who(n)} purchased \"{item}\"", "purchased")
            inv = " ".join(g.r.sample(["weapon_knife", "weapon_glock" if p["team"] == "TERRORIST" else "weapon_usp_silencer", "weapon_" + g.c(weapons_t + weapons_ct), "kevlar(100)", "helmet", "weapon_flashbang"], g.num(2, 5)))
            E(f"{who(n)} left buyzone with [ {inv} ]", "left_buyzone")
        if any(p["team"] == "TERRORIST" for p in players.values()) and g.r.random() < 0.5:
            t = g.c([n for n in players if players[n]["team"] == "TERRORIST"])
            E(f"{who(t)} triggered \"Got_The_Bomb\"", "player_triggered")
        for _ in range(g.num(8, 30)):
            L.tick(1.5)
            live = [n for n, h in alive.items() if h > 0]
            ts = [n for n in live if players[n]["team"] == "TERRORIST"]; cts = [n for n in live if players[n]["team"] == "CT"]
            if not ts or not cts:
                break
            x = g.r.random()
            a, v = (g.c(ts), g.c(cts)) if g.r.random() < 0.5 else (g.c(cts), g.c(ts))
            wpn = g.c(weapons_t if players[a]["team"] == "TERRORIST" else weapons_ct)
            if x < 0.08:
                gr = g.c(["flashbang", "hegrenade", "smokegrenade", "molotov" if players[a]["team"] == "TERRORIST" else "incgrenade"])
                E(f"{who(a)} threw {gr} {pos()}" + (f" flashbang entindex {g.num(100, 600)})" if gr == "flashbang" else ""), "threw_flash" if gr == "flashbang" else "threw")
                continue
            if x < 0.12:
                E(f"{who(a)} say \"{g.c(['gg', 'nice', 'rush b', 'eco?', 'wp', 'lag', 'one b', 'save', 'drop pls', 'ns'])}\"", "say")
                continue
            if x < 0.14:
                E(f"{who(a)} say_team \"{g.c(['eco', 'force buy', 'stack A', 'rotate', 'he is low', 'last one mid'])}\"", "say_team")
                continue
            dmg = g.num(8, 120); hg = g.c(hitgroups)
            alive[v] = max(0, alive[v] - dmg)
            E(f"{who(a)} {pos()} attacked {who(v)} {pos()} with \"{wpn}\" (damage \"{dmg}\") (damage_armor \"{g.num(0, 20)}\") (health \"{alive[v]}\") (armor \"{g.num(0, 100)}\") (hitgroup \"{hg}\")", "attacked")
            if alive[v] == 0:
                extra = g.c(["", "", " (headshot)", " (penetrated)", " (headshot penetrated)"]) if hg == "head" else g.c(["", "", " (penetrated)"])
                evn = {"": "killed", " (headshot)": "killed_headshot", " (penetrated)": "killed_penetrated", " (headshot penetrated)": "killed_headshot_penetrated"}[extra]
                E(f"{who(a)} {pos()} killed {who(v)} {pos()} with \"{wpn}\"{extra}", evn)
                if g.r.random() < 0.3:
                    helper = g.c([n for n in players if players[n]["team"] == players[a]["team"] and n != a] or [a])
                    if helper != a:
                        E(f"{who(helper)} assisted killing {who(v)}", "assisted")
        win = g.c(["CT", "TERRORIST"])
        st["score"][0 if win == "CT" else 1] += 1
        reason = g.c(["SFUI_Notice_CTs_Win", "SFUI_Notice_Bomb_Defused", "SFUI_Notice_Target_Saved"]) if win == "CT" else g.c(["SFUI_Notice_Terrorists_Win", "SFUI_Notice_Target_Bombed"])
        E(f"Team \"{win}\" triggered \"{reason}\" (CT \"{st['score'][0]}\") (T \"{st['score'][1]}\")", "team_triggered")
        E(f"Team \"CT\" scored \"{st['score'][0]}\" with \"{sum(1 for p in players.values() if p['team'] == 'CT')}\" players", "team_scored")
        E(f"Team \"TERRORIST\" scored \"{st['score'][1]}\" with \"{sum(1 for p in players.values() if p['team'] == 'TERRORIST')}\" players", "team_scored")
        E("World triggered \"Round_End\"", "world_triggered")
        if sum(st["score"]) >= 16 or max(st["score"]) >= 13:
            E(f"Game Over: competitive mg_active {g.c(maps)} score {st['score'][0]}:{st['score'][1]} after {g.num(30, 60)} min", "game_over")
            new = g.c(maps)
            E("Log file closed", "log_closed")
            E(f"Log file started (file \"logs/L{g.ip('10').replace('.', '_')}_27015_{L.t:%Y%m%d%H%M}_000.log\") (game \"/home/steam/csgo/csgo\") (version \"8012\")", "log_started")
            E(f"Loading map \"{new}\"", "loading_map")
            E("server cvars start", "cvars_start")
            for k, v in [("mp_freezetime", "15"), ("mp_roundtime", "1.92"), ("mp_maxrounds", "30"), ("sv_cheats", "0"), ("mp_friendlyfire", "1")]:
                E(f"\"{k}\" = \"{v}\"", "cvar_value")
            E("server cvars end", "cvars_end")
            E(f"Started map \"{new}\" (CRC \"{g.num(-2 ** 31, 2 ** 31)}\")", "started_map")
            E(f"World triggered \"Match_Start\" on \"{new}\"", "match_start")
            st["score"] = [0, 0]
        L.tick(7)

    def rcon():
        cmd = g.c(["status", "users", "mp_restartgame 1", "changelevel de_nuke", 'sv_password ""', "kick " + g.c(names)])
        E(f"rcon from \"10.0.9.{g.num(2, 40)}:{g.port()}\": command \"{cmd}\"", "rcon")
    for _ in range(6):
        join()
    E("World triggered \"Match_Start\" on \"de_mirage\"", "match_start")
    ev = [(10, rnd), (1.5, join), (1.2, leave), (0.6, rcon)]
    return L.run(ev, None)


# 18 --------------------------------------------------------------- dpkg.log (Debian 12: unattended-upgrades, admins' apt runs)
def log_dpkg(seed):
    L = Log("dpkg_log", seed, "full", False, False)
    g = L.g
    pkgs = {"libssl3:amd64": "3.0.11-1~deb12u1", "openssl:amd64": "3.0.11-1~deb12u1", "libc6:amd64": "2.36-9+deb12u3", "libc-bin:amd64": "2.36-9+deb12u3",
            "linux-image-6.1.0-17-amd64:amd64": "6.1.69-1", "tzdata:all": "2024a-0+deb12u1", "curl:amd64": "7.88.1-10+deb12u4", "libcurl4:amd64": "7.88.1-10+deb12u4",
            "nginx:amd64": "1.22.1-9", "nginx-common:all": "1.22.1-9", "postgresql-15:amd64": "15.5-0+deb12u1", "python3.11:amd64": "3.11.2-6", "libpython3.11-stdlib:amd64": "3.11.2-6",
            "openssh-server:amd64": "1:9.2p1-2+deb12u1", "openssh-client:amd64": "1:9.2p1-2+deb12u1", "systemd:amd64": "252.19-1~deb12u1", "libsystemd0:amd64": "252.19-1~deb12u1",
            "git:amd64": "1:2.39.2-1.1", "vim:amd64": "2:9.0.1378-2", "docker-ce:amd64": "5:24.0.7-1~debian.12~bookworm", "containerd.io:amd64": "1.6.26-1",
            "intel-microcode:amd64": "3.20231114.1~deb12u1", "libexpat1:amd64": "2.5.0-1", "ca-certificates:all": "20230311"}
    optional = {"htop:amd64": "3.2.2-2", "jq:amd64": "1.6-2.1", "tcpdump:amd64": "4.99.3-1", "iotop:amd64": "0.6-42-ga14256a-0.1+b2", "strace:amd64": "6.1-0.1",
                "libjq1:amd64": "1.6-2.1", "libonig5:amd64": "6.9.8-1", "ncdu:amd64": "1.18-0.2", "nmap:amd64": "7.93+dfsg1-1", "nmap-common:all": "7.93+dfsg1-1"}
    installed = dict(pkgs)
    triggers = ["libc-bin:amd64", "man-db:amd64", "systemd:amd64", "initramfs-tools:all", "mailcap:all", "dbus:amd64", "ca-certificates:all"]
    trig_ver = {"man-db:amd64": "2.11.2-2", "initramfs-tools:all": "0.142", "mailcap:all": "3.70+nmu1", "dbus:amd64": "1.14.10-1~deb12u1"}

    def E(msg, ev):
        L.emit(f"{L.t:%Y-%m-%d %H:%M:%S} {msg}", ev)

    def ver_of(p):
        return installed.get(p) or trig_ver.get(p) or pkgs.get(p)

    def bump(v):
        if "deb12u" in v:
            head, n = v.rsplit("deb12u", 1)
            try:
                return f"{head}deb12u{int(n) + 1}"
            except ValueError:
                return v + "+1"
        return v + "+deb12u1"

    def status(state, p, v):
        E(f"status {state} {p} {v}", "status")

    def trig(ps):
        for t in g.r.sample(triggers, g.num(1, 3)):
            status("triggers-pending", t, ver_of(t))
        return ps

    def session():
        kind = g.c(["upgrade", "upgrade", "upgrade", "install", "remove", "purge"])
        if kind in ("upgrade", "install"):
            E("startup archives unpack", "startup")
        else:
            E(f"startup packages {kind}", "startup")
        if kind == "upgrade":
            chosen = g.r.sample(list(pkgs), g.num(1, 5))
            news = {}
            for p in chosen:
                old = installed[p]; new = bump(old)
                news[p] = new
                E(f"upgrade {p} {old} {new}", "upgrade")
                status("half-configured", p, old)
                status("unpacked", p, old)
                status("half-installed", p, old)
                if g.r.random() < 0.3:
                    trig([p])
                status("unpacked", p, new)
                L.tick(0.5)
            E("startup packages configure", "startup")
            for p in chosen:
                E(f"configure {p} {news[p]} <none>", "configure")
                status("unpacked", p, news[p])
                if p.startswith("nginx-common") or p.startswith("openssh-server"):
                    E(f"conffile /etc/{p.split('-')[0].split(':')[0]}/{'nginx.conf' if 'nginx' in p else 'sshd_config'} keep", "conffile")
                status("half-configured", p, news[p])
                status("installed", p, news[p])
                installed[p] = news[p]
            for t in g.r.sample(triggers, g.num(1, 3)):
                E(f"trigproc {t} {ver_of(t)} <none>", "trigproc")
                status("half-configured", t, ver_of(t))
                status("installed", t, ver_of(t))
        elif kind == "install":
            cands = [p for p in optional if p not in installed]
            if not cands:
                return
            chosen = g.r.sample(cands, min(len(cands), g.num(1, 3)))
            for p in chosen:
                v = optional[p]
                E(f"install {p} <none> {v}", "install")
                status("half-installed", p, v)
                status("unpacked", p, v)
            E("startup packages configure", "startup")
            for p in chosen:
                v = optional[p]
                E(f"configure {p} {v} <none>", "configure")
                status("unpacked", p, v)
                status("half-configured", p, v)
                status("installed", p, v)
                installed[p] = v
            for t in g.r.sample(triggers[:2], 1):
                E(f"trigproc {t} {ver_of(t)} <none>", "trigproc")
                status("half-configured", t, ver_of(t))
                status("installed", t, ver_of(t))
        else:
            cands = [p for p in installed if p in optional]
            if not cands:
                return
            for p in g.r.sample(cands, min(len(cands), g.num(1, 2))):
                v = installed.pop(p)
                E(f"remove {p} {v} <none>", "remove")
                status("half-configured", p, v)
                status("half-installed", p, v)
                status("config-files", p, v)
                if kind == "purge":
                    E(f"purge {p} {v} <none>", "purge")
                    status("config-files", p, v)
                    status("not-installed", p, "<none>")
                else:
                    status("config-files", p, v)
            E(f"trigproc man-db:amd64 {trig_ver['man-db:amd64']} <none>", "trigproc")
            status("half-configured", "man-db:amd64", trig_ver["man-db:amd64"])
            status("installed", "man-db:amd64", trig_ver["man-db:amd64"])

    while len(L.rows) < N_LINES:
        L.tick(3600 * 3)
        session()
    del L.rows[N_LINES:]
    return L


# 19 --------------------------------------------------------------- ASP.NET Core 8 service, Serilog console sink with the default template "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}"
def log_serilog(seed):
    L = Log("serilog_console", seed, "tod", True, False)
    g = L.g

    def E(lv, msg, ev):
        L.emit(f"[{L.t:%H:%M:%S} {lv}] {msg}", ev, lv)

    def cont(text, ev, lv):
        L.emit(text, ev, lv)

    def startup():
        E("INF", "Starting Shop.Api 3.14.2 on Kestrel (Production)", "app_starting")
        E("INF", "Now listening on: http://[::]:8080", "now_listening")
        E("INF", "Application started. Press Ctrl+C to shut down.", "app_started")
        E("INF", "Hosting environment: Production", "hosting_env")
        E("INF", "Content root path: /app", "content_root")

    queries = [
        ("[Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
         ["SELECT o.\"Id\", o.\"CreatedAt\", o.\"CustomerId\", o.\"Status\", o.\"Total\"", "FROM \"Orders\" AS o", "WHERE o.\"Id\" = @__id_0", "LIMIT 1"]),
        ("[Parameters=[@__customerId_0='?' (DbType = Int32), @__p_1='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
         ["SELECT o.\"Id\", o.\"CreatedAt\", o.\"Status\", o.\"Total\"", "FROM \"Orders\" AS o", "WHERE o.\"CustomerId\" = @__customerId_0", "ORDER BY o.\"CreatedAt\" DESC", "LIMIT @__p_1"]),
        ("[Parameters=[@p0='?' (DbType = DateTime), @p1='?' (DbType = Int32), @p2='?', @p3='?' (DbType = Decimal)], CommandType='Text', CommandTimeout='30']",
         ["INSERT INTO \"Orders\" (\"CreatedAt\", \"CustomerId\", \"Status\", \"Total\")", "VALUES (@p0, @p1, @p2, @p3)", "RETURNING \"Id\";"]),
        ("[Parameters=[@__sku_0='?'], CommandType='Text', CommandTimeout='30']",
         ["SELECT p.\"Id\", p.\"Name\", p.\"Price\", p.\"Sku\", p.\"Stock\"", "FROM \"Products\" AS p", "WHERE p.\"Sku\" = @__sku_0", "LIMIT 2"]),
    ]

    def request():
        p = g.c([f"/api/orders/{g.num(1000, 99999)}", "/api/orders", f"/api/customers/{g.num(1, 9999)}/orders", f"/api/products/SKU-{g.num(1000, 9999)}", "/healthz", "/metrics"])
        m = "POST" if p == "/api/orders" and g.r.random() < 0.6 else "GET"
        if not p.startswith(("/healthz", "/metrics")) and g.r.random() < 0.45:
            params, sql = g.c(queries)
            E("INF", f"Executed DbCommand ({g.num(0, 90)}ms) {params}", "executed_dbcommand")
            for s in sql:
                cont(s, "sql_line", "INF")
        if m == "POST" and g.r.random() < 0.7:
            E("INF", f"Order {g.num(10000, 99999)} placed by {g.user()} with {g.num(1, 9)} items, total {g.f(5, 900, 2)} EUR", "order_placed")
        code = g.c([200] * 8 + [404, 400, 201])
        E("INF", f"HTTP {m} {p} responded {code} in {g.f(0.2, 400, 4)} ms", "http_responded")

    def slow_payment():
        o = g.num(10000, 99999)
        E("WRN", f"Execution attempt. Source: 'PaymentClient-standard//Standard-Retry', Operation Key: '', Result: '{g.c([502, 503, 'System.Net.Http.HttpRequestException'])}', Handled: 'True', Attempt: '{g.num(0, 3)}', Execution Time: {g.f(10, 9000, 4)}ms", "polly_attempt")
        if g.r.random() < 0.3:
            E("ERR", f"HTTP POST /api/payments responded 500 in {g.f(100, 9000, 4)} ms", "http_responded")
            cont(f"System.Net.Http.HttpRequestException: Response status code does not indicate success: {g.c([502, 503])} ({g.c(['Bad Gateway', 'Service Unavailable'])}).", "exc_http", "ERR")
            for fr in ["   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                       f"   at Shop.Payments.PaymentClient.ChargeAsync(Int32 orderId, Decimal amount, CancellationToken ct) in /src/Shop.Payments/PaymentClient.cs:line {g.c([57, 61])}",
                       "   at Shop.Api.Controllers.PaymentsController.Post(PaymentRequest request, CancellationToken ct) in /src/Shop.Api/Controllers/PaymentsController.cs:line 41",
                       "   at lambda_method42(Closure, Object)",
                       "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
                       "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)",
                       "   at Serilog.AspNetCore.RequestLoggingMiddleware.Invoke(HttpContext httpContext)"]:
                cont(fr, "exc_frame", "ERR")
        else:
            E("INF", f"Payment for order {o} captured after retry", "payment_captured")

    def db_err():
        E("ERR", "An exception occurred while iterating over the results of a query for context type 'Shop.Data.ShopDbContext'.", "ef_iter_error")
        rows = ["Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
                " ---> System.TimeoutException: Timeout during reading attempt",
                "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)",
                "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
                "   --- End of inner exception stack trace ---",
                "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
                "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()"]
        evs = ["exc_npgsql", "exc_inner", "exc_frame", "exc_frame", "exc_end_inner", "exc_frame", "exc_frame"]
        for r, ev in zip(rows, evs):
            cont(r, ev, "ERR")
        E("ERR", f"HTTP GET /api/customers/{g.num(1, 9999)}/orders responded 500 in {g.f(30000, 31000, 4)} ms", "http_responded")

    def consumer():
        q = g.c(["orders-events", "inventory-events"])
        n = g.num(1, 50)
        E("INF", f"Processing batch of {n} messages from {q}", "batch_processing")
        if g.r.random() < 0.1:
            E("WRN", f"Message {g.uuid()} from {q} moved to dead-letter queue after {g.c([3, 5])} attempts: {g.c(['Unknown product SKU', 'Schema validation failed'])}", "dead_letter")
        E("INF", f"Batch of {n} messages from {q} done in {g.num(2, 900)} ms", "batch_done")

    startup()
    ev = [
        (30, request), (4, slow_payment), (0.5, db_err), (8, consumer),
        (2, lambda: E("WRN", f"Slow cache lookup for key {g.c(['product:', 'cart:', 'session:'])}{g.num(1, 99999)} took {g.num(200, 3000)} ms", "slow_cache")),
        (1, lambda: E("INF", f"Health check {g.c(['npgsql', 'redis', 'rabbitmq'])} completed with status {g.c(['Healthy', 'Healthy', 'Healthy', 'Degraded', 'Unhealthy'])}", "health_check")),
        (0.7, lambda: E("WRN", f"JWT validation failed for request {g.alnum(13, string.ascii_uppercase + string.digits)}:00000{g.num(1, 9):03d}: {g.c(['IDX10223: Lifetime validation failed. The token is expired.', 'IDX10503: Signature validation failed.'])}", "jwt_failed")),
        (0.3, lambda: E("ERR", f"Failed to publish OrderPlaced event for order {g.num(10000, 99999)}: {g.c(['None of the specified endpoints were reachable', 'The AMQP operation was interrupted'])}", "publish_failed")),
    ]
    return L.run(ev, None)


# 20 --------------------------------------------------------------- VMware ESXi 7.0 U3 /var/log/vmkernel.log
def log_esxi(seed):
    L = Log("esxi_vmkernel", seed, "full", True, True)
    g = L.g
    worlds = [g.num(2097152, 2100000) for _ in range(40)]
    naa = [f"naa.6{g.hx(31)}" for _ in range(6)]
    sata = "t10.ATA_____Samsung_SSD_870_EVO_1TB_________________S6PTNZ0R" + g.HX(6) + "_____"
    vms = ["web-01", "web-02", "db-01", "vcsa", "dc-01", "jump-01", "build-03"]
    vmhba = ["vmhba64:C0:T1:L0", "vmhba64:C0:T2:L1", "vmhba65:C0:T1:L0", "vmhba65:C0:T2:L1"]

    def emit(mod, msg, ev, lv=None, world=None):
        t = L.t
        w = world or g.c(worlds)
        pre = f"{lv}: " if lv else ""
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z cpu{g.num(0, 31)}:{w}){pre}{mod}: {msg}", ev, lv, mod)

    def smart():
        w = g.c(worlds)
        emit("ScsiDeviceIO", f"4325: Cmd(0x45b8{g.hx(8)}) 0x85, CmdSN 0x{g.hx(g.c([3, 4, 5]))} from world {w} to dev \"{sata}\" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x5 0x20 0x0.", "scsi_cmd_failed")
        if g.r.random() < 0.5:
            emit("ScsiDeviceIO", f"4325: Cmd(0x45b8{g.hx(8)}) 0x4d, CmdSN 0x{g.hx(g.c([3, 4, 5]))} from world {w} to dev \"{sata}\" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x5 0x20 0x0.", "scsi_cmd_failed")

    def nmp_throttle():
        w = g.c(worlds); d = g.c(naa); p = g.c(vmhba)
        op = g.c(["0x2a", "0x28", "0x89", "0x1a"])
        emit("NMP", f"nmp_ThrottleLogForDevice:3867: Cmd {op} (0x45b8{g.hx(8)}, {w}) to dev \"{d}\" on path \"{p}\" Failed:", "nmp_cmd_failed", world=w)
        emit("NMP", f"nmp_ThrottleLogForDevice:3875: H:0x0 D:0x2 P:0x0 Valid sense data: 0x6 0x29 0x0. Act:NONE. cmdId.initiator=0x43{g.hx(8)} CmdSN 0x{g.hx(5)}", "nmp_sense", world=w)
        emit("ScsiDeviceIO", f"4277: Cmd(0x45b8{g.hx(8)}) {op}, CmdSN 0x{g.hx(5)} from world {w} to dev \"{d}\" failed H:0x0 D:0x2 P:0x0 Valid sense data: 0x6 0x29 0x0.", "scsi_cmd_failed", world=w)

    def fast_probe():
        d = g.c(naa)
        emit("NMP", f"nmp_DeviceRequestFastDeviceProbe:237: NMP device \"{d}\" state in doubt; requested fast path state update...", "fast_probe", "WARNING")

    def opid():
        emit("World", f"12458: VC opID {g.c(['esxui-' + g.hx(4) + '-' + g.hx(4), 'lro-' + str(g.num(10 ** 5, 10 ** 6)) + '-' + g.hx(8) + '-01-' + g.hx(2), g.hx(8) + '-' + g.hx(4)])} maps to vmkernel opID {g.hx(8)}", "opid_maps")

    def hb():
        ds = g.c(["datastore1", "SAN-VMFS-01", "SAN-VMFS-02"])
        off = g.c([3211264, 3145728, 3801088])
        emit("HBX", f"3047: '{ds}': HB at offset {off} - Waiting for timed out HB:", "hb_waiting")
        L.emit(f"  [HB state abcdef02 offset {off} gen {g.num(10, 90)} stampUS {g.num(10 ** 9, 10 ** 11)} uuid {g.hx(8)}-{g.hx(8)}-{g.hx(4)}-{g.hx(12)} jrnl <FB {g.num(1, 9000)}> drv 24.82 lockImpl 4 ip 10.0.20.{g.num(11, 16)}]",
               "hb_state", None, "HBX")

    def vscsi_reset():
        vm = g.c(vms); h = g.num(8192, 8300); fss = g.num(10 ** 6, 10 ** 8)
        emit("VSCSI", f"2612: handle {h}(vscsi0:{g.num(0, 2)}):Reset request on FSS handle {fss} ({g.num(0, 9)} outstanding commands) from (vmm0:{vm})", "vscsi_reset_req")
        emit("VSCSI", f"3042: handle {h}(vscsi0:0):Completing reset ({g.num(0, 3)} outstanding commands)", "vscsi_completing")
        emit("VSCSI", f"2890: handle {h}(vscsi0:0):Reset [Retries: 0/0] from (vmm0:{vm})", "vscsi_reset_retries")

    def link():
        nic = g.c(["vmnic2", "vmnic3"])
        st = g.c(["down", "up"])
        if st == "down":
            emit("netschedHClk", f"NetSchedHClkNotify:2908: {nic}: link down notification received", "link_down_notif")
            emit("nmlx5_core", f"{g.c(['0000:3b:00.0', '0000:3b:00.1'])}: nmlx5_core_UplinkLinkStateChange - (nmlx5_core_main.c:1520) Link {nic} down", "nmlx5_link")
        else:
            emit("netschedHClk", f"NetSchedHClkNotify:2900: {nic}: link up event received, device running at {g.c([10000, 25000])} Mbps so setting queue depth to {g.num(40000, 90000)} bytes with expected {g.num(1000, 9000)} bytes/us", "link_up_notif")
            emit("nmlx5_core", f"{g.c(['0000:3b:00.0', '0000:3b:00.1'])}: nmlx5_core_UplinkLinkStateChange - (nmlx5_core_main.c:1520) Link {nic} up", "nmlx5_link")

    ev = [
        (16, smart), (6, nmp_throttle), (3, fast_probe), (20, opid), (1.5, hb), (1.5, vscsi_reset), (1, link),
        (4, lambda: emit("Config", f"703: \"{g.c(['SIOControlFlag2', 'SIOControlLoglevel'])}\" = {g.num(0, 2)}, Old Value: {g.num(0, 2)}, (Status: 0x0)", "config_value")),
        (2.5, lambda: emit("FSS", f"6092: No FS driver claimed device '{g.c(['mpx.vmhba32:C0:T0:L0', 'control'])}': No filesystem on the device", "no_fs_driver")),
        (2, lambda: emit("Vol3", f"{g.c([2687, 1201])}: Could not open device '{g.c(['mpx.vmhba32:C0:T0:L0:1', 'naa.' + g.hx(8) + ':1'])}' for probing: Permission denied", "vol3_open")),
        (1.2, lambda: emit("LinScsi", f"SCSILinuxAbortCommands:1909: Failed, Driver {g.c(['usb-storage', 'vmw_ahci'])}, for {g.c(['vmhba32', 'vmhba0'])}", "abort_failed", "WARNING")),
        (0.8, lambda: emit("Tcpip_Vmk", f"VmkTcpipCheckArpEntry:1288: Dropped duplicate ARP reply from 10.0.20.{g.num(1, 254)}", "arp_dup")),
        (0.6, lambda: emit("VisorFSRam", f"234: Cannot extend visorfs file /var/run/log/{g.c(['hostd.log', 'vpxa.log'])} because its ramdisk (root) is full.", "ramdisk_full", "WARNING")),
        (0.5, lambda: emit("Heap", f"3605: Heap {g.c(['vmkernel-pt', 'Vcpu-Heap', 'nfsclient'])} already at its maximum size. Cannot expand.", "heap_max", "WARNING")),
        (0.3, lambda: emit("vmw_ahci", f"[vmhba0:CH:{g.num(0, 5)}] Port reset ...", "ahci_reset")),
    ]
    return L.run(ev, None)


LOGS = [log_postgres, log_mysql, log_mongodb, log_redis, log_elasticsearch, log_kafka, log_nginx_error, log_tomcat, log_journal, log_compose,
        log_terraform, log_jenkins, log_chirpstack, log_celery, log_cups, log_cisco_ios, log_srcds, log_dpkg, log_serilog, log_esxi]


if __name__ == "__main__":
    main(LOGS, WORK)
