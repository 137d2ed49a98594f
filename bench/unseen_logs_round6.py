#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""Made-up logs of systems LogSleuth was not designed on, each 2,000 lines with the true event and
header fields of every line, invented here (no public data set): the sixth round, 20 logs,
written 2026-12-05 by a helper that did not read LogSleuth's code; as found: 0.558.
The harness (unseen_logs_harness.py) runs `logsleuth-cli templates` and `formats` on each and
prints grouping accuracy, events against templates, the learned format and how many lines had
their time, level and component read, and read right.

Lines without a header of their own (stack frames, traceback lines, continuation lines, the
original log line quoted inside an alert, metadata under a stream) carry the time, level and
component of the record they belong to.

usage: unseen_logs_round6.py [--only NAME[,NAME]] [--detail] [--list] [--seed N]
  LOGSLEUTH_CLI        the CLI (default build/root/bin/logsleuth-cli)
  LOGSLEUTH_RUN        a prefix that runs it (default: bare when it runs here, else "<repo>/dev exec")
  LOGSLEUTH_BENCH_WORK where the logs are written (default /tmp/logsleuth-bench/unseen-round6)
"""
import datetime as dt
import json
import os
import string

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("LOGSLEUTH_BENCH_WORK", "/tmp/logsleuth-bench/unseen-round6")
from unseen_logs_harness import Log, main, N_LINES, UTC, T0, syslog_ts, ms3, B62  # noqa: E402


def ctime(t):
    """C's ctime() without the newline: "Tue Dec  1 10:00:00 2026"."""
    return f"{t:%a %b} {t.day:>2} {t:%H:%M:%S %Y}"


# 1 ---------------------------------------------------------------- Apache httpd 2.4.58 (Ubuntu 24.04) error.log, event MPM, PHP-FPM behind mod_proxy_fcgi
def log_apache_error(seed):
    L = Log("apache_httpd_error", seed, "full", True, True)
    g = L.g
    st = {"parent": g.num(900, 1900), "ptid": g.num(139_700_000_000_000, 139_999_999_999_999)}
    kids = {}

    def respawn():
        kids.clear()
        for _ in range(g.num(3, 5)):
            kids[g.num(2000, 90000)] = [g.num(139_700_000_000_000, 139_999_999_999_999) for _ in range(g.num(3, 8))]

    respawn()
    bots = [g.ip("pub") for _ in range(14)]
    users = [g.ip("pub") for _ in range(40)]
    site = "/var/www/shop/public"
    pages = ["index.php", "product.php", "cart.php", "checkout.php", "search.php", "account/orders.php", "category.php"]

    def H(mod, lv, pid, tid, msg, client, ref, err):
        t = L.t
        c = f"[client {client}:{g.port()}] " if client else ""
        r = f", referer: {ref}" if ref else ""
        e = f"{err}: " if err else ""
        return f"[{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}] [{mod}:{lv}] [pid {pid}:tid {tid}] {e}{c}{msg}{r}"

    def emit(mod, lv, msg, ev, client=None, ref=None, parent=False, err=None):
        if parent:
            pid, tid = st["parent"], st["ptid"]
        else:
            pid = g.c(list(kids))
            tid = g.c(kids[pid])
        L.emit(H(mod, lv, pid, tid, msg, client, ref, err), ev, lv, mod)

    def referer():
        return g.c([None, None, f"https://shop.example.com/{g.c(pages)}", f"https://shop.example.com/category.php?id={g.num(1, 90)}", "https://www.google.com/"])

    def php(msg, ev):
        emit("proxy_fcgi", "error", f"AH01071: Got error 'PHP message: {msg}'", ev, g.c(users), referer())

    def undefined_key():
        php(f"PHP Warning:  Undefined array key \"{g.c(['id', 'page', 'sort', 'qty', 'coupon', 'utm_source', 'lang'])}\" in {site}/{g.c(pages)} on line {g.num(12, 400)}", "php_undefined_key")

    def undefined_var():
        php(f"PHP Warning:  Undefined variable ${g.c(['total', 'user', 'discount', 'row', 'shipping'])} in {site}/{g.c(pages)} on line {g.num(12, 400)}", "php_undefined_var")

    def deprecated():
        fn = g.c([("strlen", "$string", "string"), ("htmlspecialchars", "$string", "string"), ("trim", "$string", "string"), ("str_replace", "$subject", "array|string")])
        php(f"PHP Deprecated:  {fn[0]}(): Passing null to parameter #{g.c([1, 1, 3])} ({fn[1]}) of type {fn[2]} is deprecated in /var/www/shop/src/{g.c(['View/Helper.php', 'Cart.php', 'Search/Query.php'])} on line {g.num(12, 300)}", "php_deprecated_null")

    def fatal_pdo():
        line = g.c([31, 31, 44])
        php(f"PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/shop/src/Db.php:{line}\\nStack trace:\\n#0 /var/www/shop/src/Db.php({line}): PDO->__construct()\\n"
            f"#1 {site}/{g.c(pages)}({g.num(5, 20)}): Shop\\\\Db::connect()\\n#2 {{main}}\\n  thrown in /var/www/shop/src/Db.php on line {line}", "php_fatal_pdo")

    def fopen_fail():
        php(f"PHP Warning:  file_get_contents(https://rates.example.net/v1/latest?base=EUR): Failed to open stream: HTTP request failed! HTTP/1.1 {g.c(['503 Service Unavailable', '504 Gateway Time-out', '429 Too Many Requests'])}\\r\\n in /var/www/shop/src/Currency.php on line {g.c([58, 58, 71])}", "php_fopen_failed")

    def memory():
        php(f"PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {g.num(20000, 9000000)} bytes) in /var/www/shop/src/{g.c(['Export/Csv.php', 'Report/Sales.php'])} on line {g.num(40, 200)}", "php_memory_exhausted")

    BOT_PATHS = ["wp-login.php", "xmlrpc.php", "wp-admin/setup-config.php", "phpmyadmin/index.php", "admin/config.php", "vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "shell.php", "info.php", "wp-content/plugins/wp-file-manager/readme.txt"]
    STATIC = ["favicon.ico", "apple-touch-icon.png", "apple-touch-icon-precomposed.png", "robots.txt", "sitemap.xml", "ads.txt", ".well-known/security.txt", "assets/img/logo@2x.png", "assets/js/app.min.js.map"]

    def not_found():
        if g.r.random() < 0.45:
            p = g.c(BOT_PATHS)
            if p.endswith(".php"):
                emit("proxy_fcgi", "error", "AH01071: Got error 'Primary script unknown'", "fcgi_primary_script_unknown", g.c(bots))
                return
            emit("core", "info", f"AH00128: File does not exist: {site}/{p}", "file_does_not_exist", g.c(bots))
        else:
            emit("core", "info", f"AH00128: File does not exist: {site}/{g.c(STATIC)}", "file_does_not_exist", g.c(users), referer())

    def denied():
        emit("authz_core", "error", f"AH01630: client denied by server configuration: {site}/{g.c(['.env', '.git/config', '.git/HEAD', '.htaccess', 'config/.env.bak', '.DS_Store'])}", "client_denied", g.c(bots))

    def dirindex():
        emit("autoindex", "error", f"AH01276: Cannot serve directory {site}/{g.c(['assets/', 'assets/img/', 'uploads/', 'uploads/2026/11/', 'vendor/'])}: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive",
             "dir_index_forbidden", g.c(bots + users))

    def reqtimeout():
        emit("reqtimeout", "info", "AH01382: Request header read timeout", "request_header_timeout", g.c(bots + users))

    def fpm_down():
        c = g.c(users)
        emit("proxy", "error", "AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.3-fpm.sock (localhost:8000) failed", "fcgi_uds_connect_failed", c, err="(111)Connection refused")
        emit("proxy_fcgi", "error", "AH01079: failed to make connection to backend: httpd-UDS", "fcgi_backend_connect_failed", c)

    def fcgi_timeout():
        emit("proxy_fcgi", "error", "AH01075: Error dispatching request to : (polling)", "fcgi_dispatch_polling", g.c(users), referer(), err="(70007)The timeout specified has expired")

    def traversal():
        c = g.c(bots)
        if g.r.random() < 0.5:
            emit("core", "error", f"AH10244: invalid URI path ({g.c(['/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh', '/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/bin/sh'])})", "invalid_uri_path", c)
        else:
            emit("core", "error", f"AH00126: Invalid URI in request {g.c(['GET', 'POST'])} {g.c(['/../../../../etc/passwd', '/..%2f..%2f..%2fwindows/win.ini', '/.%2e/.%2e/etc/hosts'])} HTTP/1.1", "invalid_uri_request", c)

    def basic_auth():
        c = g.c(bots + users[:3])
        if g.r.random() < 0.6:
            emit("auth_basic", "error", f"AH01617: user {g.c(['admin', 'shopadmin', 'ops'])}: authentication failure for \"/admin/\": Password Mismatch", "basic_auth_mismatch", c)
        else:
            emit("auth_basic", "error", f"AH01618: user {g.c(['root', 'test', 'administrator', 'guest', 'user'])} not found: /admin/", "basic_auth_user_not_found", c)

    def sni():
        emit("ssl", "error", f"AH02032: Hostname {g.c(['www.example-shop.com', 'shop.example.org', 'localhost'])} provided via SNI and hostname shop.example.com provided via HTTP have no compatible SSL setup", "sni_mismatch", g.c(bots))

    def symlink():
        emit("core", "error", f"AH00037: Symbolic link not allowed or link target not accessible: {site}/media/{g.c(['current', 'latest', 'catalog'])}", "symlink_not_allowed", g.c(users), referer())

    def maxworkers():
        emit("mpm_event", "error", "AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting", "max_request_workers", parent=True)

    def segv():
        pid = g.c(list(kids))
        emit("core", "notice", f"AH00052: child pid {pid} exit signal Segmentation fault (11)", "child_segfault", parent=True)
        tids = kids.pop(pid)
        kids[g.num(2000, 90000)] = tids

    def graceful():
        emit("mpm_event", "notice", "AH00493: SIGUSR1 received.  Doing graceful restart", "graceful_restart", parent=True)
        L.tick(0.2)
        emit("ssl", "warn", "AH01909: shop.example.com:443:0 server certificate does NOT include an ID which matches the server name", "cert_name_mismatch", parent=True)
        emit("mpm_event", "notice", "AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations", "configured_resuming", parent=True)
        emit("core", "notice", "AH00094: Command line: '/usr/sbin/apache2'", "command_line", parent=True)
        respawn()

    ev = [(22, undefined_key), (9, undefined_var), (8, deprecated), (0.8, fatal_pdo), (2.5, fopen_fail), (0.5, memory), (25, not_found), (7, denied), (2, dirindex),
          (4, reqtimeout), (0.7, fpm_down), (1.5, fcgi_timeout), (2, traversal), (2.5, basic_auth), (1.2, sni), (0.6, symlink), (0.15, maxworkers), (0.15, segv), (0.12, graceful)]
    graceful()
    return L.run(ev, None)

# 2 ---------------------------------------------------------------- Neo4j 5.24 Community, logs/debug.log
def log_neo4j(seed):
    L = Log("neo4j_debug", seed, "full", True, True)
    g = L.g
    dbid = {"neo4j": g.hx(8), "system": "00000000"}
    st = {"tx": g.num(900_000, 2_000_000), "logv": g.num(20, 80), "ckpt_v": 0, "bolt": g.num(10, 60)}
    st["ckpt_v"] = st["logv"]
    clients = [g.ip() for _ in range(10)]

    def emit(lv, logger, msg, ev, db="neo4j"):
        t = L.t
        tag = f"[{db}/{dbid[db]}] " if db else ""
        L.emit(f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)}+0000 {lv:<5} [{logger}] {tag}{msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def startup():
        d = "o.n.k.i.d.DiagnosticsManager"
        for text, ev in [("System diagnostics", "diag_title"), ("-" * 100, "diag_rule"), ("[ System memory information ]", "diag_section"),
                         ("Total Physical memory: 31.26GiB", "diag_total_memory"), ("Free Physical memory: 18.02GiB", "diag_free_memory"),
                         ("Committed virtual memory: 12.41GiB", "diag_committed"), ("Total swap space: 4.00GiB", "diag_swap"), ("Free swap space: 4.00GiB", "diag_free_swap"),
                         ("", "diag_blank"), ("[ JVM memory information ]", "diag_section"), ("Free  memory: 7.61GiB", "diag_jvm_free"), ("Total memory: 8.00GiB", "diag_jvm_total"),
                         ("Max   memory: 8.00GiB", "diag_jvm_max"), ("Garbage Collector: G1 Young Generation: [G1 Eden Space, G1 Survivor Space, G1 Old Gen]", "diag_gc"),
                         ("Garbage Collector: G1 Old Generation: [G1 Eden Space, G1 Survivor Space, G1 Old Gen]", "diag_gc"),
                         ("Memory Pool: CodeHeap 'non-nmethods' (Non-heap memory): committed=2.44MiB, used=1.41MiB, max=5.57MiB, threshold=0B", "diag_pool"),
                         ("Memory Pool: Metaspace (Non-heap memory): committed=94.31MiB, used=92.75MiB, max=-1B, threshold=0B", "diag_pool"),
                         ("Memory Pool: G1 Eden Space (Heap memory): committed=420.00MiB, used=112.00MiB, max=-1B, threshold=?", "diag_pool"),
                         ("Memory Pool: G1 Old Gen (Heap memory): committed=7.55GiB, used=289.47MiB, max=8.00GiB, threshold=0B", "diag_pool"),
                         ("", "diag_blank"), ("[ Operating system information ]", "diag_section"),
                         ("Operating System: Linux; version: 6.8.0-49-generic; arch: amd64; cpus: 8", "diag_os"), ("Max number of file descriptors: 1048576", "diag_max_fd"),
                         ("Number of open file descriptors: 412", "diag_open_fd"), ("Process id: 7", "diag_pid"), ("Byte order: LITTLE_ENDIAN", "diag_byte_order"),
                         ("Local timezone: Etc/UTC", "diag_tz"), ("Memory page size: 4096", "diag_page_size"), ("Unaligned memory access allowed: true", "diag_unaligned"),
                         ("", "diag_blank"), ("[ JVM information ]", "diag_section"), ("VM Name: OpenJDK 64-Bit Server VM", "diag_vm_name"),
                         ("VM Vendor: Eclipse Adoptium", "diag_vm_vendor"), ("VM Version: 17.0.13+11", "diag_vm_version"), ("JIT compiler: HotSpot 64-Bit Tiered Compilers", "diag_jit"),
                         ("VM Arguments: [-Xms8g, -Xmx8g, -XX:+UseG1GC, -XX:-OmitStackTraceInFastThrow, -XX:+AlwaysPreTouch, -XX:+UnlockExperimentalVMOptions, -XX:+TrustFinalNonStaticFields, -XX:+DisableExplicitGC, -Djdk.nio.maxCachedBufferSize=1024, -Dio.netty.tryReflectionSetAccessible=true, -Djdk.tls.ephemeralDHKeySize=2048, -Djdk.tls.rejectClientInitiatedRenegotiation=true, -XX:FlightRecorderOptions=stackdepth=256, -XX:+UnlockDiagnosticVMOptions, -XX:+DebugNonSafepoints, --add-opens=java.base/java.nio=ALL-UNNAMED, -Dlog4j2.disable.jmx=true, -Dfile.encoding=UTF-8]", "diag_vm_args"),
                         ("", "diag_blank")]:
            emit("INFO", d, text, ev, db=None)
        emit("INFO", "o.n.k.i.t.l.f.TransactionLogFile", f"Transaction log [/data/transactions/neo4j/neostore.transaction.db.{st['logv']}] opened, version={st['logv']}", "txlog_opened")
        emit("INFO", "o.n.k.d.Database", "Starting transaction log recovery.", "recovery_starting")
        emit("INFO", "o.n.k.d.Database", "No recovery required.", "recovery_none")
        emit("INFO", "o.n.k.i.p.PageCacheWarmer", "Page cache warmup started.", "warmup_started")
        L.tick(20)
        emit("INFO", "o.n.k.i.p.PageCacheWarmer", f"Page cache warmup completed. {g.num(100000, 900000)} pages loaded. Duration: {g.num(2, 40)}s {g.num(0, 999)}ms.", "warmup_completed")
        emit("INFO", "o.n.b.BoltServer", "Bolt enabled on 0.0.0.0:7687.", "bolt_enabled", db=None)
        emit("INFO", "o.n.b.BoltServer", "Bolt server started", "bolt_started", db=None)
        emit("INFO", "o.n.s.A.ServerComponentsLifecycleAdapter", "Starting web server", "web_starting", db=None)
        emit("INFO", "o.n.s.CommunityNeoWebServer", "HTTP enabled on 0.0.0.0:7474.", "http_enabled", db=None)
        emit("INFO", "o.n.s.CommunityNeoWebServer", "Remote interface available at http://graph.internal:7474/", "remote_interface", db=None)
        emit("INFO", "o.n.s.A.ServerComponentsLifecycleAdapter", "Web server started.", "web_started", db=None)

    def checkpoint():
        reason = g.c(['"Scheduled checkpoint for every 15 minutes threshold"', '"Scheduled checkpoint for every 15 minutes threshold"', '"Scheduled checkpoint for every 100000 transactions threshold"'])
        tx = st["tx"]
        emit("INFO", "o.n.k.i.t.l.c.CheckPointerImpl", f"Checkpoint triggered by {reason} @ txId: {tx}, append index: {tx} checkpoint started...", "checkpoint_started")
        L.tick(1.5)
        pages = g.num(0, 90000)
        emit("INFO", "o.n.k.i.t.l.c.CheckPointerImpl",
             f"Checkpoint triggered by {reason} @ txId: {tx}, append index: {tx} checkpoint completed in {g.num(8, 9000)}ms. Checkpoint flushed {pages} pages ({g.num(0, 12)}% of total available pages), in {pages // g.num(1, 8)} IOs. "
             f"Checkpoint performed with IO limit: unlimited, paused in total {g.num(0, 40)} times( {g.num(0, 900)} millis). Average checkpoint flush speed: {g.f(0, 400, 2)}MiB/s.", "checkpoint_completed")
        st["ckpt_v"] = st["logv"]
        if g.r.random() < 0.5 and st["logv"] - 2 > 0:
            emit("INFO", "o.n.k.i.t.l.p.LogPruningImpl", f"Pruned log versions {st['logv'] - 3}-{st['logv'] - 2}, last checkpoint was made in version {st['ckpt_v']}", "log_pruned")

    def rotate():
        st["logv"] += 1
        emit("INFO", "o.n.k.i.t.l.f.TransactionLogFile",
             f"Rotated to transaction log [/data/transactions/neo4j/neostore.transaction.db.{st['logv']}] version={st['logv']}, last transaction in previous log={st['tx']}, rotation took {g.num(0, 90)} millis, started after {g.num(100, 90000)} millis.", "log_rotated")

    def vm_pause():
        gc = g.num(150, 4000)
        emit("WARN", "o.n.k.i.c.VmPauseMonitorComponent", f"Detected VM stop-the-world pause: {{pauseTime={gc + g.num(0, 60)}, gcTime={gc}, gcCount={g.num(1, 3)}}}", "vm_pause", db=None)

    LABELS = [("Person", "email"), ("Account", "iban"), ("Transaction", "createdAt"), ("Device", "fingerprint"), ("Merchant", "name")]

    def index():
        lab, prop = g.c(LABELS)
        iid = g.num(3, 60)
        name = f"index_{g.hx(8)}" if g.r.random() < 0.6 else f"{lab.lower()}_{prop.lower()}"
        kind = g.c(["RANGE", "RANGE", "TEXT", "POINT"])
        prov = {"RANGE": "range-1.0", "TEXT": "text-2.0", "POINT": "point-1.0"}[kind]
        desc = f"Index( id={iid}, name='{name}', type='{kind}', schema=(:{lab} {{{prop}}}), indexProvider='{prov}' )"
        emit("INFO", "o.n.k.i.a.i.IndexingService", f"Index population started: [{desc}]", "index_population_started")
        L.tick(30)
        emit("INFO", "o.n.k.i.a.i.IndexPopulationJob", f"Index population job {g.hx(8)} for [{desc}] completed in {g.num(1, 900)}s {g.num(0, 999)}ms", "index_population_completed")
        emit("INFO", "o.n.k.i.a.i.IndexingService", f"Index creation finished for index [{desc}].", "index_creation_finished")

    def tx_timeout():
        emit("WARN", "o.n.k.i.a.KernelTransactionMonitor",
             f"Transaction with id {st['tx'] + g.num(1, 40)} has been marked for termination because it exceeded the configured timeout of {g.c([30, 60, 120])}s (db.transaction.timeout). User: '{g.c(['app', 'etl', 'analyst'])}', client: bolt/{g.c(clients)}:{g.port()}",
             "tx_timeout_marked")

    def http_on_bolt():
        st["bolt"] += 1
        emit("WARN", "o.n.b.t.p.ProtocolHandshaker", "Unsupported connection type: 'HTTP'. Bolt protocol only operates over a TCP connection or WebSocket.", "bolt_http_rejected", db=None)

    def bolt_tls():
        st["bolt"] += 1
        c = g.c(clients + [g.ip("pub")])
        emit("ERROR", "o.n.b.t.TransportSelectionHandler", f"Fatal error occurred when initialising pipeline: [id: 0x{g.hx(8)}, L:/10.1.0.5:7687 - R:/{c}:{g.port()}]", "bolt_pipeline_fatal", db=None)
        lg = "o.n.b.t.TransportSelectionHandler"
        cont(f"io.netty.handler.ssl.NotSslRecordException: not an SSL/TLS record: {g.c(['474554202f20485454502f312e310d0a486f73743a20', '16030100f4010000f00303', '6060b0170000000400000300'])}{g.hx(16)}", "exc_not_ssl", "ERROR", lg)
        for fr in ["io.netty.handler.ssl.SslHandler.decodeJdkCompatible(SslHandler.java:1314)", "io.netty.handler.ssl.SslHandler.decode(SslHandler.java:1387)",
                   "io.netty.handler.codec.ByteToMessageDecoder.decodeRemovalReentryProtection(ByteToMessageDecoder.java:530)",
                   "io.netty.handler.codec.ByteToMessageDecoder.callDecode(ByteToMessageDecoder.java:469)",
                   "io.netty.handler.codec.ByteToMessageDecoder.channelRead(ByteToMessageDecoder.java:290)",
                   "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead(AbstractChannelHandlerContext.java:444)",
                   "io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:566)",
                   "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:997)",
                   "java.base/java.lang.Thread.run(Thread.java:840)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", lg)

    def bolt_reset():
        lg = "o.n.b.t.p.HouseKeeper"
        emit("ERROR", lg, f"Fatal error occurred when handling a client connection: [id: 0x{g.hx(8)}, L:/10.1.0.5:7687 ! R:/{g.c(clients)}:{g.port()}]", "bolt_client_fatal", db=None)
        cont("java.net.SocketException: Connection reset", "exc_socket_reset", "ERROR", lg)
        for fr in ["java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:401)", "java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:434)",
                   "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:255)", "io.netty.buffer.AbstractByteBuf.writeBytes(AbstractByteBuf.java:1132)",
                   "io.netty.channel.socket.nio.NioSocketChannel.doReadBytes(NioSocketChannel.java:357)",
                   "io.netty.channel.nio.AbstractNioByteChannel$NioByteUnsafe.read(AbstractNioByteChannel.java:151)",
                   "io.netty.channel.nio.NioEventLoop.processSelectedKey(NioEventLoop.java:788)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", lg)
        cont(f"\t... {g.c([4, 5])} common frames omitted", "java_omitted", "ERROR", lg)

    def memory_pool():
        emit("WARN", "o.n.k.i.q.QueryExecutionEngine", f"Query execution failed: The allocation of an extra {g.f(1, 64, 1)} MiB would use more than the limit {g.c(['2.0 GiB', '4.0 GiB'])}. Currently using {g.f(1.9, 3.9, 1)} GiB. dbms.memory.transaction.total.max threshold reached",
             "tx_memory_limit")

    def plan_cache():
        emit("INFO", "o.n.c.i.ExecutionEngine", f"Discarded stale plan from the plan cache after {g.num(60, 900)} seconds. Reason: {g.c(['NodesAllCardinality', 'CardinalityByLabelsAndRelationshipType', 'NodesWithLabelCardinality(Some(Person))'])} changed from {g.f(1000, 90000, 1)} to {g.f(1000, 90000, 1)}, which is a divergence of {g.f(0.1, 0.9, 7)} which is greater than threshold {g.f(0.1, 0.5, 7)}. Query id: {g.num(1, 900)}.",
             "plan_discarded")

    def tx_commit():
        st["tx"] += g.num(200, 4000)
        L.tick(60)

    startup()
    ev = [(15, tx_commit), (1, checkpoint), (1.5, rotate), (1, vm_pause), (0.05, index), (0.4, tx_timeout), (0.3, http_on_bolt), (0.1, bolt_tls), (0.15, bolt_reset),
          (0.25, memory_pool), (1, plan_cache)]
    return L.run(ev, None)

# 3 ---------------------------------------------------------------- NATS server 2.10 (JetStream cluster node, -D), container stdout
def log_nats(seed):
    L = Log("nats_server", seed, "full", True, False)
    g = L.g
    pid = 1
    node = g.alnum(8, B62)
    sid = "N" + g.alnum(55, string.ascii_uppercase + "234567")
    routes = {"10.0.1.12": g.num(1, 9), "10.0.1.13": g.num(10, 19)}
    apps = [("v1.37.0", "go", "orders-svc"), ("v1.37.0", "go", "inventory-svc"), ("v1.36.0", "go", ""), ("2.28.2", "nats.js", "web-gateway"),
            ("2.9.1", "python3", "report-worker"), ("1.3.0", ".NET", "billing"), ("2.17.6", "java", "fraud-scorer")]
    conns = {}
    st = {"cid": g.num(5, 40), "rid": 20, "lid": 0}
    streams = ["ORDERS", "INVENTORY", "AUDIT", "KV_sessions", "OBJ_reports"]
    consumers = {"ORDERS": ["fulfillment", "billing", "analytics"], "INVENTORY": ["reserver"], "AUDIT": ["archiver"], "KV_sessions": [], "OBJ_reports": []}

    def emit(lv, msg, ev):
        t = L.t
        L.emit(f"[{pid}] {t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d} [{lv}] {msg}", ev, lv)

    def startup():
        emit("INF", "Starting nats-server", "starting")
        for text, ev in [("  Version:  2.10.22", "ver_version"), ("  Git:      [240e9a4]", "ver_git"), ("  Cluster:  nats-prod", "ver_cluster"), ("  Name:     nats-1", "ver_name"),
                         (f"  Node:     {node}", "ver_node"), (f"  ID:       {sid}", "ver_id"), ("Using configuration file: /etc/nats/nats.conf", "using_config"),
                         ("Starting http monitor on 0.0.0.0:8222", "http_monitor"), ("Starting JetStream", "starting_js"),
                         ("    _ ___ _____ ___ _____ ___ ___   _   __  __", "js_banner_1"), (" _ | | __|_   _/ __|_   _| _ \\ __| /_\\ |  \\/  |", "js_banner_2"),
                         ("| || | _|  | | \\__ \\ | | |   / _| / _ \\| |\\/| |", "js_banner_3"), (" \\__/|___| |_| |___/ |_| |_|_\\___/_/ \\_\\_|  |_|", "js_banner_4"),
                         ("", "js_blank"), ("         https://docs.nats.io/jetstream", "js_docs"), ("", "js_blank"),
                         ("---------------- JETSTREAM ----------------", "js_rule_head"), ("  Max Memory:      2.00 GB", "js_max_memory"), ("  Max Storage:     50.00 GB", "js_max_storage"),
                         ("  Store Directory: \"/data/jetstream\"", "js_store_dir"), ("-------------------------------------------", "js_rule_end")]:
            emit("INF", text, ev)
        for s in streams:
            emit("INF", f"  Starting restore for stream '$G > {s}'", "restore_start")
            L.tick(0.3)
            emit("INF", f"  Restored {g.num(0, 4_000_000):,} messages for stream '$G > {s}' in {g.num(1, 900)}ms", "restore_done")
            for c in consumers[s]:
                emit("INF", f"  Recovering consumer '$G > {s} > {c}'", "restore_consumer")
        emit("INF", "Starting JetStream cluster", "js_cluster_start")
        emit("INF", "Creating JetStream metadata controller", "js_meta_controller")
        emit("INF", "JetStream cluster recovering state", "js_recovering")
        emit("INF", "Listening for client connections on 0.0.0.0:4222", "listening_clients")
        emit("INF", "Server is ready", "server_ready")
        emit("INF", "Cluster name is nats-prod", "cluster_name")
        emit("INF", "Listening for route connections on 0.0.0.0:6222", "listening_routes")
        for ip in routes:
            route_up(ip)

    def route_up(ip):
        st["rid"] += 1
        routes[ip] = st["rid"]
        emit("INF", f"{ip}:6222 - rid:{st['rid']} - Route connection created", "route_created")

    def kind(c):
        v, lang, name = c["app"]
        return f"\"{v}:{lang}{':' + name if name else ''}\""

    def connect():
        st["cid"] += 1
        c = {"addr": f"{g.ip()}:{g.port()}", "app": g.c(apps), "cid": st["cid"]}
        emit("DBG", f"{c['addr']} - cid:{c['cid']} - Client connection created", "client_created")
        if g.r.random() < 0.05:
            emit("ERR", f"{c['addr']} - cid:{c['cid']} - authentication error - User \"{g.c(['orders', 'inventory', 'reports', 'guest'])}\"", "auth_error")
            emit("DBG", f"{c['addr']} - cid:{c['cid']} - Client connection closed: Authentication Failure", "client_closed")
            return
        conns[c["cid"]] = c

    def ping():
        if len(conns) < 6:
            return connect()
        c = g.c(list(conns.values()))
        emit("DBG", f"{c['addr']} - cid:{c['cid']} - {kind(c)} - Client Ping Timer", "client_ping_timer")

    def close():
        if len(conns) < 10:
            return connect()
        c = conns.pop(g.c(list(conns)))
        why = g.c(["Client Closed", "Client Closed", "Client Closed", "Read Error", "Stale Connection", "Write Error"])
        if why == "Stale Connection":
            emit("DBG", f"{c['addr']} - cid:{c['cid']} - {kind(c)} - Stale Client Connection - Closing", "stale_client")
        emit("DBG", f"{c['addr']} - cid:{c['cid']} - {kind(c)} - Client connection closed: {why}", "client_closed")

    def slow_consumer():
        if not conns:
            return connect()
        c = g.c(list(conns.values()))
        emit("INF", f"{c['addr']} - cid:{c['cid']} - {kind(c)} - Slow Consumer Detected: WriteDeadline of 10s exceeded with {g.num(1, 900)} chunks of {g.num(10_000, 90_000_000)} total bytes.", "slow_consumer")

    def readloop():
        if not conns:
            return connect()
        c = g.c(list(conns.values()))
        emit("WRN", f"{c['addr']} - cid:{c['cid']} - {kind(c)} - Readloop processing time: {g.f(2, 9, 3)}s", "readloop_slow")

    def route_ping():
        ip = g.c(list(routes))
        emit("DBG", f"{ip}:6222 - rid:{routes[ip]} - Router Ping Timer", "router_ping_timer")

    def route_flap():
        ip = g.c(list(routes))
        emit("INF", f"{ip}:6222 - rid:{routes[ip]} - Router connection closed: {g.c(['Stale Connection', 'Read Error', 'Client Closed'])}", "route_closed")
        for a in range(1, g.num(1, 4)):
            L.tick(1)
            emit("ERR", f"Error trying to connect to route (attempt {a}): dial tcp {ip}:6222: connect: connection refused", "route_connect_error")
        L.tick(1)
        route_up(ip)

    def leader():
        s = g.c(streams)
        if consumers[s] and g.r.random() < 0.6:
            emit("INF", f"JetStream cluster new consumer leader for '$G > {s} > {g.c(consumers[s])}'", "js_consumer_leader")
        else:
            emit("INF", f"JetStream cluster new stream leader for '$G > {s}'", "js_stream_leader")

    def catchup():
        s = g.c(streams)
        emit("INF", f"Catchup for stream '$G > {s}' complete", "js_catchup_complete")

    def stalled():
        s = g.c(streams[:3])
        emit("WRN", f"JetStream cluster consumer '$G > {s} > {g.c(consumers[s])}' has NO quorum, stalled.", "js_no_quorum")

    def raft_behind():
        s = g.c(streams)
        commit = g.num(10_000, 900_000)
        emit("WRN", f"RAFT [{node} - S-R3F-{g.alnum(8, B62)}] Falling behind in health check, commit {commit} != applied {commit - g.num(1, 900)}", "raft_behind")

    def healthz():
        emit("WRN", f"Healthcheck failed: \"JetStream stream '$G > {g.c(streams)}' is not current\"", "healthz_failed")

    def meta_leader():
        emit("INF", f"JetStream cluster new metadata leader: nats-{g.num(1, 3)}/nats-prod", "js_meta_leader")

    def reload():
        emit("DBG", "Trapped \"hangup\" signal", "trapped_hup")
        emit("INF", "Reloaded: authorization users", "reloaded")
        emit("INF", "Reloaded server configuration", "reloaded_config")

    startup()
    ev = [(12, connect), (30, ping), (11, close), (14, route_ping), (1.2, slow_consumer), (1, readloop), (0.25, route_flap), (1.5, leader), (0.8, catchup),
          (0.3, stalled), (0.5, raft_behind), (0.4, healthz), (0.1, meta_leader), (0.1, reload)]
    return L.run(ev, None)

# 4 ---------------------------------------------------------------- Apache ActiveMQ Classic 5.18 data/activemq.log (log4j2: time | level | message | logger | thread)
def log_activemq(seed):
    L = Log("activemq", seed, "full", True, True)
    g = L.g
    broker = "mq01"
    bid = f"ID:{broker}-{g.num(33000, 45000)}-{int(L.t.timestamp() * 1000)}-0:1"
    apps = [("orders-api", "10.0.3.4"), ("orders-api", "10.0.3.5"), ("inventory", "10.0.3.7"), ("reporting", "10.0.3.9"), ("billing", "10.0.3.11"), ("mailer", "10.0.3.14")]
    queues = ["orders.created", "orders.paid", "inventory.reserve", "reports.generate", "billing.invoice", "mail.outbound"]
    st = {"bridge": 0}

    def emit(lv, msg, logger, thread, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} | {lv:<5} | {msg} | {logger} | {thread}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def transport_thread(ip, port, lport=61616):
        return f"ActiveMQ Transport: tcp:///{ip}:{port}@{lport}"

    def startup():
        BS = "org.apache.activemq.broker.BrokerService"
        emit("INFO", f"Using Persistence Adapter: KahaDBPersistenceAdapter[/opt/activemq/data/kahadb]", BS, "main", "persistence_adapter")
        emit("INFO", "KahaDB is version 7", "org.apache.activemq.store.kahadb.MessageDatabase", "main", "kahadb_version")
        emit("INFO", f"Recovering from the journal @{g.num(1, 90)}:{g.num(1000, 33000000)}", "org.apache.activemq.store.kahadb.MessageDatabase", "main", "kahadb_recovering")
        L.tick(0.5)
        emit("INFO", f"Recovery replayed {g.num(1, 9000)} operations from the journal in {g.f(0.01, 4, 3)} seconds.", "org.apache.activemq.store.kahadb.MessageDatabase", "main", "kahadb_replayed")
        emit("INFO", f"PListStore:[/opt/activemq/data/{broker}/tmp_storage] started", "org.apache.activemq.store.kahadb.plist.PListStoreImpl", "main", "plist_started")
        emit("INFO", f"Apache ActiveMQ 5.18.6 ({broker}, {bid}) is starting", BS, "main", "broker_starting")
        for proto, port, q in [("openwire", 61616, "maximumConnections=1000&wireFormat.maxFrameSize=104857600"), ("amqp", 5672, "maximumConnections=1000&wireFormat.maxFrameSize=104857600"),
                               ("stomp", 61613, "maximumConnections=1000&wireFormat.maxFrameSize=104857600")]:
            scheme = "tcp" if proto == "openwire" else proto
            emit("INFO", f"Listening for connections at: {scheme}://{broker}:{port}?{q}", "org.apache.activemq.transport.TransportServerThreadSupport", "main", "listening")
            emit("INFO", f"Connector {proto} started", "org.apache.activemq.broker.TransportConnector", "main", "connector_started")
        emit("INFO", f"Apache ActiveMQ 5.18.6 ({broker}, {bid}) started", BS, "main", "broker_started")
        emit("INFO", "For help or more information please see: http://activemq.apache.org", BS, "main", "help_info")
        free = g.num(40000, 60000)
        emit("WARN", f"Store limit is 102400 mb (current store usage is {g.num(0, 900)} mb). The data directory: /opt/activemq/data/kahadb only has {free} mb of usable space. - resetting to maximum available disk space: {free} mb",
             BS, "main", "store_limit_reset")
        emit("INFO", "ActiveMQ WebConsole available at http://0.0.0.0:8161/", "org.apache.activemq.web.WebConsoleStarter", "main", "webconsole")
        emit("INFO", "ActiveMQ Jolokia REST API available at http://0.0.0.0:8161/api/jolokia/", "org.apache.activemq.web.WebConsoleStarter", "main", "jolokia")

    def transport_failed():
        app, ip = g.c(apps)
        port = g.port()
        lport = g.c([61616, 61616, 61616, 5672])
        cause = g.c(["java.io.EOFException", "java.io.EOFException", "java.net.SocketException: Connection reset",
                     f"org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>30000) long: tcp://{ip}:{port}",
                     "javax.net.ssl.SSLException: Connection reset"] if lport == 61616 else
                    ["org.apache.activemq.transport.amqp.AmqpProtocolException: Connection from client using unsupported AMQP attempted", "java.io.IOException: Connection reset by peer"])
        emit("WARN", f"Transport Connection to: tcp://{ip}:{port} failed: {cause}", "org.apache.activemq.broker.TransportConnection.Transport", transport_thread(ip, port, lport), "transport_failed")

    def flow_control():
        app, ip = g.c(apps[:3])
        q = g.c(queues[:3])
        emit("INFO", f"Usage Manager Memory Limit reached on queue://{q}. Producers will be throttled to the rate at which messages are removed from this destination to prevent flooding it. See http://activemq.apache.org/producer-flow-control.html for more info.",
             "org.apache.activemq.broker.region.Queue", transport_thread(ip, g.port()), "memory_limit_reached")

    def auth_failed():
        app, ip = g.c(apps)
        port = g.port()
        cid = f"ID:{app}-{g.hx(4)}-{g.num(33000, 45000)}-{int(L.t.timestamp() * 1000) - g.num(0, 9000)}"
        emit("WARN", f"Failed to add Connection id={cid}-1:1, clientId={cid}-0:1, clientIP=tcp://{ip}:{port} due to java.lang.SecurityException: User name [{g.c(['orders', 'reports', 'admin', 'svc_billing'])}] or password is invalid.",
             "org.apache.activemq.broker.TransportConnection", transport_thread(ip, port), "auth_failed")

    def clientid_taken():
        app, ip = g.c(apps)
        other = g.c(apps)[1]
        emit("WARN", f"Async error occurred: javax.jms.InvalidClientIDException: Broker: {broker} - Client: {app}-durable already connected from tcp://{other}:{g.port()}",
             "org.apache.activemq.broker.TransportConnection.Service", transport_thread(ip, g.port()), "clientid_in_use")

    def slow_consumer():
        app, ip = g.c(apps[3:])
        q = g.c(queues[3:])
        emit("INFO", f"aborting slow consumer: ID:{app}-{g.hx(4)}-{g.num(33000, 45000)}-{int(L.t.timestamp() * 1000)}-1:1:1:1 for destination:queue://{q}",
             "org.apache.activemq.broker.region.policy.AbortSlowAckConsumerStrategy", f"ActiveMQ Broker[{broker}] Scheduler", "abort_slow_consumer")

    def bridge():
        st["bridge"] += 1
        n = st["bridge"]
        rport = g.port()
        remote = f"tcp://mq02/10.0.3.12:61616@{rport}"
        if g.r.random() < 0.5:
            emit("WARN", f"Network connection between vm://{broker}#{n * 2 - 2} and {remote} shutdown due to a remote error: {g.c(['java.io.EOFException', 'java.net.SocketException: Connection reset', 'org.apache.activemq.transport.InactivityIOException: Channel was inactive (no connection attempt made) for too (>30000) long: tcp://10.0.3.12:61616'])}",
                 "org.apache.activemq.network.DemandForwardingBridgeSupport", f"ActiveMQ Transport: {remote}", "bridge_remote_error")
            emit("INFO", f"{broker} bridge to mq02 stopped", "org.apache.activemq.network.DemandForwardingBridgeSupport", f"ActiveMQ BrokerService[{broker}] Task-{g.num(1, 900)}", "bridge_stopped")
            emit("INFO", f"Connector vm://{broker} stopped", "org.apache.activemq.broker.TransportConnector", f"ActiveMQ BrokerService[{broker}] Task-{g.num(1, 900)}", "vm_connector_stopped")
            L.tick(10)
        emit("INFO", f"Establishing network connection from vm://{broker}?async=false&create=false to tcp://mq02:61616", "org.apache.activemq.network.DiscoveryNetworkConnector",
             f"Simple Discovery Agent-{g.num(1, 9)}", "bridge_establishing")
        emit("INFO", f"Connector vm://{broker} started", "org.apache.activemq.broker.TransportConnector", f"Simple Discovery Agent-{g.num(1, 9)}", "vm_connector_started")
        emit("INFO", f"Network connection between vm://{broker}#{n * 2} and {remote} (mq02) has been established.", "org.apache.activemq.network.DemandForwardingBridgeSupport",
             f"triggerStartAsyncNetworkBridgeCreation: remoteBroker={remote}, localBroker= vm://{broker}#{n * 2}", "bridge_established")

    def accept_failed():
        ip = g.c(apps)[1]
        lg = "org.apache.activemq.broker.TransportConnector"
        emit("ERROR", f"Could not accept connection from tcp://{ip}:{g.port()} : {g.c(['java.net.SocketException: Connection reset', 'javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_unknown'])}",
             lg, "ActiveMQ Transport Server Thread Handler: tcp://0.0.0.0:61616?maximumConnections=1000&wireFormat.maxFrameSize=104857600", "accept_failed")

    def page_in_oom():
        lg = "org.apache.activemq.broker.region.Queue"
        emit("ERROR", f"Failed to page in more queue messages ", lg, f"ActiveMQ BrokerService[{broker}] Task-{g.num(1, 900)}", "page_in_failed")
        cont("java.lang.OutOfMemoryError: Java heap space", "exc_oom", "ERROR", lg)
        for fr in ["org.apache.activemq.util.ByteSequence.<init>(ByteSequence.java:30)", "org.apache.activemq.openwire.v12.BaseDataStreamMarshaller.looseUnmarshalByteSequence(BaseDataStreamMarshaller.java:638)",
                   "org.apache.activemq.openwire.v12.MessageMarshaller.looseUnmarshal(MessageMarshaller.java:230)", "org.apache.activemq.openwire.OpenWireFormat.doUnmarshal(OpenWireFormat.java:366)",
                   "org.apache.activemq.store.kahadb.KahaDBStore$KahaDBMessageStore.loadMessage(KahaDBStore.java:1061)",
                   "org.apache.activemq.store.kahadb.KahaDBStore$KahaDBMessageStore$4.execute(KahaDBStore.java:615)",
                   "org.apache.activemq.store.kahadb.disk.page.Transaction.execute(Transaction.java:779)",
                   "org.apache.activemq.broker.region.Queue.doPageInForDispatch(Queue.java:1977)", "org.apache.activemq.broker.region.Queue.iterate(Queue.java:1546)",
                   "org.apache.activemq.thread.PooledTaskRunner.runTask(PooledTaskRunner.java:133)", "java.base/java.lang.Thread.run(Thread.java:840)"]:
            cont(f"\tat {fr}", "java_frame", "ERROR", lg)

    def expire():
        emit("INFO", f"queue://ActiveMQ.DLQ purged of {g.num(1, 9000)} messages", "org.apache.activemq.broker.region.Queue", f"RMI TCP Connection({g.num(2, 90)})-10.0.3.{g.num(20, 30)}", "dlq_purged")

    def ack_ignored():
        app, ip = g.c(apps)
        emit("WARN", f"Ignoring ack received before dispatch; result of failover with an outstanding ack. Acked messages will be replayed if present on this broker. Ignored ack: MessageAck {{commandId = {g.num(10, 9000)}, responseRequired = false, ackType = 2, consumerId = ID:{app}-{g.hx(4)}-{g.num(33000, 45000)}-{int(L.t.timestamp() * 1000)}-1:1:1:1, firstMessageId = null, lastMessageId = ID:{app}-{g.hx(4)}-{g.num(33000, 45000)}-{int(L.t.timestamp() * 1000)}-1:1:1:1:{g.num(1, 900)}, destination = queue://{g.c(queues)}, transactionId = null, messageCount = 1, poisonCause = null}}",
             "org.apache.activemq.broker.region.PrefetchSubscription", transport_thread(ip, g.port()), "ack_ignored")

    startup()
    ev = [(30, transport_failed), (14, flow_control), (6, auth_failed), (3, clientid_taken), (5, slow_consumer), (1.5, bridge), (2, accept_failed), (0.15, page_in_oom),
          (0.4, expire), (2, ack_ignored)]
    return L.run(ev, None)

# 5 ---------------------------------------------------------------- Gunicorn 22 (gthread) serving a Flask 3 app, container stdout: error log, access log and app log interleaved
def log_gunicorn(seed):
    L = Log("gunicorn_flask", seed, "full", True, False)
    g = L.g
    workers = []
    st = {"next": 8}
    proxy = ["10.0.8.2", "10.0.8.3"]
    site = "/usr/local/lib/python3.12/site-packages"
    UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
          "python-requests/2.32.3", "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]

    def emit(lv, msg, ev, pid=None):
        t = L.t
        L.emit(f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{pid or g.c(workers)}] [{lv}] {msg}", ev, lv)

    def raw(text, ev, lv):
        L.emit(text, ev, lv)

    def boot(n=1):
        for _ in range(n):
            st["next"] += g.num(1, 9)
            workers.append(st["next"])
            emit("INFO", f"Booting worker with pid: {st['next']}", "booting_worker", pid=1)

    def startup():
        emit("INFO", "Starting gunicorn 22.0.0", "starting", pid=1)
        emit("INFO", "Listening at: http://0.0.0.0:8000 (1)", "listening", pid=1)
        emit("INFO", "Using worker: gthread", "using_worker", pid=1)
        boot(4)

    def access(method, path, status, size, ua=None, ref="-"):
        t = L.t
        raw(f"{g.c(proxy)} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] \"{method} {path} HTTP/1.1\" {status} {size} \"{ref}\" \"{ua or g.c(UA)}\"", "access", None)

    def health():
        access("GET", "/healthz", 200, 15, "kube-probe/1.30")

    def product():
        sku = f"SKU-{g.num(1000, 9999)}"
        if g.r.random() < 0.3:
            emit("INFO", f"Cache miss for key product:{sku}", "cache_miss")
        access("GET", f"/api/products/{sku}", g.c([200] * 12 + [404, 304]), g.num(300, 9000), ref=g.c(["-", "https://shop.example.com/", "https://shop.example.com/search?q=" + g.c(["lamp", "desk", "chair+oak"])]))

    def listing():
        access("GET", f"/api/products?category={g.c(['lighting', 'desks', 'chairs', 'storage'])}&page={g.num(1, 30)}", 200, g.num(2000, 60000), ref="https://shop.example.com/")

    def order():
        oid = g.num(100000, 999999)
        cust = g.num(1, 90000)
        x = g.r.random()
        if x < 0.06:
            emit("ERROR", "Exception on /api/orders [POST]", "exception_on")
            tb_db()
            access("POST", "/api/orders", 500, 265)
            return
        if x < 0.16:
            emit("WARNING", f"Order validation failed for customer {cust}: {g.c(['quantity must be positive', 'unknown sku SKU-' + str(g.num(1000, 9999)), 'shipping address incomplete'])}", "order_validation_failed")
            access("POST", "/api/orders", 422, g.num(80, 200))
            return
        if g.r.random() < 0.2:
            L.tick(1)
            emit("WARNING", f"Payment provider responded slowly: {g.f(2, 9, 2)}s for order {oid}", "payment_slow")
        emit("INFO", f"Order {oid} created for customer {cust} (total {g.f(5, 900, 2)} EUR)", "order_created")
        if g.r.random() < 0.7:
            emit("INFO", f"Queued confirmation email for order {oid} to {g.user()}@{g.c(['example.com', 'mail.example.net', 'example.org'])}", "email_queued")
        access("POST", "/api/orders", 201, g.num(200, 900))

    def login():
        u = g.user()
        if g.r.random() < 0.25:
            emit("WARNING", f"Failed login for user '{u}' from {g.ip('pub')}", "login_failed")
            access("POST", "/api/auth/login", 401, 43)
        else:
            access("POST", "/api/auth/login", 200, g.num(400, 700))

    def ratelimit():
        ip = g.ip("pub")
        emit("WARNING", f"Rate limit exceeded for {ip} on /api/products (120 per 1 minute)", "rate_limited")
        access("GET", f"/api/products?page={g.num(1, 900)}", 429, 51, "python-requests/2.32.3")

    def tb_db():
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/sqlalchemy/engine/base.py\", line 145, in __init__", "py_tb_file"), ("    self._dbapi_connection = engine.raw_connection()", "py_tb_code"),
                ("                             ^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/sqlalchemy/engine/base.py\", line 3297, in raw_connection", "py_tb_file"), ("    return self.pool.connect()", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/psycopg2/__init__.py\", line 122, in connect", "py_tb_file"), ("    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                ("psycopg2.OperationalError: connection to server at \"db.internal\" (10.0.5.20), port 5432 failed: Connection refused", "py_tb_exc_psycopg"),
                ("\tIs the server running on that host and accepting TCP/IP connections?", "py_tb_exc_hint"), ("", "py_tb_blank"),
                ("", "py_tb_blank"), ("The above exception was the direct cause of the following exception:", "py_tb_direct_cause"), ("", "py_tb_blank"),
                ("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/flask/app.py\", line 1511, in wsgi_app", "py_tb_file"), ("    response = self.full_dispatch_request()", "py_tb_code"),
                ("               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/flask/app.py\", line 919, in full_dispatch_request", "py_tb_file"), ("    rv = self.handle_user_exception(e)", "py_tb_code"),
                ("         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/flask/app.py\", line 917, in full_dispatch_request", "py_tb_file"), ("    rv = self.dispatch_request()", "py_tb_code"),
                ("         ^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/flask/app.py\", line 902, in dispatch_request", "py_tb_file"),
                ("    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]", "py_tb_code"),
                ("           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"/app/shop/views/orders.py\", line {g.c([57, 57, 63])}, in create_order", "py_tb_file"), ("    order = orders.create(current_user.id, payload)", "py_tb_code"),
                ("            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^", "py_tb_caret"),
                ("  File \"/app/shop/services/orders.py\", line 88, in create", "py_tb_file"), ("    session.execute(insert(Order).values(**row))", "py_tb_code"),
                (f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"db.internal\" (10.0.5.20), port 5432 failed: Connection refused", "py_tb_exc_sqlalchemy"),
                ("\tIs the server running on that host and accepting TCP/IP connections?", "py_tb_exc_hint"), ("", "py_tb_blank"),
                ("(Background on this error at: https://sqlalche.me/e/20/e3q8)", "py_tb_background")]
        for text, ev in rows:
            raw(text, ev, "ERROR")

    def timeout():
        if len(workers) < 2:
            return boot()
        pid = g.c(workers)
        emit("CRITICAL", f"WORKER TIMEOUT (pid:{pid})", "worker_timeout", pid=1)
        L.tick(0.5)
        if g.r.random() < 0.6:
            emit("ERROR", f"Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?", "worker_sigkill", pid=1)
        else:
            emit("INFO", "Worker exiting (pid: %d)" % pid, "worker_exiting", pid=pid)
        workers.remove(pid)
        L.tick(0.2)
        boot()

    def hup():
        emit("INFO", "Handling signal: hup", "handling_signal", pid=1)
        emit("INFO", "Hang up: Master", "hang_up", pid=1)
        old = list(workers)
        boot(4)
        for pid in old:
            emit("INFO", f"Worker exiting (pid: {pid})", "worker_exiting", pid=pid)
            workers.remove(pid)

    startup()
    ev = [(18, health), (22, product), (10, listing), (8, order), (5, login), (1.5, ratelimit), (0.4, timeout), (0.1, hup)]
    return L.run(ev, None)

# 6 ---------------------------------------------------------------- a Rust (axum + sqlx + reqwest) service, tracing_subscriber::fmt default format, no ANSI,
#                                                                     RUST_LOG=info,ledger_api=debug,tower_http=debug,sqlx=warn; panics go to the same stderr
def log_rust_tracing(seed):
    L = Log("rust_tracing", seed, "full", True, True)
    g = L.g
    accounts = [f"acc_{g.alnum(12, B62)}" for _ in range(30)]

    def emit(lv, target, msg, ev, span=None, fields=""):
        t = L.t
        sp = f"{span}: " if span else ""
        f = f" {fields}" if fields else ""
        L.emit(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {lv:>5} {sp}{target}: {msg}{f}", ev, lv, target)

    def raw(text, ev, lv, target):
        L.emit(text, ev, lv, target)

    def startup():
        emit("INFO", "ledger_api", "starting ledger-api", "starting", fields=f"version=\"1.14.2\" git_sha=\"{g.hx(7)}\"")
        emit("INFO", "ledger_api::config", "loaded configuration", "config_loaded", fields="path=\"/etc/ledger/config.toml\" profile=\"production\"")
        emit("DEBUG", "ledger_api::db", "connecting to database", "db_connecting", fields="host=\"pg-ledger.internal\" max_connections=32")
        emit("INFO", "ledger_api::db", "database pool ready", "db_ready", fields=f"elapsed_ms={g.num(10, 300)}")
        emit("INFO", "ledger_api::migrate", "migrations up to date", "migrations", fields="applied=0 latest=20241118093000")
        emit("INFO", "ledger_api", "listening on 0.0.0.0:8080", "listening")

    def span(m, uri):
        return f"request{{method={m} uri={uri} version=HTTP/1.1}}"

    def req_start(sp):
        emit("DEBUG", "tower_http::trace::on_request", "started processing request", "on_request", sp)

    def req_end(sp, status, ms):
        L.t += dt.timedelta(microseconds=ms * 1000 + g.num(0, 999))
        emit("DEBUG", "tower_http::trace::on_response", "finished processing request", "on_response", sp, f"latency={ms} ms status={status}")
        if status >= 500:
            emit("ERROR", "tower_http::trace::on_failure", "response failed", "on_failure", sp,
                 f"classification=Status code: {status} {'Internal Server Error' if status == 500 else 'Service Unavailable'} latency={ms} ms")

    def health():
        sp = span("GET", "/health")
        req_start(sp)
        req_end(sp, 200, g.num(0, 2))

    def balance():
        a = g.c(accounts)
        sp = span("GET", f"/v1/accounts/{a}/balance")
        req_start(sp)
        if g.r.random() < 0.12:
            emit("WARN", "ledger_api::auth", "rejected bearer token", "token_rejected", sp, f"reason={g.c(['ExpiredSignature', 'ExpiredSignature', 'InvalidSignature', 'InvalidAudience'])}")
            req_end(sp, 401, g.num(0, 3))
            return
        if g.r.random() < 0.05:
            slow_stmt(sp, "select a.id, a.currency, …",
                      "\\n\\nSELECT\\n  a.id,\\n  a.currency,\\n  COALESCE(SUM(e.amount_minor), 0) AS balance_minor\\nFROM\\n  accounts a\\n  LEFT JOIN entries e ON e.account_id = a.id\\nWHERE\\n  a.public_id = $1\\nGROUP BY\\n  a.id\\n",
                      0, 1)
        req_end(sp, 200, g.num(2, 90))

    def transfer():
        a, b = g.r.sample(accounts, 2)
        amt = g.num(100, 2_000_000)
        sp = span("POST", "/v1/transfers")
        req_start(sp)
        emit("DEBUG", "ledger_api::routes::transfers", "validating transfer", "validating", sp, f"from={a} to={b} amount_minor={amt} currency=\"{g.c(['EUR', 'EUR', 'USD', 'GBP'])}\"")
        x = g.r.random()
        if x < 0.1:
            emit("WARN", "ledger_api::routes::transfers", "insufficient funds", "insufficient_funds", sp, f"account={a} available_minor={g.num(0, amt - 1)} requested_minor={amt}")
            req_end(sp, 422, g.num(3, 40))
            return
        if x < 0.14:
            emit("WARN", "ledger_api::routes::transfers", "duplicate idempotency key, returning stored response", "idempotent_replay", sp, f"key=\"{g.uuid()}\"")
            req_end(sp, 200, g.num(2, 20))
            return
        if x < 0.16:
            panic(sp)
            return
        if x < 0.22:
            slow_stmt(sp, "insert into entries (transfer_id, …",
                      "\\n\\nINSERT INTO\\n  entries (transfer_id, account_id, amount_minor, created_at)\\nVALUES\\n  ($1, $2, $3, now()),\\n  ($1, $4, $5, now())\\n", 2, 0)
        tid = f"trf_{g.alnum(16, B62)}"
        emit("INFO", "ledger_api::routes::transfers", "transfer created", "transfer_created", sp, f"transfer_id={tid} from={a} to={b} amount_minor={amt}")
        req_end(sp, 201, g.num(8, 400))

    def slow_stmt(sp, summary, stmt, aff, ret):
        s = g.f(1.0, 6.0, 6)
        emit("WARN", "sqlx::query", "slow statement: execution time exceeded alert threshold", "slow_statement", sp,
             f"summary=\"{summary}\" db.statement=\"{stmt}\" rows_affected={aff} rows_returned={ret} elapsed={s[:-3]}s elapsed_secs={s} slow_threshold=1s")

    def panic(sp):
        raw(f"thread 'tokio-runtime-worker' panicked at src/routes/{g.c(['transfers.rs:142:38', 'statements.rs:77:51'])}:", "panic_at", "ERROR", "panic")
        raw(*g.c([("called `Option::unwrap()` on a `None` value", "panic_msg_option_none"), ("called `Result::unwrap()` on an `Err` value: RowNotFound", "panic_msg_result_err")]), "ERROR", "panic")
        raw("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", "panic_note", "ERROR", "panic")
        req_end(sp, 500, g.num(1, 30))

    def statement():
        a = g.c(accounts)
        sp = span("GET", f"/v1/accounts/{a}/statements?from=2026-{g.num(1, 11):02d}-01&to=2026-{g.num(1, 11):02d}-28")
        req_start(sp)
        emit("DEBUG", "ledger_api::routes::statements", "rendering statement", "rendering_statement", sp, f"account={a} entries={g.num(0, 4000)}")
        req_end(sp, 200, g.num(10, 900))

    def fx():
        sp = "fx_refresh"
        emit("DEBUG", "reqwest::connect", "starting new connection: https://fx.example.com/", "reqwest_connect", sp)
        if g.r.random() < 0.2:
            emit("WARN", "ledger_api::fx", "rate refresh failed, keeping cached rates", "fx_failed", sp,
                 f"error=error sending request for url (https://fx.example.com/v1/rates?base=EUR): operation timed out age_secs={g.num(300, 9000)}")
        else:
            emit("INFO", "ledger_api::fx", "rates refreshed", "fx_refreshed", sp, f"pairs={g.num(30, 34)} elapsed_ms={g.num(40, 900)}")

    def settle():
        run = g.num(1000, 99999)
        sp = f"settlement{{run={run}}}"
        emit("DEBUG", "ledger_api::worker::settlement", "claimed batch", "settle_claimed", sp, f"transfers={g.num(1, 500)}")
        if g.r.random() < 0.1:
            emit("ERROR", "ledger_api::worker::settlement", "settlement batch failed", "settle_failed", sp,
                 f"error=error returned from database: could not serialize access due to concurrent update attempt={g.num(1, 3)}")
        else:
            emit("INFO", "ledger_api::worker::settlement", "settlement batch committed", "settle_committed", sp, f"transfers={g.num(1, 500)} duration_ms={g.num(5, 3000)}")

    def pool():
        idle = g.num(0, 32)
        emit("DEBUG", "ledger_api::db", "pool stats", "pool_stats", fields=f"size=32 idle={idle} in_use={32 - idle}")

    startup()
    ev = [(25, health), (14, balance), (10, transfer), (4, statement), (1.5, fx), (3, settle), (1, pool)]
    return L.run(ev, None)

# 7 ---------------------------------------------------------------- Scrapy 2.11 crawl (LOG_LEVEL DEBUG, AUTOTHROTTLE_DEBUG), `scrapy crawl books -s LOG_FILE=...`
def log_scrapy(seed):
    L = Log("scrapy_crawl", seed, "full", True, True)
    g = L.g
    base = "https://books.example.com"
    st = {"pages": 0, "items": 0, "last_stats": L.t, "p0": 0, "i0": 0, "seen": set(), "dupe_shown": False}
    cats = ["travel_2", "mystery_3", "historical-fiction_4", "sequential-art_5", "classics_6", "philosophy_7", "romance_8", "womens-fiction_9", "fiction_10", "poetry_23", "science_22"]
    words = ["light", "attic", "tipping", "velvet", "soumission", "sharp", "objects", "sapiens", "requiem", "dirty", "boys", "coming", "black", "maria", "starving", "hearts", "shakespeare", "sonnets", "set", "me", "free", "rip", "it", "up", "olio", "mesaerion", "libertarianism", "rat", "king"]

    def emit(lv, logger, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S} [{logger}] {lv}: {msg}", ev, lv, logger)

    def cont(text, ev, lv, logger):
        L.emit(text, ev, lv, logger)

    def book_url():
        slug = "-".join(g.r.sample(words, g.num(2, 5)))
        return f"{base}/catalogue/{slug}_{g.num(1, 1000)}/index.html"

    def listing_url():
        return f"{base}/catalogue/category/books/{g.c(cats)}/page-{g.num(1, 8)}.html"

    def startup():
        U = "scrapy.utils.log"
        emit("INFO", U, "Scrapy 2.11.2 started (bot: bookbot)", "scrapy_started")
        emit("INFO", U, "Versions: lxml 5.3.0.0, libxml2 2.12.9, cssselect 1.2.0, parsel 1.9.1, w3lib 2.2.1, Twisted 24.10.0, Python 3.12.7 (main, Oct 19 2024, 04:17:54) [GCC 12.2.0], pyOpenSSL 24.2.1 (OpenSSL 3.3.2 3 Sep 2024), cryptography 43.0.3, Platform Linux-6.8.0-49-generic-x86_64-with-glibc2.36", "versions")
        emit("INFO", "scrapy.addons", "Enabled addons:", "enabled_addons")
        cont("[]", "list_empty", "INFO", "scrapy.addons")
        emit("DEBUG", U, "Using reactor: twisted.internet.asyncioreactor.AsyncioSelectorReactor", "using_reactor")
        emit("DEBUG", U, "Using asyncio event loop: asyncio.unix_events._UnixSelectorEventLoop", "using_loop")
        emit("INFO", "scrapy.extensions.telnet", f"Telnet Password: {g.hx(16)}", "telnet_password")
        emit("WARNING", "py.warnings", "/usr/local/lib/python3.12/site-packages/scrapy/extensions/feedexport.py:432: ScrapyDeprecationWarning: The `FEED_URI` and `FEED_FORMAT` settings have been deprecated in favor of the `FEEDS` setting. Please see the `FEEDS` setting docs for more details", "deprecation_warning")
        cont("  exporter = cls(crawler)", "warning_source", "WARNING", "py.warnings")
        cont("", "blank", "WARNING", "py.warnings")
        emit("INFO", "scrapy.middleware", "Enabled extensions:", "enabled_extensions")
        exts = ["scrapy.extensions.corestats.CoreStats", "scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.memusage.MemoryUsage", "scrapy.extensions.feedexport.FeedExporter",
                "scrapy.extensions.logstats.LogStats", "scrapy.extensions.throttle.AutoThrottle"]
        listing(exts, "INFO", "scrapy.middleware")
        emit("INFO", "scrapy.crawler", "Overridden settings:", "overridden_settings")
        sets = ["'AUTOTHROTTLE_DEBUG': True", "'AUTOTHROTTLE_ENABLED': True", "'BOT_NAME': 'bookbot'", "'CONCURRENT_REQUESTS_PER_DOMAIN': 4", "'FEED_EXPORT_ENCODING': 'utf-8'",
                "'HTTPCACHE_ENABLED': False", "'LOG_FILE': 'logs/books-20261201.log'", "'NEWSPIDER_MODULE': 'bookbot.spiders'", "'REQUEST_FINGERPRINTER_IMPLEMENTATION': '2.7'",
                "'ROBOTSTXT_OBEY': True", "'SPIDER_MODULES': ['bookbot.spiders']", "'TWISTED_REACTOR': 'twisted.internet.asyncioreactor.AsyncioSelectorReactor'"]
        for k, s in enumerate(sets):
            cont(("{" if k == 0 else " ") + s + ("}" if k == len(sets) - 1 else ","), "dict_item", "INFO", "scrapy.crawler")
        emit("INFO", "scrapy.middleware", "Enabled downloader middlewares:", "enabled_downloader_mw")
        listing(["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware", "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",
                 "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware", "scrapy.downloadermiddlewares.downloadtimeout.DownloadTimeoutMiddleware",
                 "scrapy.downloadermiddlewares.defaultheaders.DefaultHeadersMiddleware", "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware",
                 "scrapy.downloadermiddlewares.retry.RetryMiddleware", "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware",
                 "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware", "scrapy.downloadermiddlewares.redirect.RedirectMiddleware",
                 "scrapy.downloadermiddlewares.cookies.CookiesMiddleware", "scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware",
                 "scrapy.downloadermiddlewares.stats.DownloaderStats"], "INFO", "scrapy.middleware")
        emit("INFO", "scrapy.middleware", "Enabled spider middlewares:", "enabled_spider_mw")
        listing(["scrapy.spidermiddlewares.httperror.HttpErrorMiddleware", "scrapy.spidermiddlewares.referer.RefererMiddleware",
                 "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware", "scrapy.spidermiddlewares.depth.DepthMiddleware"], "INFO", "scrapy.middleware")
        emit("INFO", "scrapy.middleware", "Enabled item pipelines:", "enabled_pipelines")
        listing(["bookbot.pipelines.PriceToDecimalPipeline", "bookbot.pipelines.DropIncompletePipeline"], "INFO", "scrapy.middleware")
        emit("INFO", "scrapy.core.engine", "Spider opened", "spider_opened")
        logstats()
        emit("INFO", "scrapy.extensions.telnet", "Telnet console listening on 127.0.0.1:6023", "telnet_listening")
        crawled(f"{base}/robots.txt", None, 200)
        crawled(base + "/", None, 200)

    def listing(items, lv, logger):
        for k, it in enumerate(items):
            cont(("[" if k == 0 else " ") + repr(it) + ("]" if k == len(items) - 1 else ","), "list_item", lv, logger)

    def logstats():
        mins = max(1e-9, (L.t - st["last_stats"]).total_seconds() / 60)
        pr = round((st["pages"] - st["p0"]) / mins) if st["p0"] or st["pages"] else 0
        ir = round((st["items"] - st["i0"]) / mins) if st["p0"] or st["pages"] else 0
        emit("INFO", "scrapy.extensions.logstats", f"Crawled {st['pages']} pages (at {pr} pages/min), scraped {st['items']} items (at {ir} items/min)", "logstats")
        st["last_stats"], st["p0"], st["i0"] = L.t, st["pages"], st["items"]

    def crawled(url, ref, status):
        st["pages"] += 1
        emit("DEBUG", "scrapy.core.engine", f"Crawled ({status}) <GET {url}> (referer: {ref})", "crawled")

    def throttle():
        emit("INFO", "scrapy.extensions.throttle", f"slot: books.example.com | conc: {g.num(1, 4)} | delay: {g.num(200, 4000):4d} ms ({g.c(['+', '-'])}{g.num(0, 900)}) | latency: {g.num(80, 3000):4d} ms | size: {g.num(3000, 60000):6d} bytes", "throttle")

    def book():
        ref = listing_url()
        url = book_url()
        x = g.r.random()
        if x < 0.03:
            emit("DEBUG", "scrapy.downloadermiddlewares.retry", f"Retrying <GET {url}> (failed {g.num(1, 2)} times): {g.c(['503 Service Unavailable', '502 Bad Gateway', 'TCP connection timed out: 110: Connection timed out.', '[<twisted.python.failure.Failure twisted.internet.error.ConnectionLost: Connection to the other side was lost in a non-clean fashion: Connection lost.>]'])}", "retrying")
            return
        if x < 0.037:
            emit("ERROR", "scrapy.downloadermiddlewares.retry", f"Gave up retrying <GET {url}> (failed 3 times): {g.c(['503 Service Unavailable', 'TCP connection timed out: 110: Connection timed out.'])}", "gave_up")
            return
        if x < 0.06:
            crawled(url, ref, 404)
            emit("INFO", "scrapy.spidermiddlewares.httperror", f"Ignoring response <404 {url}>: HTTP status code is not handled or not allowed", "ignoring_response")
            return
        if x < 0.075:
            old = url.replace("https://", "http://")
            emit("DEBUG", "scrapy.downloadermiddlewares.redirect", f"Redirecting (301) to <GET {url}> from <GET {old}>", "redirecting")
        crawled(url, ref, 200)
        if x < 0.085:
            spider_error(url, ref)
            return
        title = " ".join(w.capitalize() for w in url.split("/")[-2].split("_")[0].split("-"))
        item = {"title": title, "price": f"£{g.f(10, 60, 2)}", "availability": f"In stock ({g.num(1, 22)} available)", "rating": g.c(["One", "Two", "Three", "Four", "Five"]), "upc": g.hx(16), "url": url}
        if x < 0.11:
            item["price"] = None
            emit("WARNING", "scrapy.core.scraper", "Dropped: Missing price", "dropped")
            cont(repr(item), "item_dict", "WARNING", "scrapy.core.scraper")
            return
        st["items"] += 1
        emit("DEBUG", "scrapy.core.scraper", f"Scraped from <200 {url}>", "scraped_from")
        cont(repr(item), "item_dict", "DEBUG", "scrapy.core.scraper")

    def spider_error(url, ref):
        emit("ERROR", "scrapy.core.scraper", f"Spider error processing <GET {url}> (referer: {ref})", "spider_error")
        site = "/usr/local/lib/python3.12/site-packages"
        rows = [("Traceback (most recent call last):", "py_tb_head"),
                (f"  File \"{site}/scrapy/utils/defer.py\", line 279, in iter_errback", "py_tb_file"), ("    yield next(it)", "py_tb_code"), ("          ^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/scrapy/utils/python.py\", line 350, in __next__", "py_tb_file"), ("    return next(self.data)", "py_tb_code"), ("           ^^^^^^^^^^^^^^^", "py_tb_caret"),
                (f"  File \"{site}/scrapy/core/spidermw.py\", line 106, in process_sync", "py_tb_file"), ("    yield from iterable", "py_tb_code"),
                (f"  File \"{site}/scrapy/spidermiddlewares/depth.py\", line 31, in <genexpr>", "py_tb_file"), ("    return (r for r in result or () if self._filter(r, response, spider))", "py_tb_code"),
                ("                               ^^^^^^^^^^^^", "py_tb_caret"),
                ("  File \"/srv/bookbot/bookbot/spiders/books.py\", line 41, in parse_book", "py_tb_file"),
                ("    \"price\": response.css(\"p.price_color::text\").get()[1:],", "py_tb_code"), ("             ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^", "py_tb_caret"),
                ("TypeError: 'NoneType' object is not subscriptable", "py_tb_exc_type_error")]
        for text, ev in rows:
            cont(text, ev, "ERROR", "scrapy.core.scraper")

    def page():
        url = listing_url()
        crawled(url, g.c([base + "/", listing_url()]), 200)
        if g.r.random() < 0.15:
            u = g.c(["https://www.goodreads.com/book/show/" + str(g.num(1000, 9999999)), "https://twitter.com/intent/tweet?url=" + book_url().replace(":", "%3A").replace("/", "%2F")])
            host = u.split("/")[2]
            emit("DEBUG", "scrapy.downloadermiddlewares.offsite", f"Filtered offsite request to '{host}': <GET {u}>", "offsite")
        if not st["dupe_shown"] and st["pages"] > 30:
            st["dupe_shown"] = True
            emit("DEBUG", "scrapy.dupefilters", f"Filtered duplicate request: <GET {url}> - no more duplicates will be shown (see DUPEFILTER_DEBUG to show all duplicates)", "dupefilter")

    def tick_stats():
        if (L.t - st["last_stats"]).total_seconds() >= 60:
            L.t = st["last_stats"] + dt.timedelta(seconds=60)
            logstats()

    def step(fn):
        def f():
            tick_stats()
            fn()
        return f

    startup()
    ev = [(30, step(book)), (6, step(page)), (9, step(throttle))]
    L.run(ev, None)
    # the crawl is stopped by CLOSESPIDER_ITEMCOUNT: the last lines are the close-down
    del L.rows[N_LINES - 36:]
    L.tick(1)
    emit("INFO", "scrapy.core.engine", "Closing spider (closespider_itemcount)", "closing_spider")
    emit("INFO", "scrapy.extensions.feedexport", f"Stored jsonlines feed ({st['items']} items) in: output/books-20261201.jsonl", "feed_stored")
    emit("INFO", "scrapy.statscollectors", "Dumping Scrapy stats:", "dumping_stats")
    stats = [("downloader/request_bytes", g.num(10 ** 5, 10 ** 6)), ("downloader/request_count", st["pages"] + 40), ("downloader/request_method_count/GET", st["pages"] + 40),
             ("downloader/response_bytes", g.num(10 ** 7, 10 ** 8)), ("downloader/response_count", st["pages"]), ("downloader/response_status_count/200", st["pages"] - 30),
             ("downloader/response_status_count/301", 9), ("downloader/response_status_count/404", 21), ("dupefilter/filtered", g.num(100, 900)),
             ("elapsed_time_seconds", round((L.t - T0).total_seconds(), 6)), ("feedexport/success_count/FileFeedStorage", 1), ("finish_reason", "'closespider_itemcount'"),
             ("finish_time", f"datetime.datetime({L.t.year}, {L.t.month}, {L.t.day}, {L.t.hour}, {L.t.minute}, {L.t.second}, {L.t.microsecond}, tzinfo=datetime.timezone.utc)"),
             ("item_dropped_count", g.num(10, 60)), ("item_dropped_reasons_count/DropItem", g.num(10, 60)), ("item_scraped_count", st["items"]),
             ("log_count/DEBUG", g.num(2000, 9000)), ("log_count/ERROR", g.num(5, 40)), ("log_count/INFO", g.num(100, 900)), ("log_count/WARNING", g.num(10, 60)),
             ("memusage/max", g.num(60_000_000, 200_000_000)), ("memusage/startup", g.num(50_000_000, 60_000_000)), ("offsite/domains", 2), ("offsite/filtered", g.num(20, 200)),
             ("request_depth_max", g.num(3, 9)), ("response_received_count", st["pages"]), ("retry/count", g.num(10, 90)), ("robotstxt/request_count", 1),
             ("scheduler/dequeued", st["pages"] + 40), ("scheduler/enqueued", st["pages"] + 900), ("spider_exceptions/TypeError", g.num(5, 30)),
             ("start_time", "datetime.datetime(2026, 12, 1, 10, 0, 0, 12345, tzinfo=datetime.timezone.utc)")]
    for k, (key, v) in enumerate(stats):
        cont(("{" if k == 0 else " ") + f"'{key}': {v}" + ("}" if k == len(stats) - 1 else ","), "dict_item", "INFO", "scrapy.statscollectors")
    emit("INFO", "scrapy.core.engine", "Spider closed (closespider_itemcount)", "spider_closed")
    assert len(L.rows) == N_LINES, len(L.rows)
    return L

# 8 ---------------------------------------------------------------- macOS 14 `log show --last 1h` (default style) on a laptop, local time UTC-8
def log_macos(seed):
    L = Log("macos_log_show", seed, "full", True, True)
    g = L.g
    tz = dt.timezone(dt.timedelta(hours=-8))
    pids = {"kernel": 0, "mDNSResponder": 412, "runningboardd": 388, "WindowServer": 154, "powerd": 101, "locationd": 132, "com.apple.WebKit.Networking": g.num(5000, 9000),
            "tccd": 172, "launchd": 1, "cfprefsd": 311, "bluetoothd": 268, "trustd": 457, "symptomsd": 230}
    apps = [("Safari", "com.apple.Safari", g.num(900, 4000)), ("Slack", "com.tinyspeck.slackmacgap", g.num(900, 4000)), ("Mail", "com.apple.mail", g.num(900, 4000)),
            ("Code Helper (Renderer)", "com.microsoft.VSCode.helper.Renderer", g.num(900, 4000)), ("zoom.us", "us.zoom.xos", g.num(900, 4000)), ("Finder", "com.apple.finder", g.num(300, 600))]
    threads = {}

    def thread(proc):
        if proc not in threads or g.r.random() < 0.1:
            threads[proc] = f"0x{g.num(0x100, 0x3fffff):x}"
        return threads[proc]

    def emit(typ, proc, sender, sub, msg, ev, pid=None, act=None, cont=()):
        """A message with newlines is written over several lines; cont: the events of the lines after the first."""
        lt = L.t.astimezone(tz)
        ts = f"{lt:%Y-%m-%d %H:%M:%S}.{lt.microsecond:06d}-0800"
        p = pid if pid is not None else pids.get(proc, 0)
        a = act or (f"0x{g.num(0x1000, 0xfffff):x}" if g.r.random() < 0.3 else "0x0")
        s = f"({sender}) " if sender else ""
        ss = f"[{sub}] " if sub else ""
        comp = proc + ("|" + sub.split(":")[0] if sub else "")
        first, *more = msg.split("\n")
        L.emit(f"{ts} {thread(proc):<10} {typ:<11} {a:<20} {p:<6} {0:<4} {proc}: {s}{ss}{first}", ev, typ, comp)
        for text, cev in zip(more, cont):
            L.emit(text, cev, typ, comp)

    def mdns():
        app = g.c(apps)
        req = g.num(10000, 99999)
        h = "".join(g.c(B62) for _ in range(22)) + "=="
        emit("Default", "mDNSResponder", "mDNSResponder", "com.apple.mDNSResponder:Default",
             f"[R{req}] getaddrinfo start -- flags: 0xC000D000, ifindex: 0, protocols: 0, hostname: <mask.hash: '{h}'>, options: 0x0 {{}}, client pid: {app[2]} ({app[0]})", "gai_start")
        L.tick(0.05)
        if g.r.random() < 0.85:
            emit("Default", "mDNSResponder", "mDNSResponder", "com.apple.mDNSResponder:Default",
                 f"[R{req}] getaddrinfo stop -- hostname: <mask.hash: '{h}'>, client pid: {app[2]} ({app[0]}), duration: {g.num(0, 900)}ms, response count: {g.num(0, 4)}", "gai_stop")

    def rb_assert():
        app = g.c(apps)
        a, b = g.num(100, 999), g.num(100, 999)
        emit("Default", "runningboardd", "RunningBoard", "com.apple.runningboard:assertion",
             f"Acquiring assertion targeting [app<application.{app[1]}.{g.num(10000000, 99999999)}.{g.num(10000000, 99999999)}(501)>:{app[2]}] from originator [osservice<com.apple.WindowServer(88)>:154] with description <RBSAssertionDescriptor| \"FUSBProcessWindowState: {g.c(['visible', 'notVisible', 'occluded'])}\" ID:{a}-{154}-{b} target:{app[2]} attributes:[\n\t<RBSDomainAttribute| domain:\"com.apple.fuseboard\" name:\"{g.c(['Visible', 'Active', 'Inactive'])}\" sourceEnvironment:\"(null)\">\n\t]>",
             "rb_acquiring", cont=["rb_attr", "rb_attr_end"])
        if g.r.random() < 0.5:
            emit("Default", "runningboardd", "RunningBoard", "com.apple.runningboard:assertion", f"Invalidating assertion {a}-154-{b-1} (target:[app<application.{app[1]}.{g.num(10000000, 99999999)}.{g.num(10000000, 99999999)}(501)>:{app[2]}]) from originator [osservice<com.apple.WindowServer(88)>:154]",
                 "rb_invalidating")

    def powerd():
        kind = g.c(["Created", "Released"])
        emit("Default", "powerd", "powerd", "com.apple.powerd:assertions",
             f"Process WindowServer.154 {kind} UserIsActive \"com.apple.iohideventsystem.queue.tickle serviceID:{g.hx(9)} service:AppleMultitouchDevice product:Apple Internal Keyboard / Trackpad eventType:{g.c([3, 11, 17])}\" age:00:00:{g.num(0, 59):02d}  id:{g.num(4294967296, 4295999999)} [System: PrevIdle DeclUser kDisp]",
             "powerd_user_active")

    def sandbox():
        proc, path = g.c([("mdworker_shared", f"/Users/alice/Library/Containers/com.apple.{g.c(['mail', 'Notes', 'Safari'])}/Data/Library/{g.c(['Caches', 'Preferences', 'Application Support'])}"),
                          ("Slack Helper (Renderer)", f"/Users/alice/Library/Application Support/Slack/{g.c(['Cache', 'IndexedDB'])}/{g.hx(8)}"),
                          ("zoom.us", "/Library/Preferences/com.apple.security.plist"),
                          ("WeatherWidget", f"/private/var/folders/{g.alnum(2)}/{g.alnum(30)}/T/")])
        op = g.c(["file-read-data", "file-read-data", "file-write-create", "file-read-metadata"])
        emit("Error", "kernel", "Sandbox", None, f"Sandbox: {proc}({g.num(1000, 40000)}) deny(1) {op} {path}", "sandbox_deny")

    def sandbox_mach():
        proc = g.c(["com.apple.WebKit.WebContent", "QuickLookUIService", "Slack Helper (Renderer)"])
        emit("Error", "kernel", "Sandbox", None, f"Sandbox: {proc}({g.num(1000, 40000)}) deny(1) mach-lookup {g.c(['com.apple.coreservices.launchservicesd', 'com.apple.distributed_notifications@Uv3', 'com.apple.pasteboard.1'])}", "sandbox_deny")

    def webkit_timeout():
        emit("Error", "com.apple.WebKit.Networking", "CFNetwork", "com.apple.CFNetwork:Default",
             f"Task <{g.uuid().upper()}>.<{g.num(1, 900)}> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={{_kCFStreamErrorCodeKey=-2102, NSUnderlyingError=0x6000{g.hx(8)} {{Error Domain=kCFErrorDomainCFNetwork Code=-1001 \"(null)\" UserInfo={{_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}}}}, _NSURLErrorFailingURLSessionTaskErrorKey=LocalDataTask <{g.uuid().upper()}>.<{g.num(1, 900)}>, NSLocalizedDescription=The request timed out., NSErrorFailingURLStringKey=<private>, NSErrorFailingURLKey=<private>, _kCFStreamErrorDomainKey=4}}",
             "cfnetwork_timeout")

    def task_summary():
        ms = g.num(20, 3000)
        emit("Default", "com.apple.WebKit.Networking", "CFNetwork", "com.apple.CFNetwork:Summary",
             f"Task <{g.uuid().upper()}>.<{g.num(1, 900)}> summary for task success {{transaction_duration_ms={ms}, response_status={g.c([200, 200, 200, 204, 304, 404])}, connection={g.num(1, 400)}, protocol=\"{g.c(['h2', 'h2', 'h3', 'http/1.1'])}\", domain_lookup_duration_ms={g.num(0, 40)}, connect_duration_ms={g.num(0, 90)}, secure_connection_duration_ms={g.num(0, 80)}, private_relay=false, request_start_ms={g.num(0, 100)}, request_duration_ms={g.num(0, 10)}, response_start_ms={g.num(10, ms)}, response_duration_ms={g.num(0, 200)}, request_bytes={g.num(200, 3000)}, request_throughput_kbps={g.num(0, 90000)}, response_bytes={g.num(200, 900000)}, response_throughput_kbps={g.num(100, 400000)}, cache_hit={g.c(['false', 'false', 'true'])}}}",
             "cfnetwork_summary")

    def nw_conn():
        emit("Default", "com.apple.WebKit.Networking", "Network", "com.apple.network:connection",
             f"nw_connection_add_timestamp_locked_on_nw_queue [C{g.num(1, 900)}] Hit maximum timestamp count, will start dropping events", "nw_timestamp_max")

    def skylight():
        app = g.c(apps)
        emit("Error", "WindowServer", "SkyLight", "com.apple.SkyLight:default",
             f"_CGXSetWindowListAlpha: Operation on a window 0x{g.num(0x10, 0xfff):x} requiring rights kCGSWindowRightPresenter by caller {app[0]}", "skylight_rights")

    def location():
        app = g.c(apps)
        emit("Default", "locationd", "CoreLocation", "com.apple.locationd.Core:Client",
             f"{{\"msg\":\"CLClientManager: nrClientsStateChanged\", \"client\":\"{app[1]}\", \"InUseLevel\":{g.num(0, 2)}, \"authorized\":{g.c(['true', 'false'])}}}", "locationd_json")

    def tcc():
        app = g.c(apps)
        svc = g.c(["kTCCServiceScreenCapture", "kTCCServiceMicrophone", "kTCCServiceCamera", "kTCCServiceAppleEvents", "kTCCServiceSystemPolicyDocumentsFolder"])
        if g.r.random() < 0.5:
            emit("Info", "tccd", "TCC", "com.apple.TCC:access", f"AUTHREQ_RESULT: msgID={g.num(100, 999)}.{g.num(1, 9999)}, authValue={g.c([0, 2])}, authReason={g.c([2, 4, 5])}, authVersion=1, desired_auth=0, error=(null),", "tcc_authreq_result")
        else:
            emit("Default", "tccd", "TCC", "com.apple.TCC:access",
                 f"AUTHREQ_SUBJECT: msgID={g.num(100, 999)}.{g.num(1, 9999)}, subject={app[1]},", "tcc_authreq_subject")
            emit("Info", "tccd", "TCC", "com.apple.TCC:access", f"Refusing TCCAccessRequest for service {svc} and subject identifier={app[1]}, pid={app[2]}", "tcc_refusing")

    def jetsam():
        proc = g.c(["com.apple.WebKit.WebContent", "Google Chrome He", "Slack Helper (Re", "mdworker_shared", "photoanalysisd"])
        emit("Default", "kernel", None, None,
             f"memorystatus: {g.c(['killing_idle_process', 'killing_specific_process'])} pid {g.num(1000, 40000)} [{proc}] ({g.c(['sustained-memory-pressure', 'per-process-limit', 'idle-exit'])} {g.num(0, 3)}) {g.num(9000, 2000000)}KB - memorystatus_available_pages: {g.num(1000, 90000)}",
             "jetsam_kill")

    def launchd():
        guid = g.uuid().upper()
        emit("Default", "launchd", None, None, f"[system/com.apple.mdworker.shared.{guid[:8]}-0200-0000-0000-000000000000 [{g.num(1000, 60000)}]:] exited due to exit(0)", "launchd_exited")

    def cfprefsd():
        emit("Debug", "cfprefsd", "CoreFoundation", "com.apple.defaults:cfprefsd",
             f"Process {g.c(['Slack', 'Finder', 'Safari', 'Dock', 'zoom.us'])} ({g.num(300, 9000)}) read data for {g.c(['com.apple.Safari', 'com.tinyspeck.slackmacgap', 'kCFPreferencesAnyApplication', 'com.apple.finder', 'us.zoom.xos'])}, backed by /Users/alice/Library/Preferences/{g.c(['.GlobalPreferences.plist', 'com.apple.finder.plist', 'us.zoom.xos.plist'])}",
             "cfprefs_read")

    def bt():
        emit("Default", "bluetoothd", "bluetoothd", "com.apple.bluetooth:Server.LE.Scan",
             f"Device found: {g.uuid().upper()} RSSI: -{g.num(40, 95)} Nm: {g.c(['Unknown', 'AirPods Pro', 'MX Master 3', 'Apple Watch'])} Paired: {g.c(['No', 'Yes'])} Connected: {g.c(['No', 'Yes'])} Type: {g.c(['Unknown', 'AirPods', 'Mouse', 'Watch'])}",
             "bt_device_found")

    def trustd():
        if g.r.random() < 0.5:
            emit("Default", "trustd", "Security", "com.apple.securityd:ocsp", f"cert[{g.num(0, 2)}]: revocation check passed (cached: {g.c(['no', 'yes'])})", "trustd_ocsp_passed")
        else:
            emit("Default", "trustd", "Security", "com.apple.securityd:ocsp", f"cert[{g.num(0, 2)}]: OCSP response cached", "trustd_ocsp_cached")

    def fault():
        emit("Fault", "com.apple.WebKit.Networking", "CFNetwork", "com.apple.CFNetwork:Default",
             f"Connection {g.num(1, 900)}: received failure notification", "cfnetwork_failure_notification")

    L.emit("Timestamp                       Thread     Type        Activity             PID    TTL  ", "column_header", t=None)
    ev = [(18, mdns), (9, rb_assert), (8, powerd), (6, sandbox), (2, sandbox_mach), (1.5, webkit_timeout), (14, task_summary), (2, nw_conn), (3, skylight), (3, location),
          (2, tcc), (0.8, jetsam), (4, launchd), (5, cfprefsd), (4, bt), (3, trustd), (0.5, fault)]
    return L.run(ev, None)

# 9 ---------------------------------------------------------------- Windows 11 23H2 C:\Windows\Logs\CBS\CBS.log (servicing: Windows Update installs, SFC scans)
def log_cbs(seed):
    L = Log("windows_cbs", seed, "full", True, True)
    g = L.g
    st = {"csi": 0, "locks": 3, "session": 0}
    winsxs = "C:\\Windows\\winsxs"
    pkgs = [f"Package_for_RollupFix~31bf3856ad364e35~amd64~~22621.{g.num(4000, 4600)}.1.{g.num(3, 9)}", f"Package_for_KB{g.num(5040000, 5049999)}~31bf3856ad364e35~amd64~~22621.{g.num(4000, 4600)}.1.0",
            f"Package_for_ServicingStack_{g.num(4000, 4600)}~31bf3856ad364e35~amd64~~22621.{g.num(4000, 4600)}.1.0", f"Package_for_DotNetRollup_481~31bf3856ad364e35~amd64~~10.0.9{g.num(200, 300)}.1",
            "Microsoft-Windows-Client-LanguagePack-Package~31bf3856ad364e35~amd64~de-DE~10.0.22621.4317", f"Microsoft-Windows-Defender-Client-Package~31bf3856ad364e35~amd64~~10.0.22621.{g.num(4000, 4600)}"]
    comps = ["Microsoft-Windows-Printing-PremiumTools", "Microsoft-Windows-Shell32", "Microsoft-Windows-Kernel-PnP", "Microsoft-Windows-TCPIP", "Microsoft-Windows-Edge-Stub",
             "Microsoft-Windows-WindowsUpdateClient-Core", "Microsoft-Windows-Defender-Core", "Microsoft-Windows-Win32k"]

    def emit(lv, comp, msg, ev):
        t = L.t
        L.emit(f"{t:%Y-%m-%d %H:%M:%S}, {lv:<21} {comp:<6} {msg}", ev, lv, comp)

    def cbs(msg, ev, lv="Info"):
        emit(lv, "CBS", msg, ev)

    def csi(msg, ev, stamp=False, lv="Info"):
        st["csi"] += 1
        t = L.t
        s = f"@{t.year}/{t.month}/{t.day}:{t:%H:%M:%S}.{ms3(t)}" if stamp else ""
        emit(lv, "CSI", f"{st['csi']:08x}{s} {msg}", ev)

    def lock_add(name, level):
        st["locks"] += 1
        cbs(f"Lock: New lock added: {name}, level: {level}, total lock:{st['locks']}", "lock_added")

    def lock_rm(name, level):
        st["locks"] -= 1
        cbs(f"Lock: Lock removed: {name}, level: {level}, total lock:{st['locks']}", "lock_removed")

    def ti_start():
        st["locks"] = 3
        cbs("TI: --- Initializing Trusted Installer ---", "ti_initializing")
        cbs(f"TI: Last boot time: {L.t - dt.timedelta(hours=g.num(1, 90)):%Y-%m-%d %H:%M:%S}.{g.num(0, 999):03d}", "ti_last_boot")
        cbs("Starting TrustedInstaller initialization.", "ti_init_start")
        lock_add("CCbsPublicSessionClassFactory", 30)
        lock_add("CCbsPublicSessionClassFactory", 30)
        cbs("Ending TrustedInstaller initialization.", "ti_init_end")
        cbs("Starting the TrustedInstaller main loop.", "ti_main_loop_start")
        cbs("TrustedInstaller service starts successfully.", "ti_started")
        cbs("No startup processing required, TrustedInstaller service was not set as autostart", "ti_no_startup_processing")
        cbs("Startup processing thread terminated normally", "ti_startup_thread_done")
        cbs("Starting TiWorker initialization.", "tiw_init_start")
        lock_add("TiWorkerClassFactory", 30)
        cbs("Ending TiWorker initialization.", "tiw_init_end")
        cbs("Starting the TiWorker main loop.", "tiw_main_loop_start")
        cbs("TiWorker starts successfully.", "tiw_started")
        cbs(f"Universal Time is: {L.t:%Y-%m-%d %H:%M:%S}.{ms3(L.t)}", "universal_time")
        cbs(f"Loaded Servicing Stack v10.0.22621.{g.num(4000, 4600)} with Core: {winsxs}\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.{g.num(4000, 4600)}_none_{g.hx(16)}\\cbscore.dll", "loaded_stack")
        csi("WcpInitialize: wcp.dll version 0.0.0.6 (bld 22621)", "csi_wcp_initialize", stamp=True)
        lock_add("CCbsSessionManager", 11)
        lock_add("CSIInventoryCriticalSection", 64)
        cbs("NonStart: Set pending store consistency check.", "nonstart_consistency")

    def ti_stop():
        cbs("Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP", "ti_shutting_down")
        cbs("TiWorker signaled for shutdown, going to exit.", "tiw_signaled")
        cbs("Deleting the contents of directory: \\\\?\\C:\\Windows\\CbsTemp", "deleting_cbstemp")
        cbs("Deletion of: \\\\?\\C:\\Windows\\CbsTemp successful", "deleted_cbstemp")
        cbs("Ending the TiWorker main loop.", "tiw_main_loop_end")
        cbs("Starting TiWorker finalization.", "tiw_final_start")
        lock_rm("CCbsSessionManager", 11)
        cbs("CbsCoreFinalize: ExecutionEngineFinalize", "finalize_step")
        cbs("CbsCoreFinalize: ComponentAnalyzerFinalize", "finalize_step")
        cbs("CbsCoreFinalize: PackageTrackerFinalize", "finalize_step")
        cbs("CbsCoreFinalize: CoreResourcesUnload", "finalize_step")
        cbs("CbsCoreFinalize: SessionManagerFinalize", "finalize_step")
        lock_rm("CSIInventoryCriticalSection", 64)
        cbs("CbsCoreFinalize: WcpUnload", "finalize_step")
        cbs("CbsCoreFinalize: DrupUnload", "finalize_step")
        cbs("CbsCoreFinalize: CfgMgr32Unload", "finalize_step")
        cbs("CbsCoreFinalize: DpxUnload", "finalize_step")
        cbs("CbsCoreFinalize: SrUnload", "finalize_step")
        cbs("CbsCoreFinalize: CbsEsdUnload", "finalize_step")
        cbs("CbsCoreFinalize: CbsTraceInfoUninitialize", "finalize_step")
        cbs("CbsCoreFinalize: CbsEventUnregister", "finalize_step")
        cbs("CbsCoreFinalize: AppContainerUnload", "finalize_step")
        cbs("CbsCoreFinalize: WdsUnload, logging from cbscore will end.", "finalize_wds")
        cbs("Ending TiWorker finalization.", "tiw_final_end")
        cbs("Ending the TrustedInstaller main loop.", "ti_main_loop_end")
        cbs("Starting TrustedInstaller finalization.", "ti_final_start")
        lock_rm("CCbsPublicSessionClassFactory", 30)
        cbs("Ending TrustedInstaller finalization.", "ti_final_end")

    def new_session(client):
        st["session"] = f"{g.num(31100000, 31199999)}_{g.num(10 ** 9, 4 * 10 ** 9)}"
        cbs(f"Session: {st['session']} initialized by client {client}, external staging directory: (null), external registry directory: (null)", "session_initialized")
        return st["session"]

    def sqm():
        cbs("SQM: Initializing online with Windows opt-in: False", "sqm_init")
        cbs("SQM: Cleaning up report files older than 10 days.", "sqm_cleanup")
        cbs("SQM: Requesting upload of all unsent reports.", "sqm_request_upload")
        cbs("SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2 [HRESULT = 0x80004005 - E_FAIL]", "sqm_failed_pattern")
        cbs("SQM: Failed to start standard sample upload. [HRESULT = 0x80004005 - E_FAIL]", "sqm_failed_standard")
        cbs("SQM: Queued 0 file(s) for upload with pattern: C:\\Windows\\servicing\\sqm\\*_all.sqm, flags: 0x6", "sqm_queued")
        cbs("SQM: Warning: Failed to upload all unsent reports. [HRESULT = 0x80004005 - E_FAIL]", "sqm_warning_upload")

    def wu_install():
        sid = new_session("WindowsUpdateAgent")
        pkg = g.c(pkgs)
        for _ in range(g.num(2, 6)):
            child = g.c(pkgs)
            cbs(f"Appl: detect Parent, Package: {child}, Parent: Microsoft-Windows-{g.c(['Professional', 'Enterprise'])}Edition~31bf3856ad364e35~amd64~~10.0.22621.{g.num(1, 4600)}, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present", "appl_detect_parent")
            cbs(f"Appl: detectParent: package: {child}, parent found: Microsoft-Windows-ProfessionalEdition~31bf3856ad364e35~amd64~~10.0.22621.{g.num(1, 4600)}, state: Installed", "appl_parent_found")
            cbs(f"Appl: Evaluating package applicability for package {child}, applicable state: Installed", "appl_evaluating")
        cbs(f"Plan: Package: {pkg}, current: Staged, pending: Default, start: Staged, applicable: Installed, targeted: Installed, limit: Installed, selected: Default", "plan_package")
        for _ in range(g.num(6, 22)):
            cbs(f"Plan: Package: {pkg}, Update: {g.c(comps)}{g.c(['', '-Deployment', '-Deployment-LanguagePack'])}, current: Staged, pending: Default, start: Staged, applicable: Installed, targeted: Installed, limit: Installed, selected: Default", "plan_update")
        cbs(f"Exec: Processing started.  Client: WindowsUpdateAgent, Session(Stack): {sid}, Package: {pkg}, Rpl: 0, CurrentState: Staged, TargetState: Installed", "exec_started")
        cbs("Perf: InstallUninstallChain started.", "perf_chain_started")
        cbs("FLOW: Entering stage: Planning ", "flow_stage")
        cbs("Exec: Begin: nested restore point creation.", "exec_restore_begin")
        emit("Info", "DPX", "Started DPX phase: Resume and Download Job", "dpx_started")
        emit("Info", "DPX", "Started DPX phase: Apply Deltas Provided In File", "dpx_started")
        L.tick(5)
        emit("Info", "DPX", "Ended DPX phase: Apply Deltas Provided In File", "dpx_ended")
        emit("Info", "DPX", "Ended DPX phase: Resume and Download Job", "dpx_ended")
        cbs("FLOW: Entering stage: Staging ", "flow_stage")
        for _ in range(g.num(2, 8)):
            csi(f"Ignoring duplicate ownership for directory [l:{g.num(40, 90)}]'\\??\\C:\\Windows\\System32\\{g.c(['DriverStore', 'WinBioPlugIns', 'Speech_OneCore', 'oobe'])}\\{g.c(['en-US', 'de-DE', 'FileRepository'])}' in component {g.c(comps)}, version 10.0.22621.{g.num(1, 4600)}, arch amd64, nonSxS, pkt {{l:8 b:31bf3856ad364e35}}", "csi_dup_ownership")
        csi(f"Begin executing advanced installer phase 38 index {g.num(1, 90)} (sequence {g.num(1, 900)})", "csi_ai_begin")
        csi(f"End executing advanced installer (sequence {g.num(1, 900)})", "csi_ai_end")
        if g.r.random() < 0.15:
            code = g.c([("0x800f0922", "CBS_E_INSTALLERS_FAILED"), ("0x800f081f", "CBS_E_SOURCE_MISSING"), ("0x80073712", "ERROR_SXS_COMPONENT_STORE_CORRUPT")])
            csi(f"(F) Logged @{L.t.year}/{L.t.month}/{L.t.day}:{L.t:%H:%M:%S}.{ms3(L.t)} : [ml:{g.num(100, 300)}{{{g.num(50, 150)}}}, l:{g.num(100, 300)}{{{g.num(50, 150)}}}]\"Advanced installer failed: generic command ({g.c(['Edge.exe --msedge-update', 'NetFx4 Ngen'])}) exited with error code {g.num(1, 9)}\" [gle=0x80004005]", "csi_ai_failed", lv="Error")
            cbs(f"Failed to execute the install. [HRESULT = {code[0]} - {code[1]}]", "failed_execute_install", lv="Error")
            cbs(f"Exec: Processing complete.  Session(Stack): {sid}, Package: {pkg} [HRESULT = {code[0]} - {code[1]}]", "exec_complete")
            cbs(f"Session: {sid} finalized. Reboot required: no [HRESULT = {code[0]} - {code[1]}]", "session_finalized")
            return
        cbs("FLOW: Entering stage: Installing ", "flow_stage")
        cbs("Perf: Doqe: Install started.", "perf_doqe_started")
        L.tick(20)
        cbs("Perf: Doqe: Install ended.", "perf_doqe_ended")
        cbs("Perf: InstallUninstallChain complete.", "perf_chain_complete")
        cbs(f"Exec: Processing complete.  Session(Stack): {sid}, Package: {pkg} [HRESULT = 0x00000000 - S_OK]", "exec_complete")
        reboot = g.r.random() < 0.4
        if reboot:
            cbs("Reboot mark set", "reboot_mark_set")
            cbs(f"Exec: Processing complete, session(Stack): {sid} [HRESULT = 0x00000bc2 - ERROR_SUCCESS_REBOOT_REQUIRED]", "exec_complete_session")
        cbs(f"Session: {sid} finalized. Reboot required: {'yes' if reboot else 'no'} [HRESULT = 0x00000000 - S_OK]", "session_finalized")

    def sfc():
        sid = new_session("SFC")
        csi("[SR] Beginning Verify and Repair transaction", "sr_begin_verify")
        bad = []
        for _ in range(g.num(20, 60)):
            csi(f"[SR] Verifying 100 components", "sr_verifying")
            if g.r.random() < 0.04:
                f = g.c(["Amd64\\CNBJ2530.DPB", "Amd64\\CNB_0740.GPD", "msedge.dll", "WindowsCodecsRaw.dll", "DfsSvc.exe"])
                bad.append(f)
                csi(f"[SR] Cannot repair member file [l:{len(f)}]'{f}' of {g.c(['prncacla.inf', 'Microsoft-Windows-Edge-Stub', 'Microsoft-Windows-WindowsCodecsRaw'])}, version 10.0.22621.{g.num(1, 4600)}, arch amd64, nonSxS, pkt {{l:8 b:31bf3856ad364e35}} in the store, hash mismatch", "sr_cannot_repair_store")
        csi("[SR] Verify complete", "sr_verify_complete")
        if bad:
            csi(f"[SR] Repairing {len(bad)} components", "sr_repairing")
            csi("[SR] Beginning Verify and Repair transaction", "sr_begin_verify")
            for f in bad:
                csi(f"Hashes for file member [l:{len(f)}]'{f}' do not match.", "csi_hash_mismatch")
                L.emit(f" Expected: {{l:32 ml:33 b:{g.hx(64)}}}.", "csi_hash_expected", "Info", "CSI")
                L.emit(f" Actual: {{l:32 b:{g.hx(64)}}}.", "csi_hash_actual", "Info", "CSI")
                csi(f"[SR] Could not reproject corrupted file \\??\\C:\\Windows\\System32\\{f}; source file in store is also corrupted", "sr_could_not_reproject")
            csi("[SR] Repair complete", "sr_repair_complete")
            csi("[SR] Committing transaction", "sr_committing")
            csi(f"Creating NT transaction (seq {g.num(1, 9)}), objectname [6]\"(null)\"", "csi_creating_nt_tx")
            csi(f"Created NT transaction (seq {g.num(1, 9)}) result 0x00000000, handle @0x{g.hx(4)}", "csi_created_nt_tx")
            csi("[SR] Verify and Repair Transaction completed. All files and registry keys listed in this transaction  have been successfully repaired", "sr_tx_completed")
        cbs(f"Session: {sid} finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]", "session_finalized")

    def overlap():
        csi(f"Warning: Overlap: Duplicate ownership for directory \\??\\C:\\Program Files\\WindowsApps\\{g.c(['Microsoft.WindowsTerminal', 'Microsoft.DesktopAppInstaller', 'MicrosoftWindows.Client.WebExperience'])}_{g.num(1, 9)}.{g.num(1, 30)}.{g.num(1000, 9999)}.0_x64__8wekyb3d8bbwe in component {g.c(comps)}, version 10.0.22621.{g.num(1, 4600)}, arch amd64, nonSxS, pkt {{l:8 b:31bf3856ad364e35}}", "csi_overlap")

    def store_check():
        cbs("Repr: CBS Store check completes", "store_check_completes")
        cbs(f"Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]", "failed_next_element", lv=g.c(["Info", "Warning"]))

    def run_ti(body):
        ti_start()
        body()
        sqm()
        ti_stop()
        L.tick(g.num(600, 20000))

    ev = [(10, lambda: run_ti(wu_install)), (3, lambda: run_ti(sfc)), (3, lambda: run_ti(lambda: (overlap(), store_check(), overlap()))),
          (1, lambda: run_ti(lambda: (wu_install(), wu_install())))]
    return L.run(ev, None)

# 10 --------------------------------------------------------------- `dmesg` on an Ubuntu 24.04 Docker host (Dell R650): boot, then runtime (container churn, USB, OOM, segfaults)
def log_dmesg(seed):
    L = Log("dmesg", seed, "rel", False, False)
    g = L.g
    boot = L.t

    def k(msg, ev):
        up = (L.t - boot).total_seconds()
        L.emit(f"[{up:12.6f}] {msg}", ev)

    def adv(mean):
        L.t += dt.timedelta(microseconds=int(g.r.expovariate(1.0 / mean) * 1e6) + 1)

    def bootlog():
        k("Linux version 6.8.0-49-generic (buildd@lcy02-amd64-103) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 (Ubuntu 6.8.0-49.49-generic 6.8.12)", "linux_version")
        k("Command line: BOOT_IMAGE=/vmlinuz-6.8.0-49-generic root=/dev/mapper/ubuntu--vg-ubuntu--lv ro intel_iommu=on", "command_line")
        k("KERNEL supported cpus:", "supported_cpus")
        for v in ["  Intel GenuineIntel", "  AMD AuthenticAMD", "  Hygon HygonGenuine", "  Centaur CentaurHauls", "  zhaoxin   Shanghai  "]:
            k(v, "cpu_vendor")
        k("BIOS-provided physical RAM map:", "ram_map")
        a = 0
        for _ in range(11):
            b = a + g.num(0x1000, 0x7fffffff)
            k(f"BIOS-e820: [mem 0x{a:016x}-0x{b:016x}] {g.c(['usable', 'usable', 'reserved', 'ACPI data', 'ACPI NVS'])}", "e820")
            a = b + 1
        k("NX (Execute Disable) protection: active", "nx_active")
        k("DMI: Dell Inc. PowerEdge R650/0Y2G81, BIOS 1.13.2 12/11/2023", "dmi")
        k("tsc: Detected 2800.000 MHz processor", "tsc_detected")
        for tb, oem in [("RSDP", "DELL  "), ("XSDT", "DELL  "), ("FACP", "DELL  "), ("DSDT", "DELL  "), ("FACS", ""), ("SSDT", "DELL  "), ("MCFG", "DELL  "), ("HPET", "DELL  "),
                        ("APIC", "DELL  "), ("SRAT", "DELL  "), ("SLIT", "DELL  "), ("DMAR", "DELL  "), ("HEST", "DELL  "), ("BERT", "DELL  "), ("ERST", "DELL  ")]:
            k(f"ACPI: {tb} 0x{g.num(0x60000000, 0x6fffffff):016X} {g.num(0x24, 0x9000):06X} (v{g.num(1, 6):02d} {oem:<6} PE_SC3   00000000 {'INTL' if tb != 'RSDP' else ''}{' 20210331' if tb != 'RSDP' else ''})", "acpi_table")
        for tb in ["FACP", "DSDT", "FACS", "SSDT", "MCFG", "HPET", "APIC", "SRAT", "SLIT", "DMAR"]:
            lo = g.num(0x60000000, 0x6fffffff)
            k(f"ACPI: Reserving {tb} table memory at [mem 0x{lo:x}-0x{lo + g.num(0x24, 0x9000):x}]", "acpi_reserving")
        adv(0.004)
        k("smpboot: Allowing 64 CPUs, 0 hotplug CPUs", "smpboot_allowing")
        k("Memory: 263418732K/267955012K available (22528K kernel code, 4436K rwdata, 14368K rodata, 4788K init, 4756K bss, 4536020K reserved, 0K cma-reserved)", "memory_available")
        adv(0.05)
        k("x86: Booting SMP configuration:", "smp_config")
        k(".... node  #0, CPUs:        #1  #2  #3  #4  #5  #6  #7  #8  #9 #10 #11 #12 #13 #14 #15 #16 #17 #18 #19 #20 #21 #22 #23 #24 #25 #26 #27 #28 #29 #30 #31", "smp_node_cpus")
        k(".... node  #1, CPUs:   #32 #33 #34 #35 #36 #37 #38 #39 #40 #41 #42 #43 #44 #45 #46 #47 #48 #49 #50 #51 #52 #53 #54 #55 #56 #57 #58 #59 #60 #61 #62 #63", "smp_node_cpus")
        k("smp: Brought up 2 nodes, 64 CPUs", "smp_brought_up")
        k("smpboot: Total of 64 processors activated (358400.00 BogoMIPS)", "smpboot_total")
        adv(0.1)
        devs = [("0000:00:00.0", "8086:09a2", "0x088000"), ("0000:00:00.1", "8086:09a4", "0x088000"), ("0000:00:00.2", "8086:09a3", "0x088000"), ("0000:00:01.0", "8086:0b00", "0x088000"),
                ("0000:00:14.0", "8086:a1af", "0x0c0330"), ("0000:00:14.2", "8086:a1b1", "0x118000"), ("0000:00:16.0", "8086:a1ba", "0x078000"), ("0000:00:17.0", "8086:a182", "0x010601"),
                ("0000:00:1c.0", "8086:a190", "0x060400"), ("0000:00:1f.0", "8086:a1cb", "0x060100"), ("0000:00:1f.2", "8086:a1a1", "0x058000"), ("0000:00:1f.4", "8086:a1a3", "0x0c0500"),
                ("0000:18:00.0", "1000:10e2", "0x010400"), ("0000:31:00.0", "8086:159b", "0x020000"), ("0000:31:00.1", "8086:159b", "0x020000"), ("0000:65:00.0", "144d:a80a", "0x010802"),
                ("0000:03:00.0", "102b:0536", "0x030000"), ("0000:4a:00.0", "8086:09a2", "0x088000"), ("0000:4a:00.1", "8086:09a4", "0x088000"), ("0000:4a:00.2", "8086:09a3", "0x088000")]
        for bdf, vid, cls in devs:
            k(f"pci {bdf}: [{vid}] type {'01' if cls == '0x060400' else '00'} class {cls} {'PCIe Root Complex Integrated Endpoint' if cls == '0x088000' else 'PCIe Endpoint' if bdf[5:7] != '00' else 'conventional PCI endpoint'}", "pci_device")
            if cls in ("0x010400", "0x020000", "0x010802", "0x030000", "0x0c0330"):
                lo = g.num(0x90000000, 0xfffff000) & ~0xfff
                k(f"pci {bdf}: BAR 0 [mem 0x{lo:08x}-0x{lo + 0xfffff:08x} 64bit{' pref' if cls == '0x020000' else ''}]", "pci_bar")
            if g.r.random() < 0.2:
                k(f"pci {bdf}: PME# supported from D0 D3hot D3cold", "pci_pme")
        k("iommu: Default domain type: Translated", "iommu_default")
        k("SCSI subsystem initialized", "scsi_init")
        adv(0.6)
        k("Freeing unused kernel image (initmem) memory: 4788K", "freeing_initmem")
        k("Write protecting the kernel read-only data: 38912k", "write_protect")
        k("Run /init as init process", "run_init")
        k("  with arguments:", "init_args_hdr")
        k("    /init", "init_arg")
        k("  with environment:", "init_env_hdr")
        k("    HOME=/", "init_env")
        k("    TERM=linux", "init_env")
        k("    BOOT_IMAGE=/vmlinuz-6.8.0-49-generic", "init_env")
        adv(0.8)
        k("megaraid_sas 0000:18:00.0: FW now in Ready state", "megaraid_ready")
        k("scsi host0: Avago SAS based MegaRAID driver", "scsi_host_driver")
        for i, (dev, blocks, size) in enumerate([("sda", 936640512, "480 GB/447 GiB"), ("sdb", 7501476528, "3.84 TB/3.49 TiB")]):
            h = f"sd 0:2:{i}:0: [{dev}]"
            k(f"{h} {blocks} 512-byte logical blocks: ({size})", "sd_blocks")
            k(f"{h} Write Protect is off", "sd_write_protect")
            k(f"{h} Mode Sense: 1f 00 10 08", "sd_mode_sense")
            k(f"{h} Write cache: disabled, read cache: disabled, supports DPO and FUA", "sd_write_cache")
            k(f" {dev}: {dev}1 {dev}2" + (f" {dev}3" if dev == "sda" else ""), "sd_partitions")
            k(f"{h} Attached SCSI disk", "sd_attached")
        k("nvme nvme0: pci function 0000:65:00.0", "nvme_pci_function")
        k("nvme nvme0: 32/0/0 default/read/poll queues", "nvme_queues")
        k(" nvme0n1: p1", "nvme_partitions")
        adv(0.5)
        k(f"EXT4-fs (dm-0): mounted filesystem {g.uuid()} ro with ordered data mode. Quota mode: none.", "ext4_mounted")
        adv(0.7)
        k("systemd[1]: systemd 255.4-1ubuntu8.4 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)", "systemd_version")
        k("systemd[1]: Detected architecture x86-64.", "systemd_arch")
        k("systemd[1]: Hostname set to <dock-07>.", "systemd_hostname")
        k("systemd[1]: Queued start job for default target graphical.target.", "systemd_queued")
        for name, desc in [("system-modprobe.slice", "Slice /system/modprobe"), ("system-systemd\\x2dfsck.slice", "Slice /system/systemd-fsck"), ("user.slice", "User and Session Slice")]:
            k(f"systemd[1]: Created slice {name} - {desc}.", "systemd_created_slice")
        for name, desc in [("systemd-ask-password-console.path", "Dispatch Password Requests to Console Directory Watch"), ("systemd-ask-password-wall.path", "Forward Password Requests to Wall Directory Watch"),
                           ("systemd-journald.service", "Journal Service"), ("systemd-udevd.service", "Rule-based Manager for Device Events and Files")]:
            k(f"systemd[1]: Started {name} - {desc}.", "systemd_started")
        for name, desc in [("cryptsetup.target", "Local Encrypted Volumes"), ("integritysetup.target", "Local Integrity Protected Volumes"), ("slices.target", "Slice Units"), ("swap.target", "Swaps")]:
            k(f"systemd[1]: Reached target {name} - {desc}.", "systemd_reached")
        adv(0.4)
        k(f"EXT4-fs (dm-0): re-mounted {g.uuid()} r/w. Quota mode: none.", "ext4_remounted")
        adv(1.5)
        k("ice 0000:31:00.0: The DDP package was successfully loaded: ICE OS Default Package version 1.3.36.0", "ice_ddp")
        k("ice 0000:31:00.0 eno12399np0: renamed from eth0", "nic_renamed")
        k("ice 0000:31:00.1 eno12409np1: renamed from eth1", "nic_renamed")
        for i in range(g.num(12, 22)):
            adv(0.02)
            prof = g.c(["lsb_release", "nvidia_modprobe", "/usr/bin/man", "man_filter", "man_groff", "tcpdump", "rsyslogd", "/usr/lib/snapd/snap-confine", "docker-default", "unix-chkpwd", "ubuntu_pro_apt_news"])
            k(f"audit: type=1400 audit({int((L.t).timestamp())}.{g.num(0, 999):03d}:{i + 2}): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"{prof}\" pid={g.num(700, 900)} comm=\"apparmor_parser\"", "apparmor_profile_load")
        adv(2)
        k("ice 0000:31:00.0 eno12399np0: NIC Link is up 25 Gbps Full Duplex, Requested FEC: RS-FEC, Negotiated FEC: NONE, Autoneg Advertised: On, Autoneg Negotiated: False, Flow Control: None", "nic_link_up")
        adv(3)
        k("bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.", "bridge_filtering")
        k("Bridge firewalling registered", "bridge_fw_registered")
        k("Initializing XFRM netlink socket", "xfrm_init")

    ports = {}
    st = {"port": 0}

    def container_up():
        st["port"] += 1
        n = st["port"]
        veth, peer = "veth" + g.hx(7), "veth" + g.hx(7)
        ports[n] = veth
        k(f"docker0: port {n}({veth}) entered blocking state", "br_blocking")
        k(f"docker0: port {n}({veth}) entered disabled state", "br_disabled")
        k(f"{veth}: entered allmulticast mode", "allmulti_on")
        k(f"{veth}: entered promiscuous mode", "promisc_on")
        adv(0.2)
        k(f"eth0: renamed from {peer}", "eth0_renamed")
        k(f"docker0: port {n}({veth}) entered blocking state", "br_blocking")
        k(f"docker0: port {n}({veth}) entered forwarding state", "br_forwarding")

    def container_down():
        if len(ports) < 3:
            return container_up()
        n = g.c(list(ports))
        veth = ports.pop(n)
        k(f"docker0: port {n}({veth}) entered disabled state", "br_disabled")
        k(f"{g.c(['veth' + g.hx(7)])}: renamed from eth0", "eth0_renamed")
        k(f"docker0: port {n}({veth}) entered disabled state", "br_disabled")
        k(f"{veth} (unregistering): left allmulticast mode", "allmulti_off")
        k(f"{veth} (unregistering): left promiscuous mode", "promisc_off")
        k(f"docker0: port {n}({veth}) entered disabled state", "br_disabled")

    def usb():
        port = f"1-{g.num(1, 4)}"
        num = g.num(2, 30)
        vid, pid, prod, mfr = g.c([("0781", "5583", "Ultra Fit", "SanDisk"), ("0951", "1666", "DataTraveler 3.0", "Kingston"), ("413c", "a001", "Dell USB Keyboard", "Dell")])
        k(f"usb {port}: new high-speed USB device number {num} using xhci_hcd", "usb_new_device")
        k(f"usb {port}: New USB device found, idVendor={vid}, idProduct={pid}, bcdDevice= {g.num(1, 2)}.00", "usb_found")
        k(f"usb {port}: New USB device strings: Mfr=1, Product=2, SerialNumber=3", "usb_strings")
        k(f"usb {port}: Product: {prod}", "usb_product")
        k(f"usb {port}: Manufacturer: {mfr}", "usb_manufacturer")
        k(f"usb {port}: SerialNumber: {g.HX(20)}", "usb_serial")
        if vid != "413c":
            h = g.num(6, 9)
            k(f"usb-storage {port}:1.0: USB Mass Storage device detected", "usb_storage_detected")
            k(f"scsi host{h}: usb-storage {port}:1.0", "scsi_host_usb")
            adv(1)
            k(f"scsi {h}:0:0:0: Direct-Access     {mfr:<8} {prod:<16} 1.00 PQ: 0 ANSI: 6", "scsi_direct_access")
            k(f"sd {h}:0:0:0: [sdc] {g.c([60063744, 30031872, 121110528])} 512-byte logical blocks: ({g.c(['30.8 GB/28.6 GiB', '15.4 GB/14.3 GiB', '62.0 GB/57.7 GiB'])})", "sd_blocks")
            k(f"sd {h}:0:0:0: [sdc] Write Protect is off", "sd_write_protect")
            k(f"sd {h}:0:0:0: [sdc] Mode Sense: 43 00 00 00", "sd_mode_sense")
            k(f"sd {h}:0:0:0: [sdc] Write cache: disabled, read cache: enabled, doesn't support DPO or FUA", "sd_write_cache")
            k(" sdc: sdc1", "sd_partitions")
            k(f"sd {h}:0:0:0: [sdc] Attached SCSI removable disk", "sd_attached_removable")
        adv(60)
        k(f"usb {port}: USB disconnect, device number {num}", "usb_disconnect")

    def oom():
        pid = g.num(2000, 900000)
        comm = g.c(["postgres", "java", "node", "python3"])
        cid = g.hx(64)
        k(f"{comm} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0", "oom_invoked")
        k(f"CPU: {g.num(0, 63)} PID: {pid} Comm: {comm} Not tainted 6.8.0-49-generic #49-Ubuntu", "oom_cpu")
        k("Hardware name: Dell Inc. PowerEdge R650/0Y2G81, BIOS 1.13.2 12/11/2023", "oom_hw")
        k("Call Trace:", "trace_call")
        k(" <TASK>", "trace_task_open")
        for fr in ["dump_stack_lvl+0x76/0xa0", "dump_stack+0x10/0x20", "dump_header+0x47/0x1f0", "oom_kill_process+0x118/0x280", "out_of_memory+0x103/0x350",
                   "mem_cgroup_out_of_memory+0x145/0x170", "try_charge_memcg+0x6d6/0x7d0", "charge_memcg+0x40/0xa0", "__mem_cgroup_charge+0x2d/0x90",
                   "do_anonymous_page+0x12f/0x510", "__handle_mm_fault+0xbc4/0xc70", "handle_mm_fault+0x18d/0x380", "do_user_addr_fault+0x169/0x670",
                   "exc_page_fault+0x83/0x1b0", "asm_exc_page_fault+0x27/0x30"]:
            k(f" {fr}", "trace_frame")
        k(f"RIP: 0033:0x{g.hx(12)}", "trace_rip")
        k(f"Code: Unable to access opcode bytes at 0x{g.hx(12)}.", "trace_code_unable")
        k(f"RSP: 002b:0000{g.hx(12)} EFLAGS: 00010206", "trace_rsp")
        k(f"RAX: {g.hx(16)} RBX: {g.hx(16)} RCX: {g.hx(16)}", "trace_regs")
        k(f"RDX: {g.hx(16)} RSI: {g.hx(16)} RDI: {g.hx(16)}", "trace_regs")
        k(" </TASK>", "trace_task_close")
        limit = g.c([1048576, 2097152, 4194304])
        k(f"memory: usage {limit}kB, limit {limit}kB, failcnt {g.num(1, 900)}", "memcg_usage")
        k("swap: usage 0kB, limit 9007199254740988kB, failcnt 0", "memcg_swap")
        k(f"Memory cgroup stats for /system.slice/docker-{cid}.scope:", "memcg_stats")
        k(f"oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=docker-{cid}.scope,mems_allowed=0-1,oom_memcg=/system.slice/docker-{cid}.scope,task_memcg=/system.slice/docker-{cid}.scope,task={comm},pid={pid},uid={g.c([0, 999, 1000])}", "oom_kill_constraint")
        k(f"Memory cgroup out of memory: Killed process {pid} ({comm}) total-vm:{g.num(10 ** 6, 9 * 10 ** 6)}kB, anon-rss:{limit - g.num(1000, 90000)}kB, file-rss:{g.num(1000, 90000)}kB, shmem-rss:{g.num(0, 9000)}kB, UID:{g.c([0, 999, 1000])} pgtables:{g.num(1000, 9000)}kB oom_score_adj:0", "oom_killed")

    def segv():
        comm = g.c(["node", "python3", "ffprobe", "php-fpm8.3"])
        ip = g.num(0x55d000000000, 0x55dfffffffff)
        base = ip - g.num(0x1000, 0x90000)
        k(f"{comm}[{g.num(2000, 900000)}]: segfault at {g.c(['0', '8', '10', g.hx(12)])} ip {ip:016x} sp 00007ff{g.hx(13)} error {g.c([4, 6, 14])} in {comm}[{base:x}+{g.num(0x10000, 0x900000):x}] likely on CPU {g.num(0, 63)} (core {g.num(0, 31)}, socket {g.num(0, 1)})", "segfault")
        k("Code: " + " ".join(g.hx(2) for _ in range(42)) + " <" + g.hx(2) + "> " + " ".join(g.hx(2) for _ in range(21)), "segfault_code")

    def synflood():
        k(f"TCP: request_sock_TCP: Possible SYN flooding on port {g.c(['[::]:443', '0.0.0.0:443', '0.0.0.0:8080'])}. Sending cookies.  Check SNMP counters.", "syn_flood")

    def conntrack():
        k("nf_conntrack: nf_conntrack: table full, dropping packet", "conntrack_full")

    def hung():
        task = g.c(["kworker/u130:2", "jbd2/dm-0-8", "dockerd", "containerd"])
        pid = g.num(200, 90000)
        k(f"INFO: task {task}:{pid} blocked for more than {g.c([122, 245, 368])} seconds.", "hung_task")
        k("      Not tainted 6.8.0-49-generic #49-Ubuntu", "hung_not_tainted")
        k("\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.", "hung_echo")
        k(f"task:{task:<15} state:D stack:0     pid:{pid}  tgid:{pid}  ppid:2      flags:0x00004000", "hung_task_state")
        k("Call Trace:", "trace_call")
        k(" <TASK>", "trace_task_open")
        for fr in ["__schedule+0x27c/0x6b0", "schedule+0x33/0x110", "io_schedule+0x46/0x80", "bit_wait_io+0x11/0x90", "__wait_on_bit+0x42/0x110",
                   "out_of_line_wait_on_bit+0x8c/0xb0", "jbd2_journal_commit_transaction+0x15d1/0x1a50", "kjournald2+0xaa/0x290", "kthread+0xef/0x120", "ret_from_fork+0x44/0x70", "ret_from_fork_asm+0x1b/0x30"]:
            k(f" {fr}", "trace_frame")
        k(" </TASK>", "trace_task_close")

    def edac():
        k(f"EDAC MC{g.num(0, 1)}: 1 CE memory read error on CPU_SrcID#{g.num(0, 1)}_MC#{g.num(0, 3)}_Chan#{g.num(0, 1)}_DIMM#0 (channel:{g.num(0, 1)} slot:0 page:0x{g.hx(6)} offset:0x0 grain:32 syndrome:0x0 - err_code:0x0000:0x009f  SystemAddress:0x{g.hx(10)} ProcessorSocketId:0x{g.num(0, 1)} MemoryControllerId:0x{g.num(0, 3)} ChannelAddress:0x{g.hx(9)} ChannelId:0x{g.num(0, 1)} RankAddress:0x{g.hx(8)} PhysicalRankId:0x{g.num(0, 3)} DimmSlotId:0x0 Row:0x{g.hx(4)} Column:0x{g.hx(3)} Bank:0x{g.num(0, 3)} BankGroup:0x{g.num(0, 3)} ChipSelect:0x{g.num(0, 3)} ChipId:0x0)", "edac_ce")

    def perf():
        a = g.num(2501, 9000)
        k(f"perf: interrupt took too long ({a} > {a - g.num(1, 600)}), lowering kernel.perf_event_max_sample_rate to {g.num(20000, 79000)}", "perf_too_long")

    def apparmor_denied():
        k(f"audit: type=1400 audit({int(L.t.timestamp())}.{g.num(0, 999):03d}:{g.num(100, 9000)}): apparmor=\"DENIED\" operation=\"{g.c(['open', 'open', 'mkdir', 'file_mmap'])}\" class=\"file\" profile=\"docker-default\" name=\"/{g.c(['proc/sys/kernel/shm_rmid_forced', 'sys/kernel/mm/transparent_hugepage/enabled', 'proc/1/environ'])}\" pid={g.num(2000, 900000)} comm=\"{g.c(['postgres', 'java', 'node', 'nginx'])}\" requested_mask=\"r\" denied_mask=\"r\" fsuid={g.c([0, 999, 100000])} ouid=0", "apparmor_denied")

    bootlog()
    adv(20)
    for _ in range(g.num(10, 16)):
        adv(0.5)
        container_up()

    def step(fn, mean=120.0):
        def f():
            adv(mean)
            fn()
        return f

    ev = [(12, step(container_up)), (11, step(container_down)), (0.6, step(usb)), (0.35, step(oom)), (1.5, step(segv)), (1.2, step(synflood)), (0.8, step(conntrack)),
          (0.2, step(hung)), (1, step(edac)), (0.5, step(perf)), (2, step(apparmor_denied))]
    return L.run(ev, None)

# 11 --------------------------------------------------------------- MikroTik RouterOS 7.16 remote logging to rsyslog (no bsd-syslog: rsyslog takes the topics as the tag)
def log_mikrotik(seed):
    L = Log("mikrotik_routeros", seed, "noyear", True, True)
    g = L.g
    src = "192.168.88.1"
    clients = {}
    names = ["iPhone", "Galaxy-S24", "DESKTOP-4K2JQ9", "LAPTOP-ANNA", "HP-LaserJet", "ESP-3A1F2C", "Chromecast", "ipad", "", "", "shelly1pm-A8032A", "MacBook-Air"]
    for i, n in enumerate(names * 2):
        clients[":".join(f"{g.num(0, 255):02X}" for _ in range(6))] = (f"192.168.88.{g.num(100, 254)}", n)
    macs = list(clients)
    admins = [("admin", "192.168.88.10"), ("netops", "192.168.88.11")]
    vpn = ["alice", "bob", "carol", "dave"]
    wan = {"ip": f"198.51.100.{g.num(2, 250)}", "gw_mac": ":".join(g.hx(2) for _ in range(6))}

    def emit(topics, msg, ev):
        t = L.t
        tl = topics.split(",")
        lvl = [x for x in tl if x in ("debug", "info", "warning", "error", "critical")]
        L.emit(f"{syslog_ts(t)} {src} {topics} {msg}", ev, "|".join(lvl) or None, tl[0])

    def dhcp():
        m = g.c(macs)
        ip, name = clients[m]
        if g.r.random() < 0.55:
            emit("dhcp,info", f"dhcp1 assigned {ip} for {m} {name}".rstrip(), "dhcp_assigned")
        else:
            emit("dhcp,info", f"dhcp1 deassigned {ip} for {m} {name}".rstrip(), "dhcp_deassigned")

    def dhcp_offer_fail():
        m = g.c(macs)
        emit("dhcp,warning", f"dhcp1 offering lease {clients[m][0]} for {m} without success", "dhcp_offer_without_success")

    def wifi():
        m = g.c(macs)
        ifc = g.c(["wlan1", "wlan2"])
        if g.r.random() < 0.5:
            emit("wireless,info", f"{m}@{ifc}: connected, signal strength -{g.num(35, 85)}", "wlan_connected")
        else:
            why = g.c(["received disassoc: sending station leaving (8)", "extensive data loss", "group key exchange timeout", "received deauth: unspecified (1)", "connection lost"])
            emit("wireless,info", f"{m}@{ifc}: disconnected, {why}, signal strength -{g.num(50, 92)}", "wlan_disconnected")

    def fw_input():
        proto = g.c(["TCP (SYN)", "TCP (SYN)", "TCP (SYN)", "UDP", "TCP (RST)", "ICMP (type 8, code 0)"])
        s = g.ip("pub")
        dport = g.c([22, 23, 8291, 3389, 445, 5060, 8728, 53, 1723, 7547])
        flow = f"{s}->{wan['ip']}" if proto.startswith("ICMP") else f"{s}:{g.port()}->{wan['ip']}:{dport}"
        emit("firewall,info", f"WAN-DROP input: in:ether1 out:(unknown 0), connection-state:{g.c(['new', 'new', 'invalid'])} src-mac {wan['gw_mac']}, proto {proto}, {flow}, len {g.c([40, 44, 52, 60, 84])}", "fw_wan_drop")

    def fw_forward():
        m = g.c(macs)
        ip = clients[m][0]
        emit("firewall,info", f"IOT-BLOCK forward: in:bridge out:ether1, connection-state:new src-mac {m.lower()}, proto {g.c(['TCP (SYN)', 'UDP'])}, {ip}:{g.port()}->{g.ip('pub')}:{g.c([443, 80, 8883, 123, 1883])}, NAT ({ip}:{g.port()}->{wan['ip']}:{g.port()})->{g.ip('pub')}:{g.c([443, 80, 8883])}, len {g.num(40, 1400)}", "fw_iot_block")

    def login():
        u, ip = g.c(admins)
        via = g.c(["winbox", "winbox", "ssh", "web"])
        emit("system,info,account", f"user {u} logged in from {ip} via {via}", "user_logged_in")
        if g.r.random() < 0.5:
            L.tick(30)
            what = g.c([("filter rule", "/ip firewall filter"), ("address list entry", "/ip firewall address-list"), ("static dns entry", "/ip dns static"), ("dhcp lease", "/ip dhcp-server lease")])
            act = g.c(["changed", "added", "removed"])
            emit("system,info", f"{what[0]} {act} by {via}-3.41/tcp-msg({via}):{u}@{ip}/action:{g.num(100, 999)} ({what[1]} {'set' if act == 'changed' else 'add' if act == 'added' else 'remove'} *{g.num(1, 40):X}{' disabled=yes' if act == 'changed' else ''})", "config_changed")
        L.tick(60)
        emit("system,info,account", f"user {u} logged out from {ip} via {via}", "user_logged_out")

    def brute():
        emit("system,error,critical", f"login failure for user {g.c(['admin', 'root', 'user', 'support', 'mikrotik', 'ubnt'])} from {g.ip('pub')} via {g.c(['ssh', 'ssh', 'winbox', 'telnet'])}", "login_failure")

    def link():
        p = g.c(["ether3", "ether4", "ether5", "sfp-sfpplus1"])
        if g.r.random() < 0.5:
            emit("interface,info", f"{p} link down", "link_down")
        else:
            emit("interface,info", f"{p} link up (speed {g.c(['1G', '1G', '100M', '10G'])}, full duplex)", "link_up")

    def ovpn():
        u = g.c(vpn)
        pub = g.ip("pub")
        tun = f"10.8.0.{g.num(2, 40)}"
        emit("ovpn,info", f"<{pub}>: accepted", "ovpn_accepted")
        emit("ovpn,info,account", f"{u} logged in, {tun} from {pub}", "ovpn_logged_in")
        emit("ovpn,info", f"<ovpn-{u}>: connected", "ovpn_connected")
        if g.r.random() < 0.6:
            L.tick(400)
            emit("ovpn,info", f"<ovpn-{u}>: disconnected <{g.c(['peer disconnected', 'connection reset by peer', 'keepalive timeout'])}>", "ovpn_disconnected")
            emit("ovpn,info,account", f"{u} logged out, {g.num(60, 90000)} {g.num(10 ** 4, 10 ** 9)} {g.num(10 ** 4, 10 ** 9)} {g.num(100, 900000)} {g.num(100, 900000)} from {pub}", "ovpn_logged_out")

    def ipsec():
        peer = g.c(["203.0.113.45", "203.0.113.78"])
        if g.r.random() < 0.7:
            emit("ipsec,info", f"ISAKMP-SA established {wan['ip']}[500]-{peer}[500] spi:{g.hx(16)}:{g.hx(16)}", "isakmp_established")
        else:
            emit("ipsec,error", f"{peer} peer's ID does not match certificate", "ipsec_id_mismatch")

    def netwatch():
        host = g.c(["8.8.8.8", "1.1.1.1", "192.168.88.20"])
        st = g.c(["down", "up"])
        emit("netwatch,info", f"event {st} [ type: simple, host: {host} ]", "netwatch_event")

    def script():
        if g.r.random() < 0.8:
            emit("script,info", f"DDNS: current IP {wan['ip']} unchanged", "script_ddns_unchanged")
        else:
            wan["ip"] = f"198.51.100.{g.num(2, 250)}"
            emit("dhcp,info", f"dhcp-client on ether1 got IP address {wan['ip']}", "dhcp_client_got_ip")
            emit("script,info", f"DDNS: IP changed, updating gw.example.net to {wan['ip']}", "script_ddns_updated")

    ev = [(25, dhcp), (3, dhcp_offer_fail), (18, wifi), (20, fw_input), (5, fw_forward), (0.6, login), (8, brute), (1, link), (0.8, ovpn), (1.5, ipsec),
          (0.5, netwatch), (2, script)]
    return L.run(ev, None)

# 12 --------------------------------------------------------------- pfSense 2.7 /var/log/filter.log (filterlog CSV, BSD syslog format)
def log_pfsense(seed):
    """The event of a line is its action, IP version and protocol (which fix the CSV's layout), not the rule that matched."""
    L = Log("pfsense_filterlog", seed, "noyear", False, True)
    g = L.g
    host = "fw01"
    pid = {"n": g.num(30000, 90000)}
    wan_ip = "203.0.113.10"
    lan = [f"192.168.1.{g.num(20, 250)}" for _ in range(25)]
    iot = [f"192.168.30.{g.num(20, 250)}" for _ in range(8)]
    lan6 = [f"2001:db8:1a2b:10::{g.hx(4)}" for _ in range(10)]

    def emit(fields, ev):
        L.emit(f"{syslog_ts(L.t)} {host} filterlog[{pid['n']}]: {','.join(str(f) for f in fields)}", ev, None, "filterlog")

    def hdr4(rule, tracker, ifc, action, direction, ttl, proto_id, proto, length, src, dst, df=True):
        return [rule, "", "", tracker, ifc, "match", action, direction, 4, "0x0", "", ttl, g.num(0, 65535) if not df else 0, 0, "DF" if df else "none", proto_id, proto, length, src, dst]

    def block_tcp():
        dp = g.c([22, 23, 445, 3389, 1433, 5900, 8080, 8443, 2323, 6379, 9200, 5555, 81])
        f = hdr4(g.c([4, 5]), 1000000103, "igb0", "block", "in", g.num(30, 250), 6, "tcp", g.c([40, 44, 60]), g.ip("pub"), wan_ip, df=g.r.random() < 0.3)
        f += [g.port(), dp, 0, g.c(["S", "S", "S", "SE", "R", "RA"]), g.num(10 ** 6, 4 * 10 ** 9), "", g.c([1024, 1025, 65535, 29200, 14600]), "", g.c(["", "", "mss", "mss;sackOK;TS;nop;wscale"])]
        emit(f, "block_v4_tcp")

    def block_udp():
        dp = g.c([53, 123, 161, 1900, 5060, 11211, 137, 500, 3702, 5353])
        f = hdr4(g.c([4, 5]), 1000000103, "igb0", "block", "in", g.num(30, 250), 17, "udp", g.num(29, 400), g.ip("pub"), wan_ip, df=False)
        f += [g.port(), dp, g.num(1, 372)]
        emit(f, "block_v4_udp")

    def block_icmp():
        f = hdr4(g.c([4, 5]), 1000000103, "igb0", "block", "in", g.num(30, 250), 1, "icmp", g.c([28, 60, 84]), g.ip("pub"), wan_ip, df=False)
        f += ["request", g.num(1, 65535), g.num(0, 900)]
        emit(f, "block_v4_icmp_request")

    def pass_tcp():
        src = g.c(lan)
        f = hdr4(g.c([70, 71]), g.c([1700000101, 1700000102]), "igb1", "pass", "in", 64, 6, "tcp", 60, src, g.ip("pub"), df=True)
        f += [g.port(), g.c([443, 443, 443, 80, 993, 22, 853]), 0, "S", g.num(10 ** 6, 4 * 10 ** 9), "", g.c([64240, 65535, 29200]), "", "mss;sackOK;TS;nop;wscale"]
        emit(f, "pass_v4_tcp")

    def pass_udp():
        src = g.c(lan)
        f = hdr4(g.c([70, 71]), g.c([1700000101, 1700000102]), "igb1", "pass", "in", 64, 17, "udp", g.num(40, 1400), src, g.c(["1.1.1.1", "9.9.9.9", g.ip("pub")]), df=False)
        f += [g.port(), g.c([53, 53, 443, 123, 3478]), g.num(20, 1300)]
        emit(f, "pass_v4_udp")

    def block_iot():
        src = g.c(iot)
        f = hdr4(g.c([90, 91]), g.c([1700000201, 1700000202]), "igb1.30", "block", "in", 64, 6, "tcp", 60, src, g.c(lan), df=True)
        f += [g.port(), g.c([445, 22, 8080, 80, 554]), 0, "S", g.num(10 ** 6, 4 * 10 ** 9), "", 5840, "", "mss;sackOK;TS;nop;wscale"]
        emit(f, "block_v4_tcp")

    def unreach():
        f = hdr4(g.c([4, 5]), 1000000103, "igb0", "block", "in", g.num(40, 250), 1, "icmp", g.c([56, 68, 70]), g.ip("pub"), wan_ip, df=False)
        f += ["unreachport", wan_ip, "udp", g.port()]
        emit(f, "block_v4_icmp_unreach")

    def igmp():
        f = hdr4(g.c([4, 5]), 1000000103, "igb1", "block", "in", 1, 2, "igmp", 32, g.c(lan + iot), "224.0.0.22", df=False)
        f[9] = "0xc0"
        f += ["datalength=12"]
        emit(f, "block_v4_igmp")

    def v6_udp():
        src = g.c(lan6)
        f = [g.c([72, 73]), "", "", g.c([1700000103]), "igb1", "match", "pass", "in", 6, "0x00", f"0x{g.hx(5)}", 64, "UDP", 17, g.num(20, 1300), src, g.c(["2606:4700:4700::1111", "2620:fe::fe", "2a00:1450:4001:80b::200e"]), g.port(), g.c([53, 443, 123]), g.num(20, 1300)]
        emit(f, "pass_v6_udp")

    def v6_icmp():
        f = [g.c([1, 2]), "", "", 1000000003, "igb0", "match", "block", "in", 6, "0x00", "0x00000", 255, "ICMPv6", 58, g.c([24, 32, 56]), f"fe80::{g.hx(4)}:{g.hx(4)}:{g.hx(4)}:{g.hx(4)}", g.c(["ff02::1", "ff02::16", f"ff02::1:ff{g.hx(2)}:{g.hx(4)}"]), ""]
        emit(f, "block_v6_icmpv6")

    def carp():
        f = hdr4(g.c([80]), 1700000301, "igb1", "pass", "out", 255, 112, "carp", 56, "192.168.1.2", "224.0.0.18", df=False)
        f[9] = "0x10"
        f += ["advertise", 255, g.c([1, 2]), 2, g.c([0, 100]), 1]
        emit(f, "pass_carp")

    def bogon():
        f = hdr4(g.c([2, 3]), g.c([1000000104, 1000000105]), "igb0", "block", "in", g.num(40, 250), 6, "tcp", 40, g.c(["10.20.30.40", "192.168.100.1", "172.16.5.9", "100.64.0.7"]), wan_ip, df=False)
        f += [g.port(), g.c([80, 443, 7547]), 0, "SA", g.num(10 ** 6, 4 * 10 ** 9), g.num(10 ** 6, 4 * 10 ** 9), 65535, "", ""]
        emit(f, "block_v4_tcp")

    def restart():
        pid["n"] = g.num(30000, 90000)

    ev = [(40, block_tcp), (14, block_udp), (4, block_icmp), (12, pass_tcp), (8, pass_udp), (4, block_iot), (2, unreach), (2, igmp), (5, v6_udp), (3, v6_icmp), (3, carp),
          (2, bogon), (0.05, restart)]
    return L.run(ev, None)

# 13 --------------------------------------------------------------- Keepalived 2.2.8 on RHEL 9 (LVS director pair), /var/log/messages
def log_keepalived(seed):
    L = Log("keepalived", seed, "noyear", False, True)
    g = L.g
    host = "lb-02"
    pids = {"Keepalived": g.num(900, 1200)}
    pids["Keepalived_vrrp"] = pids["Keepalived"] + 2
    pids["Keepalived_healthcheckers"] = pids["Keepalived"] + 1
    pids.update({"systemd": 1, "NetworkManager": 812, "chronyd": 805})
    vips = {"VI_WEB": ("10.0.5.100", 51, "ens192"), "VI_API": ("10.0.5.101", 52, "ens192"), "VI_DB": ("10.0.6.100", 61, "ens224")}
    state = {k: g.c(["MASTER", "BACKUP"]) for k in vips}
    vs = {"[10.0.5.100]:tcp:443": [f"[10.0.5.{n}]:tcp:443" for n in (11, 12, 13, 14)],
          "[10.0.5.100]:tcp:80": [f"[10.0.5.{n}]:tcp:80" for n in (11, 12, 13, 14)],
          "[10.0.5.101]:tcp:8080": [f"[10.0.5.{n}]:tcp:8080" for n in (21, 22, 23)]}
    down = set()

    def emit(proc, msg, ev):
        tag = f"{proc}[{pids[proc]}]" if proc in pids else proc
        L.emit(f"{syslog_ts(L.t)} {host} {tag}: {msg}", ev, None, proc)

    def vrrp(msg, ev):
        emit("Keepalived_vrrp", msg, ev)

    def hc(msg, ev):
        emit("Keepalived_healthcheckers", msg, ev)

    def become_master(inst):
        vip, vrid, ifc = vips[inst]
        vrrp(f"({inst}) Receive advertisement timeout", "vrrp_adv_timeout")
        vrrp(f"({inst}) Entering MASTER STATE", "vrrp_entering_master")
        vrrp(f"({inst}) setting VIPs.", "vrrp_setting_vips")
        vrrp(f"({inst}) Sending/queueing gratuitous ARPs on {ifc} for {vip}", "vrrp_queueing_garp")
        for _ in range(5):
            vrrp(f"Sending gratuitous ARP on {ifc} for {vip}", "vrrp_sending_garp")
        L.tick(5)
        vrrp(f"({inst}) Sending/queueing gratuitous ARPs on {ifc} for {vip}", "vrrp_queueing_garp")
        for _ in range(5):
            vrrp(f"Sending gratuitous ARP on {ifc} for {vip}", "vrrp_sending_garp")
        state[inst] = "MASTER"

    def become_backup(inst):
        vip, vrid, ifc = vips[inst]
        peer = "10.0.5.3" if ifc == "ens192" else "10.0.6.3"
        vrrp(f"({inst}) Master received advert from {peer} with higher priority {g.c([110, 120, 150])}, ours {g.c([100, 105])}", "vrrp_higher_prio_advert")
        vrrp(f"({inst}) Entering BACKUP STATE", "vrrp_entering_backup")
        vrrp(f"({inst}) removing VIPs.", "vrrp_removing_vips")
        state[inst] = "BACKUP"

    def failover():
        inst = g.c(list(vips))
        if state[inst] == "MASTER":
            become_backup(inst)
        else:
            become_master(inst)

    def script():
        inst = g.c(["VI_WEB", "VI_API"])
        if g.r.random() < 0.5:
            vrrp("Script `chk_haproxy` now returning 1", "script_returning")
            vrrp("VRRP_Script(chk_haproxy) failed (exited with status 1)", "vrrp_script_failed")
            vrrp(f"({inst}) Changing effective priority from 110 to 90", "vrrp_priority_change")
        else:
            vrrp("VRRP_Script(chk_haproxy) succeeded", "vrrp_script_succeeded")
            vrrp(f"({inst}) Changing effective priority from 90 to 110", "vrrp_priority_change")

    def lower_prio():
        inst = g.c(list(vips))
        vip, vrid, ifc = vips[inst]
        peer = "10.0.5.3" if ifc == "ens192" else "10.0.6.3"
        vrrp(f"({inst}) received lower priority ({g.c([90, 100])}) advert from {peer} - discarding", "vrrp_lower_prio_discard")

    def rs_fail():
        L.tick(40)
        v = g.c(list(vs))
        up = [r for r in vs[v] if (v, r) not in down]
        if not up:
            return rs_ok()
        r = g.c(up)
        port = v.split(":")[-1]
        if port == "8080":
            hc(f"HTTP status code error to {r} url(1), status_code [{g.c([500, 502, 503, 503])}].", "http_status_error")
            hc(f"HTTP_CHECK on service {r} failed after 3 retries.", "http_check_failed")
        else:
            why = g.c(["TCP connection to {r} failed.", "Timeout connecting server {r}."])
            hc(why.format(r=r), "tcp_connect_failed" if why.startswith("TCP") else "tcp_timeout")
            hc(f"TCP_CHECK on service {r} failed.", "tcp_check_failed")
        hc(f"Removing service {r} to VS {v}", "removing_service")
        down.add((v, r))
        if len([x for x in vs[v] if (v, x) not in down]) == 0:
            hc(f"Lost quorum 1-0=1 > 0 for VS {v}", "lost_quorum")
            emit("kernel", f"IPVS: rr: TCP {v[1:].replace(']:tcp:', ':')} - no destination available", "ipvs_no_destination")

    def rs_ok():
        L.tick(40)
        if not down:
            return rs_fail()
        v, r = g.c(sorted(down))
        port = v.split(":")[-1]
        if port == "8080":
            hc(f"HTTP status code success to {r} url(1).", "http_status_success")
            hc(f"HTTP_CHECK on service {r} success.", "http_check_success")
        else:
            hc(f"TCP connection to {r} success.", "tcp_connect_success")
        live = len([x for x in vs[v] if (v, x) not in down])
        hc(f"Adding service {r} to VS {v}", "adding_service")
        if live == 0:
            hc(f"Gained quorum 1+0=1 <= 1 for VS {v}", "gained_quorum")
        down.discard((v, r))

    def ipvs_nodest():
        v = g.c([v for v in vs if all((v, r) in down for r in vs[v])] or [None])
        if v is None:
            return lower_prio()
        emit("kernel", f"IPVS: rr: TCP {v[1:].replace(']:tcp:', ':')} - no destination available", "ipvs_no_destination")

    def reload():
        emit("systemd", "Reloading LVS and VRRP High Availability Monitor...", "systemd_reloading")
        emit("Keepalived", "Reloading ...", "keepalived_reloading")
        emit("Keepalived", "Opening file '/etc/keepalived/keepalived.conf'.", "opening_conf")
        emit("systemd", "Reloaded LVS and VRRP High Availability Monitor.", "systemd_reloaded")
        vrrp("Reloading", "vrrp_reloading")
        vrrp("Opening file '/etc/keepalived/keepalived.conf'.", "opening_conf")
        vrrp("Assigned address 10.0.5.2 for interface ens192", "vrrp_assigned_address")
        vrrp("Assigned address 10.0.6.2 for interface ens224", "vrrp_assigned_address")
        vrrp("Registering gratuitous ARP shared channel", "vrrp_registering_garp")
        for inst in vips:
            vrrp(f"({inst}) Entering BACKUP STATE (init)", "vrrp_entering_backup_init")
            state[inst] = "BACKUP"
        hc("Reloading", "hc_reloading")
        hc("Opening file '/etc/keepalived/keepalived.conf'.", "opening_conf")
        for v in vs:
            for r in vs[v]:
                hc(f"Activating healthchecker for service {r} for VS {v}", "hc_activating")

    def bogus():
        vrrp(f"(VI_DB) ip address associated with VRID {vips['VI_DB'][1]} not present in MASTER advert : 10.0.6.100", "vrrp_vip_not_present")
        vrrp("bogus VRRP packet received on ens224 !!!", "vrrp_bogus_packet")
        vrrp(f"VRRP_Instance(VI_DB) Dropping received VRRP packet...", "vrrp_dropping_packet")

    def nm():
        emit("NetworkManager", f"<info>  [{L.t.timestamp():.4f}] dhcp4 (ens256): state changed new lease, address=10.0.9.{g.num(20, 90)}", "nm_dhcp_lease")

    def chrony():
        emit("chronyd", f"Selected source {g.c(['10.0.0.1', '10.0.0.2'])} ({g.c(['ntp1.corp.example', 'ntp2.corp.example'])})", "chrony_selected")

    ev = [(0.6, failover), (3, script), (2, lower_prio), (10, rs_fail), (10, rs_ok), (1.5, ipvs_nodest), (0.15, reload), (0.5, bogus), (1.2, nm), (0.8, chrony)]
    return L.run(ev, None)

# 14 --------------------------------------------------------------- Gradle 8.10 `./gradlew build --console=plain` on a CI runner, one job log holding several builds
def log_gradle(seed):
    L = Log("gradle_build", seed, None, False, False)
    g = L.g
    modules = ["core", "domain", "persistence", "api", "worker", "app"]
    tests = {"core": ["MoneyTest", "IdGeneratorTest", "ClockTest"], "domain": ["OrderTest", "PricingServiceTest", "DiscountRulesTest"],
             "persistence": ["OrderRepositoryIT", "OutboxRepositoryIT"], "api": ["OrderControllerTest", "AuthFilterTest", "ErrorMapperTest"],
             "worker": ["OutboxPublisherTest", "RetryPolicyTest"], "app": ["ApplicationSmokeTest"]}
    methods = ["createsOrder()", "rejectsNegativeQuantity()", "appliesPercentageDiscount()", "roundsHalfEven()", "returns404ForUnknownOrder()", "mapsValidationErrors()",
               "retriesWithBackoff()", "publishesInOrder()", "parsesIsoDates()", "generatesUniqueIds()", "savesAndLoads()", "contextLoads()", "handlesConcurrentUpdates()",
               "serializesToJson()", "ignoresExpiredTokens()"]
    kt_warn = [("Parameter '{p}' is never used", "kotlin_warn_unused_param"), ("Variable '{p}' is never used", "kotlin_warn_unused_var"),
               ("'toUpperCase(): String' is deprecated. Use uppercase() instead.", "kotlin_warn_deprecated"), ("Unchecked cast: Any? to Map<String, Any>", "kotlin_warn_unchecked_cast"),
               ("Elvis operator (?:) always returns the left operand of non-nullable type {t}", "kotlin_warn_elvis")]

    def out(text, ev):
        L.emit(text, ev)

    def task(m, t, outcome=None):
        sfx = f" {outcome}" if outcome else ""
        ev = {None: "task", "UP-TO-DATE": "task_up_to_date", "NO-SOURCE": "task_no_source", "FROM-CACHE": "task_from_cache", "SKIPPED": "task_skipped"}[outcome]
        out(f"> Task :{m}:{t}{sfx}", ev)

    def build():
        if g.r.random() < 0.4:
            out("Starting a Gradle Daemon (subsequent builds will be faster)", "daemon_starting")
        else:
            out("Starting a Gradle Daemon, 1 incompatible and 2 stopped Daemons could not be reused, use --status for details", "daemon_starting_incompatible")
        if g.r.random() < 0.3:
            out("Calculating task graph as configuration cache cannot be reused because file 'gradle/libs.versions.toml' has changed.", "config_cache_miss")
        failed_tests = []
        compile_fail = g.r.random() < 0.08
        cached = g.r.random() < 0.5
        for m in modules:
            task(m, "checkKotlinGradlePluginConfigurationErrors")
            if m == "app":
                task(m, "processResources")
            else:
                task(m, "processResources", "NO-SOURCE")
            changed = g.r.random() < 0.5
            if not changed:
                task(m, "compileKotlin", "FROM-CACHE" if cached else "UP-TO-DATE")
            else:
                task(m, "compileKotlin")
                for _ in range(g.num(0, 4)):
                    msg, ev = g.c(kt_warn)
                    cls = g.c(["OrderService", "PriceCalculator", "OutboxPublisher", "JsonMapper", "Money", "OrderController", "RetryPolicy"])
                    out(f"w: file:///builds/acme/shop/{m}/src/main/kotlin/com/acme/shop/{m}/{cls}.kt:{g.num(10, 300)}:{g.num(5, 60)} " + msg.format(p=g.c(["ctx", "clock", "event", "unused", "locale"]), t=g.c(["String", "Int", "Order"])), ev)
                if compile_fail and m == "domain":
                    for _ in range(g.num(1, 3)):
                        msg, ev = g.c([("Unresolved reference: applyVoucher", "kotlin_error_unresolved"), ("Type mismatch: inferred type is BigDecimal? but BigDecimal was expected", "kotlin_error_type_mismatch"),
                                       ("No value passed for parameter currency", "kotlin_error_no_value")])
                        out(f"e: file:///builds/acme/shop/{m}/src/main/kotlin/com/acme/shop/{m}/{g.c(['PricingService', 'Order', 'DiscountRules'])}.kt:{g.num(10, 300)}:{g.num(5, 60)} {msg}", ev)
                    out("", "blank")
                    out("> Task :domain:compileKotlin FAILED", "task_failed")
                    out("", "blank")
                    out("FAILURE: Build failed with an exception.", "failure_header")
                    out("", "blank")
                    out("* What went wrong:", "what_went_wrong")
                    out("Execution failed for task ':domain:compileKotlin'.", "execution_failed")
                    out("> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction", "failure_cause")
                    out("   > Compilation error. See log for more details", "failure_cause_nested")
                    out("", "blank")
                    try_block()
                    out(f"BUILD FAILED in {g.num(20, 59)}s", "build_failed")
                    out(f"{g.num(20, 40)} actionable tasks: {g.num(5, 20)} executed, {g.num(5, 20)} up-to-date", "actionable_tasks")
                    return
            task(m, "compileJava", "NO-SOURCE")
            task(m, "classes", "UP-TO-DATE")
            task(m, "jar")
            task(m, "processTestResources", "NO-SOURCE")
            task(m, "compileTestKotlin", None if changed else ("FROM-CACHE" if cached else "UP-TO-DATE"))
            task(m, "compileTestJava", "NO-SOURCE")
            task(m, "testClasses", "UP-TO-DATE")
            if not changed and cached:
                task(m, "test", "FROM-CACHE")
            else:
                task(m, "test")
                out("", "blank")
                for cls in tests[m]:
                    for meth in g.r.sample(methods, g.num(2, 5)):
                        r = g.r.random()
                        if r < 0.007:
                            out(f"{cls} > {meth} FAILED", "test_failed")
                            exc = g.c([("org.opentest4j.AssertionFailedError", f"{cls}.kt:{g.num(20, 200)}"), ("java.lang.IllegalStateException", f"{cls}.kt:{g.num(20, 200)}"),
                                       ("org.testcontainers.containers.ContainerLaunchException", "GenericContainer.java:359")])
                            out(f"    {exc[0]} at {exc[1]}", "test_failed_exception")
                            if exc[0].endswith("LaunchException"):
                                out("        Caused by: org.rnorth.ducttape.RetryCountExceededException at Unreliables.java:88", "test_failed_caused_by")
                            failed_tests.append(m)
                        elif r < 0.05:
                            out(f"{cls} > {meth} SKIPPED", "test_skipped")
                        else:
                            out(f"{cls} > {meth} PASSED", "test_passed")
                out("", "blank")
                n = g.num(10, 90)
                f = failed_tests.count(m)
                if f:
                    out(f"{n} tests completed, {f} failed, {g.num(0, 3)} skipped", "tests_completed_failed")
                    out("", "blank")
                    out(f"> Task :{m}:test FAILED", "task_failed")
                    break
            task(m, "check")
            task(m, "assemble")
            task(m, "build")
        if failed_tests:
            out("", "blank")
            out("FAILURE: Build failed with an exception.", "failure_header")
            out("", "blank")
            out("* What went wrong:", "what_went_wrong")
            out(f"Execution failed for task ':{failed_tests[0]}:test'.", "execution_failed")
            out(f"> There were failing tests. See the report at: file:///builds/acme/shop/{failed_tests[0]}/build/reports/tests/test/index.html", "failing_tests_report")
            out("", "blank")
            try_block()
            out(f"BUILD FAILED in {g.num(1, 4)}m {g.num(0, 59)}s", "build_failed")
        else:
            out("", "blank")
            out("[Incubating] Problems report is available at: file:///builds/acme/shop/build/reports/problems/problems-report.html", "problems_report")
            out("", "blank")
            out("Deprecated Gradle features were used in this build, making it incompatible with Gradle 9.0.", "deprecated_features")
            out("", "blank")
            out("You can use '--warning-mode all' to show the individual deprecation warnings and determine if they come from your own scripts or plugins.", "warning_mode_hint")
            out("", "blank")
            out("For more on this, please refer to https://docs.gradle.org/8.10.2/userguide/command_line_interface.html#sec:command_line_warnings in the Gradle documentation.", "docs_hint")
            out("", "blank")
            out(f"BUILD SUCCESSFUL in {g.num(1, 6)}m {g.num(0, 59)}s", "build_successful")
        out(f"{g.num(60, 90)} actionable tasks: {g.num(10, 60)} executed, {g.num(0, 30)} from cache, {g.num(0, 30)} up-to-date", "actionable_tasks")
        if g.r.random() < 0.6:
            out("Configuration cache entry stored.", "config_cache_stored")

    def try_block():
        out("* Try:", "try_header")
        out("> Run with --stacktrace option to get the stack trace.", "try_stacktrace")
        out("> Run with --info or --debug option to get more log output.", "try_info")
        out("> Run with --scan to get full insights.", "try_scan")
        out("> Get more help at https://help.gradle.org.", "try_help")
        out("", "blank")

    def job():
        sha = g.hx(8)
        out(f"$ ./gradlew build --console=plain -Pci.commit={sha}", "shell_command")
        build()
        out("", "blank")

    ev = [(1, job)]
    return L.run(ev, None)

# 15 --------------------------------------------------------------- ffmpeg 6.1 batch transcode (a shell loop over phone clips, stderr to a file with the
#                                                                     progress line's carriage returns turned into newlines, -stats_period 2)
def log_ffmpeg(seed):
    L = Log("ffmpeg_batch", seed, None, False, True)
    g = L.g
    st = {"n": g.num(1, 40)}

    def out(text, ev, comp=None):
        L.emit(text, ev, None, comp)

    def ctx(name, msg, ev):
        ptr = f"0x{g.num(0x55d000000000, 0x55dfffffffff) & ~0xf:x}"
        out(f"[{name} @ {ptr}] {msg}", ev, name)
        return ptr

    def banner():
        out("ffmpeg version 6.1.1-3ubuntu5 Copyright (c) 2000-2023 the FFmpeg developers", "banner_version")
        out("  built with gcc 13 (Ubuntu 13.2.0-23ubuntu3)", "banner_built_with")
        out("  configuration: --prefix=/usr --extra-version=3ubuntu5 --toolchain=hardened --libdir=/usr/lib/x86_64-linux-gnu --incdir=/usr/include/x86_64-linux-gnu --arch=amd64 --enable-gpl --disable-stripping --disable-omx --enable-gnutls --enable-libaom --enable-libass --enable-libbs2b --enable-libcaca --enable-libcdio --enable-libcodec2 --enable-libdav1d --enable-libflite --enable-libfontconfig --enable-libfreetype --enable-libfribidi --enable-libglslang --enable-libgme --enable-libgsm --enable-libharfbuzz --enable-libmp3lame --enable-libmysofa --enable-libopenjpeg --enable-libopenmpt --enable-libopus --enable-librubberband --enable-libshine --enable-libsnappy --enable-libsoxr --enable-libspeex --enable-libtheora --enable-libtwolame --enable-libvidstab --enable-libvorbis --enable-libvpx --enable-libwebp --enable-libx265 --enable-libxml2 --enable-libxvid --enable-libzimg --enable-openal --enable-opencl --enable-opengl --disable-sndio --enable-libvpl --disable-libmfx --enable-libdc1394 --enable-libdrm --enable-libiec61883 --enable-chromaprint --enable-frei0r --enable-ladspa --enable-libbluray --enable-libjack --enable-libpulse --enable-librabbitmq --enable-librist --enable-libsrt --enable-libssh --enable-libsvtav1 --enable-libx264 --enable-libzmq --enable-libzvbi --enable-lv2 --enable-sdl2 --enable-libplacebo --enable-librav1e --enable-pocketsphinx --enable-librsvg --enable-libjxl --enable-shared", "banner_configuration")
        for lib, a, b in [("libavutil", 58, 29), ("libavcodec", 60, 31), ("libavformat", 60, 16), ("libavdevice", 60, 3), ("libavfilter", 9, 12), ("libswscale", 7, 5), ("libswresample", 4, 12), ("libpostproc", 57, 3)]:
            out(f"  {lib:<14}{a:>3}.{b:>3}.100 / {a:>3}.{b:>3}.100", "banner_lib")

    def meta(indent, key, val, ev):
        out(f"{' ' * indent}{key:<16}: {val}", ev)

    def job():
        st["n"] += 1
        name = f"IMG_{g.num(1000, 9999)}" if g.r.random() < 0.7 else f"PXL_2026{g.num(1001, 1130)}_{g.num(100000, 235959)}{g.num(100, 999)}"
        ext = "MOV" if name.startswith("IMG") else "mp4"
        src = f"incoming/{name}.{ext}"
        dst = f"out/{name}.mp4"
        out(f"=== [{st['n']}] {src} -> {dst}", "script_banner")
        banner()
        if g.r.random() < 0.05:
            ctx("mov,mp4,m4a,3gp,3g2,mj2", "moov atom not found", "moov_not_found")
            out(f"{src}: Invalid data found when processing input", "invalid_data")
            return
        apple = ext == "MOV"
        dur = g.c([g.num(3, 40), g.num(3, 40), g.num(20, 300)]) + g.num(0, 99) / 100
        fps = g.c([29.97, 30, 59.94, 60]) if apple else g.c([30, 30, 60])
        w, h = g.c([(1920, 1080), (3840, 2160), (1080, 1920), (2160, 3840)])
        out(f"Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '{src}':", "input_header")
        out("  Metadata:", "metadata_header")
        meta(4, "major_brand", "qt  " if apple else "mp42", "meta_major_brand")
        meta(4, "minor_version", 0, "meta_minor_version")
        meta(4, "compatible_brands", "qt  " if apple else "isommp42", "meta_compatible_brands")
        ct = L.t - dt.timedelta(days=g.num(1, 30), seconds=g.num(0, 86400))
        meta(4, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
        if apple:
            meta(4, "com.apple.quicktime.location.accuracy.horizontal", f"{g.f(3, 40, 6)}", "meta_qt_location_accuracy")
            meta(4, "com.apple.quicktime.location.ISO6709", f"+{g.f(40, 55, 4)}+{g.f(0, 15, 4):0>8}+{g.f(10, 300, 3)}/", "meta_qt_location")
            meta(4, "com.apple.quicktime.make", "Apple", "meta_qt_make")
            meta(4, "com.apple.quicktime.model", g.c(["iPhone 15 Pro", "iPhone 14", "iPhone 13 mini"]), "meta_qt_model")
            meta(4, "com.apple.quicktime.software", f"{g.c(['17.6.1', '18.1', '18.1.1'])}", "meta_qt_software")
            meta(4, "com.apple.quicktime.creationdate", f"{ct:%Y-%m-%dT%H:%M:%S}+0100", "meta_qt_creationdate")
        else:
            meta(4, "com.android.version", g.c(["14", "15"]), "meta_android_version")
            meta(4, "com.android.capture.fps", f"{fps:.6f}", "meta_android_fps")
        br = g.num(8000, 60000)
        out(f"  Duration: {int(dur // 3600):02d}:{int(dur % 3600 // 60):02d}:{dur % 60:05.2f}, start: 0.000000, bitrate: {br} kb/s", "duration_line")
        vcodec = "hevc (Main 10) (hvc1 / 0x31637668), yuv420p10le(tv, bt2020nc/bt2020/arib-std-b67)" if apple else "h264 (High) (avc1 / 0x31637661), yuvj420p(pc, bt470bg/bt470bg/smpte170m, progressive)"
        out(f"  Stream #0:0[0x1](und): Video: {vcodec}, {w}x{h}, {br - 256} kb/s, {fps} fps, {fps} tbr, {'600' if apple else '90k'} tbn (default)", "stream_video")
        out("    Metadata:", "metadata_header")
        meta(6, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
        meta(6, "handler_name", "Core Media Video" if apple else "VideoHandle", "meta_handler_name")
        meta(6, "vendor_id", "[0][0][0][0]", "meta_vendor_id")
        if apple:
            meta(6, "encoder", "HEVC", "meta_encoder")
            out("    Side data:", "side_data_header")
            out(f"      displaymatrix: rotation of {g.c(['-90.00', '-90.00', '90.00', '180.00'])} degrees", "side_data_displaymatrix")
        out(f"  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), {g.c([44100, 48000])} Hz, {g.c(['stereo', 'stereo', 'mono'])}, fltp, {g.c([96, 128, 160, 256])} kb/s (default)", "stream_audio")
        out("    Metadata:", "metadata_header")
        meta(6, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
        meta(6, "handler_name", "Core Media Audio" if apple else "SoundHandle", "meta_handler_name")
        meta(6, "vendor_id", "[0][0][0][0]", "meta_vendor_id")
        if apple:
            for k in range(2, g.num(2, 5)):
                out(f"  Stream #0:{k}[0x{k + 1}](und): Data: none (mebx / 0x7862656D), {g.num(0, 9)} kb/s (default)", "stream_data")
                out("    Metadata:", "metadata_header")
                meta(6, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
                meta(6, "handler_name", "Core Media Metadata", "meta_handler_name")
        out("Stream mapping:", "stream_mapping")
        out(f"  Stream #0:0 -> #0:0 ({'hevc' if apple else 'h264'} (native) -> h264 (libx264))", "mapping_line")
        out("  Stream #0:1 -> #0:1 (aac (native) -> aac (native))", "mapping_line")
        out("Press [q] to stop, [?] for help", "press_q")
        if not apple:
            ctx("swscaler", "deprecated pixel format used, make sure you did set range correctly", "swscaler_deprecated")
        ptr = ctx("libx264", "using cpu capabilities: MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2", "x264_cpu_caps")
        ow, oh = (1280, 720) if w > h else (720, 1280)

        def x264(msg, ev):
            out(f"[libx264 @ {ptr}] {msg}", ev, "libx264")
        x264("profile High, level 3.1, 4:2:0, 8-bit", "x264_profile")
        x264("264 - core 164 r3108 31e19f9 - H.264/MPEG-4 AVC codec - Copyleft 2003-2023 - http://www.videolan.org/x264.html - options: cabac=1 ref=3 deblock=1:0:0 analyse=0x3:0x113 me=hex subme=7 psy=1 psy_rd=1.00:0.00 mixed_ref=1 me_range=16 chroma_me=1 trellis=1 8x8dct=1 cqm=0 deadzone=21,11 fast_pskip=1 chroma_qp_offset=-2 threads=24 lookahead_threads=4 sliced_threads=0 nr=0 decimate=1 interlaced=0 bluray_compat=0 constrained_intra=0 bframes=3 b_pyramid=2 b_adapt=1 b_bias=0 direct=1 weightb=1 open_gop=0 weightp=2 keyint=250 keyint_min=25 scenecut=40 intra_refresh=0 rc_lookahead=40 rc=crf mbtree=1 crf=23.0 qcomp=0.60 qpmin=0 qpmax=69 qpstep=4 ip_ratio=1.40 aq=1:1.00", "x264_options")
        out(f"Output #0, mp4, to '{dst}':", "output_header")
        out("  Metadata:", "metadata_header")
        meta(4, "major_brand", "qt  " if apple else "mp42", "meta_major_brand")
        meta(4, "minor_version", 0, "meta_minor_version")
        meta(4, "compatible_brands", "qt  " if apple else "isommp42", "meta_compatible_brands")
        meta(4, "encoder", "Lavf60.16.100", "meta_encoder")
        out(f"  Stream #0:0(und): Video: h264 (avc1 / 0x31637661), yuv420p(tv, {'bt2020nc/bt2020/arib-std-b67' if apple else 'bt470bg/bt470bg/smpte170m'}, progressive), {ow}x{oh}, q=2-31, {fps} fps, {g.c(['30k', '15360', '60k'])} tbn (default)", "out_stream_video")
        out("    Metadata:", "metadata_header")
        meta(6, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
        meta(6, "handler_name", "Core Media Video" if apple else "VideoHandle", "meta_handler_name")
        meta(6, "vendor_id", "[0][0][0][0]", "meta_vendor_id")
        meta(6, "encoder", "Lavc60.31.102 libx264", "meta_encoder")
        out("    Side data:", "side_data_header")
        out("      cpb: bitrate max/min/avg: 0/0/0 buffer size: 0 vbv_delay: N/A", "side_data_cpb")
        out(f"  Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 128 kb/s (default)", "out_stream_audio")
        out("    Metadata:", "metadata_header")
        meta(6, "creation_time", f"{ct:%Y-%m-%dT%H:%M:%S}.000000Z", "meta_creation_time")
        meta(6, "handler_name", "Core Media Audio" if apple else "SoundHandle", "meta_handler_name")
        meta(6, "vendor_id", "[0][0][0][0]", "meta_vendor_id")
        meta(6, "encoder", "Lavc60.31.102 aac", "meta_encoder")
        speed = g.f(0.8, 4.0, 2)
        rate = g.num(250, 400)
        pos, frames, size, wall = 0.0, 0, 0, 0.0
        while pos < dur:
            wall += 2
            pos = min(dur, pos + float(speed) * 2 * g.r.uniform(0.9, 1.1))
            frames = int(pos * fps)
            size = int(pos * rate * g.r.uniform(0.97, 1.03))
            if pos >= dur:
                break
            if g.r.random() < 0.01:
                kind = g.c(["poc", "mb", "cabac"])
                if kind == "poc":
                    ctx("hevc" if apple else "h264", f"Could not find ref with POC {g.num(0, 120)}", "decode_missing_ref")
                elif kind == "mb":
                    ctx("hevc" if apple else "h264", f"error while decoding MB {g.num(0, 120)} {g.num(0, 67)}, bytestream {g.num(-9, 900)}", "decode_mb_error")
                else:
                    ctx("hevc" if apple else "h264", f"cabac decode of qscale diff failed at {g.num(0, 120)} {g.num(0, 67)}", "decode_cabac_qscale")
            t = pos
            br2 = size * 8 / max(t, 0.01)
            out(f"frame={frames:5d} fps={int(frames / wall):3d} q={g.c(['28.0', '29.0', '27.0'])} size={size:8d}kB time={int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:05.2f} bitrate={br2:6.1f}kbits/s speed={speed}x    ", "progress")
        t = dur
        vkb = int(size * 0.93)
        akb = size - vkb
        ctx("out#0/mp4", f"video:{vkb}kB audio:{akb}kB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: {g.f(0.05, 0.9, 6)}%", "muxing_summary")
        out(f"frame={frames:5d} fps={int(frames / max(wall, 1)):3d} q=-1.0 Lsize={size:8d}kB time={int(t // 3600):02d}:{int(t % 3600 // 60):02d}:{t % 60:05.2f} bitrate={size * 8 / t:6.1f}kbits/s speed={speed}x    ", "progress_final")
        nI, nP, nB = g.num(2, 40), g.num(100, 2000), g.num(200, 5000)
        x264(f"frame I:{nI:<5} Avg QP:{g.f(16, 24, 2)}  size:{g.num(20000, 200000):>6}", "x264_frame_stats")
        x264(f"frame P:{nP:<5} Avg QP:{g.f(20, 27, 2)}  size:{g.num(2000, 40000):>6}", "x264_frame_stats")
        x264(f"frame B:{nB:<5} Avg QP:{g.f(22, 30, 2)}  size:{g.num(200, 9000):>6}", "x264_frame_stats")
        x264(f"consecutive B-frames: {g.f(0, 10, 1):>4}% {g.f(0, 10, 1):>4}% {g.f(0, 20, 1):>4}% {g.f(60, 95, 1):>4}%", "x264_consecutive_b")
        x264(f"mb I  I16..4: {g.f(5, 40, 1):>4}% {g.f(30, 80, 1):>4}% {g.f(5, 30, 1):>4}%", "x264_mb_i")
        x264(f"mb P  I16..4: {g.f(0, 5, 1):>4}% {g.f(0, 9, 1):>4}% {g.f(0, 3, 1):>4}%  P16..4: {g.f(10, 40, 1):>4}% {g.f(2, 12, 1):>4}% {g.f(0, 5, 1):>4}%  0.0%  0.0%    skip:{g.f(30, 70, 1):>4}%", "x264_mb_p")
        x264(f"mb B  I16..4: {g.f(0, 1, 1):>4}% {g.f(0, 2, 1):>4}% {g.f(0, 1, 1):>4}%  B16..8: {g.f(10, 40, 1):>4}% {g.f(0, 3, 1):>4}% {g.f(0, 2, 1):>4}%  direct:{g.f(0, 5, 1):>4}%  skip:{g.f(40, 80, 1):>4}%  L0:{g.f(30, 50, 1):>4}% L1:{g.f(30, 50, 1):>4}% BI:{g.f(5, 20, 1):>4}%", "x264_mb_b")
        x264(f"8x8 transform intra:{g.f(40, 80, 1)}% inter:{g.f(50, 90, 1)}%", "x264_8x8")
        x264(f"coded y,uvDC,uvAC intra: {g.f(20, 60, 1)}% {g.f(20, 60, 1)}% {g.f(1, 20, 1)}% inter: {g.f(1, 15, 1)}% {g.f(1, 15, 1)}% {g.f(0, 2, 1)}%", "x264_coded")
        x264(f"i16 v,h,dc,p: {g.num(10, 40)}% {g.num(10, 40)}% {g.num(5, 20)}% {g.num(10, 40)}%", "x264_i16")
        x264(f"i8 v,h,dc,ddl,ddr,vr,hd,vl,hu: " + " ".join(f"{g.num(2, 30):>2}%" for _ in range(9)), "x264_i8")
        x264(f"i4 v,h,dc,ddl,ddr,vr,hd,vl,hu: " + " ".join(f"{g.num(2, 30):>2}%" for _ in range(9)), "x264_i4")
        x264(f"i8c dc,h,v,p: {g.num(40, 70)}% {g.num(10, 25)}% {g.num(10, 25)}% {g.num(2, 8)}%", "x264_i8c")
        x264(f"Weighted P-Frames: Y:{g.f(0, 5, 1)}% UV:{g.f(0, 3, 1)}%", "x264_weighted_p")
        x264(f"ref P L0: {g.f(50, 70, 1)}% {g.f(10, 20, 1)}% {g.f(10, 20, 1)}% {g.f(1, 9, 1)}% {g.f(0, 1, 1)}%", "x264_ref_p")
        x264(f"ref B L0: {g.f(70, 90, 1)}% {g.f(5, 20, 1)}% {g.f(1, 5, 1)}%", "x264_ref_b_l0")
        x264(f"ref B L1: {g.f(90, 99, 1)}% {g.f(1, 9, 1)}%", "x264_ref_b_l1")
        x264(f"kb/s:{g.f(1500, 6000, 2)}", "x264_kbs")
        ctx("aac", f"Qavg: {g.f(100, 9000, 3)}", "aac_qavg")

    ev = [(1, job)]
    return L.run(ev, None)

# 16 --------------------------------------------------------------- Valheim dedicated server 0.219 (Linux, Steam), stdout captured by the service wrapper
def log_valheim(seed):
    L = Log("valheim_server", seed, "full", False, False)
    g = L.g
    players = [(f"7656119{g.num(8000000000, 9999999999)}", n) for n in ["Ragnar", "Freydis", "Bjorn_Ironside", "Lagertha", "Ulfr", "Sigrid", "HelgaTheBold", "Torvald", "Eirik"]]
    online = {}
    st = {"zdos": g.num(300000, 700000), "wt": g.r.uniform(100000, 600000)}

    def out(msg, ev):
        t = L.t
        L.emit(f"{t:%m/%d/%Y %H:%M:%S}: {msg}", ev)

    def startup():
        out("Valheim version: l-0.219.16 (network version 34)", "version")
        out("Steam game server initialized", "steam_init")
        out("Zonesystem Awake 0", "zonesystem_awake")
        out("Get create world Midgard", "get_create_world")
        out("Load world: Midgard (Midgard)", "load_world")
        out("loading from Local", "loading_from")
        L.tick(2)
        out(f"Loading {st['zdos']} zdos, data version:33", "loading_zdos")
        out(f"Loaded {g.num(1000, 90000)} dead zdos", "loaded_dead_zdos")
        out(f"Removed {g.num(0, 900)} OLD generated ZDOS", "removed_old_zdos")
        out(f"Loaded {g.num(5000, 9000)} locations", "loaded_locations")
        out(f"Game server connected", "game_server_connected")
        out(f"Server ID {g.num(90071992547409000, 90071992547409999)}", "server_id")
        out(f"Registering lobby", "registering_lobby")

    def join():
        free = [p for p in players if p[0] not in online]
        if not free:
            return leave()
        sid, name = g.c(free)
        out("New connection", "new_connection")
        out("Accepting connection k_ESteamNetworkingConnectionState_Connecting", "accepting_connection")
        out("Connected", "connected")
        out("Got status changed msg k_ESteamNetworkingConnectionState_Connected", "status_changed")
        out(f"Got connection SteamID {sid}", "got_connection")
        L.tick(1)
        out(f"Got handshake from client {sid}", "got_handshake")
        if g.r.random() < 0.06:
            out(f"Peer {sid} has wrong password", "wrong_password")
            disconnect(sid)
            return
        if g.r.random() < 0.04:
            out(f"Peer {sid} has incompatible version, mine:0.219.16 remote 0.218.21", "incompatible_version")
            disconnect(sid)
            return
        out("Server: New peer connected,sending global keys", "new_peer")
        L.tick(3)
        online[sid] = name
        out(f"Got character ZDOID from {name} : {g.num(-2147483647, 2147483647)}:{g.num(1, 9)}", "got_character_zdoid")
        out(f"Console: <color=orange>{name}</color>: <color=#FFEB04FF>I HAVE ARRIVED!</color>", "arrived")

    def disconnect(sid):
        out("Got status changed msg k_ESteamNetworkingConnectionState_ClosedByPeer", "status_changed")
        out("Socket closed by peer Steamworks.SteamNetConnectionStatusChangedCallback_t", "socket_closed_by_peer")
        out(f"RPC_Disconnect", "rpc_disconnect")
        out(f"Disposing socket", "disposing_socket")
        out(f"Closing socket {sid}", "closing_socket")
        out(f"  send queue size:0", "send_queue_size")

    def leave():
        if not online:
            return join()
        sid = g.c(list(online))
        online.pop(sid)
        disconnect(sid)
        for _ in range(g.num(0, 3)):
            out(f"Destroying abandoned non persistent zdo {g.num(-2147483647, 2147483647)}:{g.num(1, 90000)} owner {g.num(-2147483647, 2147483647)}", "destroying_zdo")

    def death():
        if not online:
            return join()
        name = online[g.c(list(online))]
        out(f"Got character ZDOID from {name} : 0:0", "got_character_zdoid")
        L.tick(8)
        out(f"Got character ZDOID from {name} : {g.num(-2147483647, 2147483647)}:{g.num(1, 9)}", "got_character_zdoid")

    def stats():
        out(f"Connections {len(online)} ZDOS:{st['zdos']}  sent:{g.num(0, 90) * len(online)} recv:{g.num(0, 900) * len(online)}", "connections_stats")
        st["zdos"] += g.num(-200, 900)

    def save():
        out("World save writing starting", "save_starting")
        L.tick(0.5)
        out("World save writing finished", "save_finished")
        out(f"World saved ( {g.f(300, 4000, 3)}ms )", "world_saved")
        st["wt"] += g.r.uniform(1700, 1900)
        out("Considering autobackup. World time: {:.2f}, short time: {:.2f}, long time: {:.2f}, backup count: 4".format(st["wt"], 7200, 43200), "considering_backup")
        if g.r.random() < 0.3:
            out(f"Saved backup as /home/steam/.config/unity3d/IronGate/Valheim/worlds_local/Midgard_backup_auto-{L.t:%Y%m%d%H%M%S}.fwl", "saved_backup")

    def event():
        if not online:
            return stats()
        out(f"Random event set:{g.c(['army_eikthyr', 'army_theelder', 'foresttrolls', 'skeletons', 'blobs', 'wolves', 'surtlings', 'army_bonemass', 'bats', 'army_moder', 'army_goblin', 'hildirboss1', 'ashlandsarmy'])}", "random_event")

    def placed():
        if not online:
            return stats()
        out(f"Placed locations in zone {g.num(-60, 60)},{g.num(-60, 60)}  duration {g.f(0.5, 90, 3)} ms", "placed_locations")

    def dungeon():
        if not online:
            return stats()
        out(f"Dungeon loaded {g.num(1, 40)}", "dungeon_loaded")
        out(f"Dungeon load time {g.f(1, 900, 2)} ms", "dungeon_load_time")

    def timeout():
        if not online:
            return join()
        sid = g.c(list(online))
        online.pop(sid)
        out("Got status changed msg k_ESteamNetworkingConnectionState_ProblemDetectedLocally", "status_changed")
        out(f"Socket closed by peer Steamworks.SteamNetConnectionStatusChangedCallback_t", "socket_closed_by_peer")
        out(f"RPC_Disconnect", "rpc_disconnect")
        out(f"Disposing socket", "disposing_socket")
        out(f"Closing socket {sid}", "closing_socket")
        out(f"  send queue size:{g.num(0, 40000)}", "send_queue_size")

    def sleep():
        if len(online) < 1:
            return stats()
        out("Time skip: Sleeping time", "sleeping")
        out(f"Skipping forward to day {g.num(100, 900)}", "skipping_day")

    startup()
    ev = [(6, join), (5, leave), (4, death), (14, stats), (1.5, save), (3, event), (10, placed), (3, dungeon), (1, timeout), (1.5, sleep)]

    def slow(fn):
        def f():
            L.tick(50)
            fn()
        return f
    return L.run([(w, slow(fn)) for w, fn in ev], None)

# 17 --------------------------------------------------------------- ClamAV 1.3 clamd.log (LogTime yes, LogClean yes) on a file-upload server, clamdscan from the upload hook
def log_clamd(seed):
    L = Log("clamav_clamd", seed, "full", True, False)
    g = L.g
    st = {"sigs": g.num(8_690_000, 8_700_000)}

    def out(msg, ev, lv=None):
        L.emit(f"{ctime(L.t)} -> {msg}", ev, lv)

    def startup():
        out(f"+++ Started at {ctime(L.t)}", "started_at")
        out("Received 0 file descriptor(s) from systemd.", "received_fds")
        out("clamd daemon 1.3.1 (OS: Linux, ARCH: x86_64, CPU: x86_64)", "daemon_version")
        out("Log file size limited to 4294967295 bytes.", "log_size_limit")
        out("Reading databases from /var/lib/clamav", "reading_databases")
        out("Not loading PUA signatures.", "not_loading_pua")
        out("Bytecode: Security mode set to \"TrustSigned\".", "bytecode_mode")
        L.tick(15)
        out(f"Loaded {st['sigs']} signatures.", "loaded_signatures")
        out("LOCAL: Unix socket file /run/clamav/clamd.ctl", "local_socket")
        out("LOCAL: Setting connection queue length to 200", "local_queue")
        for text, ev in [("Limits: Global time limit set to 120000 milliseconds.", "limit_time"), ("Limits: Global size limit set to 419430400 bytes.", "limit_size"),
                         ("Limits: File size limit set to 104857600 bytes.", "limit_size"), ("Limits: Recursion level limit set to 17.", "limit_count"),
                         ("Limits: Files limit set to 10000.", "limit_count"), ("Limits: MaxEmbeddedPE limit set to 41943040 bytes.", "limit_size"),
                         ("Limits: MaxHTMLNormalize limit set to 41943040 bytes.", "limit_size"), ("Limits: MaxHTMLNoTags limit set to 8388608 bytes.", "limit_size"),
                         ("Limits: MaxScriptNormalize limit set to 20971520 bytes.", "limit_size"), ("Limits: MaxZipTypeRcg limit set to 1048576 bytes.", "limit_size"),
                         ("Limits: MaxPartitions limit set to 50.", "limit_count"), ("Limits: MaxIconsPE limit set to 100.", "limit_count"),
                         ("Limits: MaxRecHWP3 limit set to 16.", "limit_count"), ("Limits: PCREMatchLimit limit set to 100000.", "limit_count"),
                         ("Limits: PCRERecMatchLimit limit set to 2000.", "limit_count"), ("Limits: PCREMaxFileSize limit set to 104857600.", "limit_count"),
                         ("Archive support enabled.", "support_enabled"), ("AlertExceedsMax heuristic detection disabled.", "heuristic_disabled"),
                         ("Heuristic alerts enabled.", "heuristic_alerts_enabled"), ("Portable Executable support enabled.", "support_enabled"),
                         ("ELF support enabled.", "support_enabled"), ("Mail files support enabled.", "support_enabled"), ("OLE2 support enabled.", "support_enabled"),
                         ("PDF support enabled.", "support_enabled"), ("SWF support enabled.", "support_enabled"), ("HTML support enabled.", "support_enabled"),
                         ("XMLDOCS support enabled.", "support_enabled"), ("HWP3 support enabled.", "support_enabled"), ("OneNote support enabled.", "support_enabled"),
                         ("Self checking every 600 seconds.", "self_checking_every")]:
            out(text, ev)

    users = [f"u{g.num(10000, 99999)}" for _ in range(40)]
    kinds = [("pdf", "application"), ("docx", "application"), ("xlsx", "application"), ("jpg", "image"), ("png", "image"), ("zip", "application"), ("csv", "text"), ("heic", "image")]

    def upload_path():
        ext = g.c(kinds)[0]
        name = g.c(["invoice", "scan", "IMG", "report", "Kontoauszug", "CV", "contract", "photo", "export", "statement"]) + g.c(["_", "-", " "]) + str(g.num(1, 99999))
        return f"/srv/uploads/incoming/{g.c(users)}/{L.t:%Y/%m/%d}/{g.uuid()}/{name}.{ext}"

    def clean():
        out(f"{upload_path()}: OK", "scan_ok")

    def found():
        p = upload_path()
        sig = g.c(["Win.Trojan.Agent-1001937", "Doc.Downloader.Emotet-9850412-0", "Pdf.Exploit.CVE_2018_4993-6520353-0", "Xls.Dropper.Agent-7424489-0",
                   "Html.Phishing.Bank-6923155-0", "Win.Malware.Zusy-9967232-0", "Heuristics.Encrypted.Zip", "Heuristics.Phishing.Email.SpoofedDomain", "Js.Trojan.Nemucod-1014", "Eicar-Signature"])
        out(f"{p}: {sig} FOUND", "scan_found")

    def broken():
        p = upload_path()
        if g.r.random() < 0.5:
            out(f"LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning {g.c([27262976, 104857600])} bytes", "libclamav_warning_xz", "Warning")
        else:
            msg, ev = g.c([("PDF: Could not find the end of the xref table.", "libclamav_warning_pdf_xref"), ("cli_ole2_extract: Failed to open file (broken header)", "libclamav_warning_ole2"),
                           ("RAR: Error code: 1 - unrar: corrupt file", "libclamav_warning_rar")])
            out(f"LibClamAV Warning: {msg}", ev, "Warning")
        out(f"{p}: OK", "scan_ok")

    def lstat():
        out(f"WARNING: lstat() failed on: {upload_path()}", "lstat_failed", "WARNING")

    def cant_access():
        out(f"{upload_path()}: Access denied. ERROR", "access_denied", "ERROR")

    def selfcheck():
        if g.r.random() < 0.12:
            out("SelfCheck: Database modification detected. Forcing reload.", "selfcheck_modified")
            out("Reading databases from /var/lib/clamav", "reading_databases")
            L.tick(20)
            st["sigs"] += g.num(1, 90)
            out(f"Database correctly reloaded ({st['sigs']} signatures)", "db_reloaded")
            out("Activating the newly loaded database...", "activating_db")
        else:
            out("SelfCheck: Database status OK.", "selfcheck_ok")

    def too_large():
        out(f"{upload_path()}: Heuristics.Limits.Exceeded.MaxFileSize FOUND", "scan_found")

    def timeout_client():
        out("ERROR: Command read timed out", "command_read_timeout", "ERROR")

    last = {"check": L.t}

    def step(fn):
        def f():
            L.tick(25)
            while (L.t - last["check"]).total_seconds() >= 600:
                t = L.t
                L.t = last["check"] = last["check"] + dt.timedelta(seconds=600)
                selfcheck()
                L.t = max(t, L.t)
            fn()
        return f

    startup()
    ev = [(60, clean), (2.5, found), (2, broken), (0.6, lstat), (0.4, cant_access), (0.3, too_large), (0.3, timeout_client)]
    return L.run([(w, step(fn)) for w, fn in ev], None)

# 18 --------------------------------------------------------------- Wazuh 4.9 manager /var/ossec/logs/alerts/alerts.log (multi-line alerts, blank line between)
def log_wazuh(seed):
    L = Log("wazuh_alerts", seed, "full", False, False)
    g = L.g
    agents = [("001", "web-01", "10.10.1.11"), ("002", "web-02", "10.10.1.12"), ("003", "db-01", "10.10.2.21"), ("004", "bastion", "10.10.0.5"), ("007", "WIN-FS01", "10.10.3.40"),
              ("008", "WIN-DC01", "10.10.3.10")]
    linux = agents[:4]
    st = {"off": g.num(10 ** 6, 9 * 10 ** 6)}
    attackers = [g.ip("pub") for _ in range(12)]

    def alert(groups, agent, location, rule, level, desc, body, full, mail=False):
        """body: [(line, event)] after the rule line; full: [(line, event)] the original log line(s)."""
        ts = int(L.t.timestamp())
        st["off"] += g.num(400, 4000)
        m = "mail  " if mail else ""
        L.emit(f"** Alert {ts}.{st['off']}: {m}- {groups}", "alert_header")
        if agent is None:
            L.emit(f"{L.t:%Y %b %d %H:%M:%S} wazuh-manager->{location}", "alert_location")
        else:
            L.emit(f"{L.t:%Y %b %d %H:%M:%S} ({agent[1]}) any->{location}", "alert_location")
        L.emit(f"Rule: {rule} (level {level}) -> '{desc}'", "alert_rule")
        for text, ev in body:
            L.emit(text, ev)
        for text, ev in full:
            L.emit(text, ev)
        L.emit("", "blank")

    def sys_ts():
        return syslog_ts(L.t)

    def ssh_fail():
        a = g.c(linux)
        ip = g.c(attackers)
        port = g.port()
        if g.r.random() < 0.6:
            u = g.c(["admin", "test", "oracle", "ubuntu", "git", "postgres", "user", "ftpuser", "deploy"])
            alert("syslog,sshd,authentication_failed,invalid_login,gdpr_IV_35.7.d,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,nist_800_53_AU.6,pci_dss_10.2.4,pci_dss_10.2.5,pci_dss_10.6.1,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
                  a, "journald", 5710, 5, "sshd: Attempt to login using a non-existent user",
                  [(f"Src IP: {ip}", "field_src_ip"), (f"Src Port: {port}", "field_src_port"), (f"User: {u}", "field_user")],
                  [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: Invalid user {u} from {ip} port {port}", "full_sshd_invalid_user")])
        else:
            u = g.c(["root", "root", "ubuntu", "admin"])
            alert("syslog,sshd,authentication_failed,gdpr_IV_35.7.d,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,pci_dss_10.2.4,pci_dss_10.2.5,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
                  a, "journald", 5760, 5, "sshd: authentication failed.",
                  [(f"Src IP: {ip}", "field_src_ip"), (f"Src Port: {port}", "field_src_port"), (f"User: {u}", "field_user")],
                  [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: Failed password for {u} from {ip} port {port} ssh2", "full_sshd_failed_password")])

    def brute():
        a = g.c(linux)
        ip = g.c(attackers)
        u = g.c(["admin", "test", "oracle", "ubuntu", "git"])
        port = g.port()
        alert("syslog,sshd,authentication_failures,gdpr_IV_35.7.d,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_SI.4,nist_800_53_AU.14,nist_800_53_AC.7,pci_dss_11.4,pci_dss_10.2.4,pci_dss_10.2.5,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "journald", 5712, 10, "sshd: brute force trying to get access to the system. Non existent user.",
              [(f"Src IP: {ip}", "field_src_ip"), (f"Src Port: {port}", "field_src_port"), (f"User: {u}", "field_user")],
              [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: Invalid user {u} from {ip} port {port}", "full_sshd_invalid_user")], mail=True)

    def ssh_ok():
        a = g.c(linux)
        u = g.c(["deploy", "alice", "bob", "ansible"])
        ip = g.c(["10.10.0.5", "10.10.0.6"])
        port = g.port()
        alert("syslog,sshd,authentication_success,gdpr_IV_32.2,gpg13_7.1,gpg13_7.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,pci_dss_10.2.5,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "journald", 5715, 3, "sshd: authentication success.",
              [(f"Src IP: {ip}", "field_src_ip"), (f"Src Port: {port}", "field_src_port"), (f"User: {u}", "field_user")],
              [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: Accepted publickey for {u} from {ip} port {port} ssh2: ED25519 SHA256:{g.alnum(43, B62)}", "full_sshd_accepted")])

    def pam():
        a = g.c(linux)
        u = g.c(["deploy", "alice", "bob", "ansible", "root"])
        if g.r.random() < 0.5:
            alert("pam,syslog,authentication_success,pci_dss_10.2.5,gpg13_7.8,gpg13_7.9,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
                  a, "journald", 5501, 3, "PAM: Login session opened.", [(f"User: {u}", "field_user")],
                  [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: pam_unix(sshd:session): session opened for user {u}(uid={g.num(1000, 1010) if u != 'root' else 0}) by {u}(uid=0)", "full_pam_session_opened")])
        else:
            alert("pam,syslog,gpg13_7.8,gpg13_7.9,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,pci_dss_10.2.5,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
                  a, "journald", 5502, 3, "PAM: Login session closed.", [(f"User: {u}", "field_user")],
                  [(f"{sys_ts()} {a[1]} sshd[{g.num(2000, 90000)}]: pam_unix(sshd:session): session closed for user {u}", "full_pam_session_closed")])

    def sudo():
        a = g.c(linux)
        u = g.c(["deploy", "alice", "bob", "ansible"])
        cmd = g.c(["/usr/bin/systemctl restart nginx", "/usr/bin/apt-get upgrade -y", "/usr/bin/journalctl -u app --since today", "/bin/bash", "/usr/bin/docker ps"])
        alert("syslog,sudo,gdpr_IV_32.2,gpg13_7.6,gpg13_7.8,gpg13_7.13,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,nist_800_53_AC.6,pci_dss_10.2.5,pci_dss_10.2.2,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "journald", 5402, 3, "Successful sudo to ROOT executed.", [(f"User: {u}", "field_user")],
              [(f"{sys_ts()} {a[1]} sudo[{g.num(2000, 90000)}]:     {u} : TTY=pts/{g.num(0, 3)} ; PWD=/home/{u} ; USER=root ; COMMAND={cmd}", "full_sudo_command")])

    def web400():
        a = g.c(linux[:2])
        ip = g.c(attackers)
        path = g.c(["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/admin/config.php", "/.git/config", "/cgi-bin/luci/;stok=/locale", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])
        code = g.c([400, 403, 404, 404, 404])
        full = f"{ip} - - [{L.t:%d/%b/%Y:%H:%M:%S} +0000] \"GET {path} HTTP/1.1\" {code} {g.num(150, 600)} \"-\" \"{g.c(['Mozilla/5.0 zgrab/0.x', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'python-requests/2.31.0', 'curl/8.5.0'])}\""
        alert("web,accesslog,attack,pci_dss_6.5,pci_dss_11.4,gdpr_IV_35.7.d,nist_800_53_SA.11,nist_800_53_SI.4,tsc_CC6.6,tsc_CC7.1,tsc_CC8.1,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "/var/log/nginx/access.log", 31101, 5, "Web server 400 error code.", [(f"Src IP: {ip}", "field_src_ip")], [(full, "full_nginx_access")])

    def fim():
        a = g.c(linux)
        path = g.c(["/etc/nginx/nginx.conf", "/etc/passwd", "/etc/shadow", "/etc/ssh/sshd_config", "/usr/bin/sudo", "/etc/crontab", "/etc/hosts"])
        old, new = g.num(200, 9000), g.num(200, 9000)
        t0 = int(L.t.timestamp()) - g.num(3600, 9 * 86400)
        body = [(f"File '{path}' modified", "fim_file_modified"), (f"Mode: {g.c(['realtime', 'scheduled', 'whodata'])}", "fim_mode"),
                ("Changed attributes: size,mtime,md5,sha1,sha256", "fim_changed_attrs"), (f"Size changed from '{old}' to '{new}'", "fim_size_changed"),
                (f"Old modification time was: '{t0}', now it is '{int(L.t.timestamp())}'", "fim_mtime_changed"),
                (f"Old md5sum was: '{g.hx(32)}'", "fim_old_md5"), (f"New md5sum is : '{g.hx(32)}'", "fim_new_md5"),
                (f"Old sha1sum was: '{g.hx(40)}'", "fim_old_sha1"), (f"New sha1sum is : '{g.hx(40)}'", "fim_new_sha1"),
                (f"Old sha256sum was: '{g.hx(64)}'", "fim_old_sha256"), (f"New sha256sum is : '{g.hx(64)}'", "fim_new_sha256"),
                ("", "blank"), ("Attributes:", "fim_attributes_header"),
                (f" - Size: {new}", "fim_attr_size"), (" - Permissions: rw-r--r--", "fim_attr_perms"), (f" - Date: {L.t:%a %b %d %H:%M:%S %Y}", "fim_attr_date"),
                (f" - Inode: {g.num(100000, 9999999)}", "fim_attr_inode"), (" - User: root (0)", "fim_attr_user"), (" - Group: root (0)", "fim_attr_group"),
                (f" - MD5: {g.hx(32)}", "fim_attr_md5"), (f" - SHA1: {g.hx(40)}", "fim_attr_sha1"), (f" - SHA256: {g.hx(64)}", "fim_attr_sha256")]
        alert("ossec,syscheck,syscheck_entry_modified,syscheck_file,pci_dss_11.5,gpg13_4.11,gdpr_II_5.1.f,hipaa_164.312.c.1,hipaa_164.312.c.2,nist_800_53_SI.7,tsc_PI1.4,tsc_PI1.5,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "syscheck", 550, 7, "Integrity checksum changed.", body, [], mail=path in ("/etc/passwd", "/etc/shadow", "/usr/bin/sudo"))

    def netstat():
        a = g.c(linux)
        ports = sorted(g.r.sample([22, 80, 443, 5432, 6379, 8080, 9100, 3306, 25, 111, 9200], g.num(3, 7)))
        body = [("ossec: output: 'netstat listening ports':", "netstat_output_header")]
        for p in ports:
            body.append((f"tcp{g.c(['', '6'])} {g.c(['0.0.0.0', '127.0.0.1', ':::'])}:{p} {g.c(['0.0.0.0', ':::'])}:* {g.num(300, 90000)}/{g.c(['sshd', 'nginx', 'postgres', 'redis-server', 'java', 'node_exporter', 'rpcbind'])}", "netstat_line"))
        body.append(("Previous output:", "netstat_previous_header"))
        body.append(("ossec: output: 'netstat listening ports':", "netstat_output_header"))
        for p in ports[:-1]:
            body.append((f"tcp {g.c(['0.0.0.0', '127.0.0.1'])}:{p} 0.0.0.0:* {g.num(300, 90000)}/{g.c(['sshd', 'nginx', 'postgres', 'redis-server'])}", "netstat_line"))
        alert("ossec,pci_dss_10.2.7,pci_dss_10.6.1,gpg13_10.1,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AU.6,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "netstat listening ports", 533, 7, "Listened ports status (netstat) changed (new port opened or closed).", body, [])

    def win_logon():
        a = g.c(agents[4:])
        u = g.c(["administrator", "svc_backup", "jdoe", "scanner", "guest"])
        ip = g.c(attackers + ["10.10.3.77"])
        ev = {"win": {"system": {"providerName": "Microsoft-Windows-Security-Auditing", "providerGuid": "{54849625-5478-4994-a5ba-3e3b0328c30d}", "eventID": "4625", "version": "0",
                                 "level": "0", "task": "12544", "opcode": "0", "keywords": "0x8010000000000000", "systemTime": f"{L.t:%Y-%m-%dT%H:%M:%S}.{L.t.microsecond:06d}00Z",
                                 "eventRecordID": str(g.num(10 ** 6, 9 * 10 ** 6)), "processID": "756", "threadID": str(g.num(1000, 9000)), "channel": "Security",
                                 "computer": f"{a[1]}.corp.example.com", "severityValue": "AUDIT_FAILURE",
                                 "message": "\"An account failed to log on.\""},
                      "eventdata": {"subjectUserSid": "S-1-0-0", "subjectLogonId": "0x0", "targetUserSid": "S-1-0-0", "targetUserName": u, "targetDomainName": "CORP",
                                    "status": "0xc000006d", "failureReason": "%%2313", "subStatus": g.c(["0xc000006a", "0xc0000064"]), "logonType": g.c(["3", "10"]),
                                    "logonProcessName": "NtLmSsp", "authenticationPackageName": "NTLM", "workstationName": g.c(["-", "kali", "WORKSTATION"]),
                                    "transmittedServices": "-", "lmPackageName": "-", "keyLength": "0", "processId": "0x0", "processName": "-", "ipAddress": ip, "ipPort": str(g.port())}}}
        alert("windows,windows_security,win_authentication_failed,pci_dss_10.2.4,pci_dss_10.2.5,gpg13_7.1,gdpr_IV_35.7.d,gdpr_IV_32.2,hipaa_164.312.b,nist_800_53_AU.14,nist_800_53_AC.7,tsc_CC6.1,tsc_CC6.8,tsc_CC7.2,tsc_CC7.3,",
              a, "EventChannel", 60122, 5, "Logon failure - Unknown user or bad password.", [], [(json.dumps(ev, separators=(",", ":")), "full_win_eventchannel_json")])

    def rootcheck():
        a = g.c(linux)
        f = g.c(["/dev/shm/.x/.ssh", "/var/tmp/.ICE-unix/.x", "/tmp/.X11-unix/.kworker"])
        alert("ossec,rootcheck,pci_dss_10.6.1,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.6,tsc_CC7.2,tsc_CC7.3,",
              a, "rootcheck", 510, 7, "Host-based anomaly detection event (rootcheck).", [(f"Title: {g.c(['Hidden file in /dev/shm', 'Suspicious file in /tmp'])}", "rootcheck_title"), (f"File: {f}", "rootcheck_file")],
              [g.c([(f"File '{f}' is owned by root and has written permissions to anyone.", "full_rootcheck_world_writable"),
                    (f"Anomaly '{f}' is hidden and inside a world-writable directory.", "full_rootcheck_hidden")])])

    def agent_event():
        a = g.c(agents)
        if g.r.random() < 0.5:
            alert("ossec,pci_dss_10.6.1,pci_dss_10.2.6,gpg13_10.1,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.6,nist_800_53_AU.14,nist_800_53_AU.5,tsc_CC7.2,tsc_CC7.3,tsc_CC6.8,",
                  None, "wazuh-monitord", 504, 3, "Wazuh agent disconnected.", [], [(f"ossec: Agent disconnected: '{a[0]}-{a[1]}'.", "full_agent_disconnected")])
        else:
            alert("ossec,pci_dss_10.6.1,gpg13_10.1,gdpr_IV_35.7.d,hipaa_164.312.b,nist_800_53_AU.6,tsc_CC7.2,tsc_CC7.3,",
                  a, "wazuh-agent", 503, 3, "Wazuh agent started.", [], [(f"ossec: Agent started: '{a[1]}->any'.", "full_agent_started")])

    ev = [(26, ssh_fail), (3, brute), (6, ssh_ok), (10, pam), (5, sudo), (14, web400), (2, fim), (1, netstat), (8, win_logon), (0.5, rootcheck), (1.2, agent_event)]
    return L.run(ev, None)

# 19 --------------------------------------------------------------- ESPHome 2024.11 `esphome logs living-room.yaml` (native API) from an ESP32 with DHT22,
#                                                                     PIR, relay, light, BLE tracker; the CLI reconnects after the device reboots
def log_esphome(seed):
    L = Log("esphome_logs", seed, "tod", True, True)
    g = L.g
    LV = {"E": "E|error", "W": "W|warn", "I": "I|info", "C": "C|config", "D": "D|debug", "V": "V|verbose"}
    st = {"temp": 21.4, "hum": 45.0, "uptime": g.num(10000, 900000), "motion": False, "relay": False}

    def d(lv, tag, line, msg, ev):
        t = L.t
        L.emit(f"[{t:%H:%M:%S}][{lv}][{tag}:{line:03d}]: {msg}", ev, LV[lv], tag)

    def cont(msg, ev, lv, tag):
        L.emit(msg, ev, LV[lv], tag)

    def cli(lv, msg, ev):
        L.emit(f"{lv} {msg}", ev, lv, None, t=None)

    def connect(first):
        if first:
            cli("INFO", "ESPHome 2024.11.2", "cli_version")
            cli("INFO", "Reading configuration living-room.yaml...", "cli_reading_config")
        cli("INFO", "Starting log output from 192.168.1.50 using esphome API", "cli_starting_log")
        cli("INFO", "Successfully connected to living-room @ 192.168.1.50 in 0.011s", "cli_connected")
        cli("INFO", "Successful handshake with living-room @ 192.168.1.50 in 0.112s", "cli_handshake")
        d("I", "app", 100, "ESPHome version 2024.11.2 compiled on Nov 24 2024, 19:12:03", "app_version")
        d("C", "wifi", 600, "WiFi:", "cfg_wifi")
        for text, ev in [("  Local MAC: 24:0A:C4:12:3A:F0", "cfg_wifi_mac"), ("  SSID: [redacted]", "cfg_wifi_ssid"), ("  IP Address: 192.168.1.50", "cfg_wifi_ip"),
                         ("  BSSID: [redacted]", "cfg_wifi_bssid"), ("  Hostname: 'living-room'", "cfg_wifi_hostname"), (f"  Signal strength: -{g.num(45, 75)} dB ▂▄▆█", "cfg_wifi_signal"),
                         (f"  Channel: {g.c([1, 6, 11])}", "cfg_wifi_channel"), ("  Subnet: 255.255.255.0", "cfg_wifi_subnet"), ("  Gateway: 192.168.1.1", "cfg_wifi_gateway"),
                         ("  DNS1: 192.168.1.1", "cfg_wifi_dns"), ("  DNS2: 0.0.0.0", "cfg_wifi_dns")]:
            d("C", "wifi", 428 if "MAC" in text else 430, text, ev)
        d("C", "logger", 185, "Logger:", "cfg_logger")
        d("C", "logger", 186, "  Level: DEBUG", "cfg_logger_level")
        d("C", "logger", 188, "  Log Baud Rate: 115200", "cfg_logger_baud")
        d("C", "logger", 189, "  Hardware UART: UART0", "cfg_logger_uart")
        d("C", "dht", 51, "DHT:", "cfg_dht")
        d("C", "dht", 52, "  Pin: GPIO4", "cfg_pin")
        d("C", "dht", 56, "  Model: AM2302", "cfg_dht_model")
        d("C", "dht", 61, "  Update Interval: 60.0s", "cfg_update_interval")
        d("C", "dht", 63, "  Temperature 'Living Room Temperature'", "cfg_sensor_name")
        d("C", "dht", 63, "    Device Class: 'temperature'", "cfg_device_class")
        d("C", "dht", 63, "    State Class: 'measurement'", "cfg_state_class")
        d("C", "dht", 63, "    Unit of Measurement: '°C'", "cfg_unit")
        d("C", "dht", 63, "    Accuracy Decimals: 1", "cfg_accuracy")
        d("C", "dht", 64, "  Humidity 'Living Room Humidity'", "cfg_sensor_name")
        d("C", "dht", 64, "    Device Class: 'humidity'", "cfg_device_class")
        d("C", "dht", 64, "    State Class: 'measurement'", "cfg_state_class")
        d("C", "dht", 64, "    Unit of Measurement: '%'", "cfg_unit")
        d("C", "dht", 64, "    Accuracy Decimals: 0", "cfg_accuracy")
        d("C", "gpio.binary_sensor", 15, "GPIO Binary Sensor 'Motion'", "cfg_binary_sensor")
        d("C", "gpio.binary_sensor", 15, "  Device Class: 'motion'", "cfg_device_class")
        d("C", "gpio.binary_sensor", 16, "  Pin: GPIO27", "cfg_pin")
        d("C", "gpio.switch", 68, "GPIO Switch 'Relay 1'", "cfg_switch")
        d("C", "gpio.switch", 90, "  Restore Mode: always OFF", "cfg_restore_mode")
        d("C", "gpio.switch", 31, "  Pin: GPIO26", "cfg_pin")
        d("C", "light", 474, "Light 'Ceiling'", "cfg_light")
        d("C", "light", 476, "  Default Transition Length: 1.0s", "cfg_transition")
        d("C", "light", 477, "  Gamma Correct: 2.80", "cfg_gamma")
        d("C", "esp32_ble_tracker", 647, "BLE Tracker:", "cfg_ble_tracker")
        d("C", "esp32_ble_tracker", 648, "  Scan Duration: 300 s", "cfg_ble_scan_duration")
        d("C", "esp32_ble_tracker", 649, "  Scan Interval: 320.0 ms", "cfg_ble_scan_interval")
        d("C", "api", 140, "API Server:", "cfg_api")
        d("C", "api", 141, "  Address: living-room.local:6053", "cfg_address")
        d("C", "api", 143, "  Using noise encryption: YES", "cfg_api_noise")
        d("C", "ota", 93, "Over-The-Air updates:", "cfg_ota")
        d("C", "ota", 94, "  Address: living-room.local:3232", "cfg_address")
        d("C", "ota", 95, "  Version: 2", "cfg_ota_version")

    def dht():
        st["temp"] = round(st["temp"] + g.r.uniform(-0.3, 0.3), 1)
        st["hum"] = round(max(20, min(80, st["hum"] + g.r.uniform(-1.5, 1.5))), 1)
        if g.r.random() < 0.04:
            d("W", "dht", 174, "Requesting data from DHT failed!", "dht_failed")
            d("W", "dht", 62, "Invalid readings! Please check your wiring (pull-up resistor, pin number).", "dht_invalid")
            d("D", "sensor", 94, "'Living Room Temperature': Sending state nan °C with 1 decimals of accuracy", "sensor_state")
            d("D", "sensor", 94, "'Living Room Humidity': Sending state nan % with 0 decimals of accuracy", "sensor_state")
            return
        d("D", "dht", 48, f"Got Temperature={st['temp']:.1f}°C Humidity={st['hum']:.1f}%", "dht_got")
        d("D", "sensor", 94, f"'Living Room Temperature': Sending state {st['temp']:.5f} °C with 1 decimals of accuracy", "sensor_state")
        d("D", "sensor", 94, f"'Living Room Humidity': Sending state {st['hum']:.5f} % with 0 decimals of accuracy", "sensor_state")

    def wifi_signal():
        d("D", "sensor", 94, f"'Living Room WiFi Signal': Sending state -{g.num(45, 80)}.00000 dBm with 0 decimals of accuracy", "sensor_state")

    def uptime():
        st["uptime"] += 60
        u = st["uptime"]
        d("D", "sensor", 94, f"'Living Room Uptime': Sending state {u}.00000 s with 0 decimals of accuracy", "sensor_state")
        d("D", "text_sensor", 64, f"'Living Room Uptime Human': Sending state '{u // 86400}d {u % 86400 // 3600}h {u % 3600 // 60}m'", "text_sensor_state")

    def motion():
        st["motion"] = not st["motion"]
        d("D", "binary_sensor", 36, f"'Motion': Sending state {'ON' if st['motion'] else 'OFF'}", "binary_state")

    def relay():
        st["relay"] = not st["relay"]
        s = "ON" if st["relay"] else "OFF"
        d("D", "switch", 12 if s == "ON" else 16, f"'Relay 1' Turning {s}.", "switch_turning")
        d("D", "switch", 55, f"'Relay 1': Sending state {s}", "switch_state")
        d("D", "esp32.preferences", 114, "Saving 1 preferences to flash...", "prefs_saving")
        d("D", "esp32.preferences", 143, "Saving 1 preferences to flash: 0 cached, 1 written, 0 failed", "prefs_saved")

    def light():
        on = g.r.random() < 0.6
        d("D", "light", 36, "'Ceiling' Setting:", "light_setting")
        d("D", "light", 47, f"  State: {'ON' if on else 'OFF'}", "light_state")
        if on:
            d("D", "light", 59, f"  Brightness: {g.num(1, 100)}%", "light_brightness")
            d("D", "light", 65, f"  Color temperature: {g.num(153, 500)} mireds", "light_ct")
        d("D", "light", 109, f"  Transition length: {g.c(['1.0', '0.5', '2.0'])}s", "light_transition")

    def ble():
        mac = ":".join(f"{g.num(0, 255):02X}" for _ in range(6))
        d("D", "esp32_ble_tracker", 719, f"Found device {mac} RSSI=-{g.num(50, 98)}", "ble_found")
        d("D", "esp32_ble_tracker", 724, f"  Address Type: {g.c(['PUBLIC', 'RANDOM'])}", "ble_address_type")
        if g.r.random() < 0.4:
            d("D", "esp32_ble_tracker", 726, f"  Name: '{g.c(['ATC_3A1F2C', 'LYWSD03MMC', 'Galaxy Watch5', 'Flower care', 'Tile'])}'", "ble_name")

    def slow():
        comp = g.c(["wifi", "api", "dht", "esp32_ble_tracker"])
        d("W", "component", 237, f"Component {comp} took a long time for an operation ({g.num(31, 400)} ms).", "component_slow")
        d("W", "component", 238, "Components should block for at most 30 ms.", "component_block_hint")

    def ha():
        ok = g.r.random() < 0.6
        if ok:
            d("D", "api.connection", 1464, "Home Assistant 2024.11.3 (192.168.1.10): Connected successfully", "api_connected")
        else:
            msg, ev = g.c([("Reading failed: SOCKET_READ_FAILED errno=11", "api_reading_failed"), ("Connection closed", "api_connection_closed"), ("Sending keepalive failed, disconnecting", "api_keepalive_failed")])
            d("W", "api.connection", 1489, f"Home Assistant 2024.11.3 (192.168.1.10): {msg}", ev)

    def wifi_drop():
        d("W", "wifi_esp32", 713, f"Event: Disconnected ssid='[redacted]' bssid=[redacted] reason='{g.c(['Beacon Timeout', 'Association Leave', 'Handshake Failed'])}'", "wifi_disconnected")
        L.tick(3)
        d("I", "wifi", 313, "WiFi Connecting to 'HomeNet'...", "wifi_connecting")
        L.tick(2)
        if g.r.random() < 0.3:
            d("W", "wifi", 620, "Error while connecting to network.", "wifi_error")
        d("I", "wifi", 617, "WiFi Connected!", "wifi_connected")

    def reboot():
        if g.r.random() < 0.5:
            d("I", "app", 134, "Forcing a reboot...", "app_forcing_reboot")
        cli("WARNING", "Disconnected from API", "cli_disconnected")
        L.tick(8)
        connect(False)
        d("I", "ota", 117, "Boot seems successful, resetting boot loop counter.", "ota_boot_ok")
        d("D", "esp32.preferences", 114, "Saving 1 preferences to flash...", "prefs_saving")
        d("D", "esp32.preferences", 143, "Saving 1 preferences to flash: 0 cached, 1 written, 0 failed", "prefs_saved")

    connect(True)

    def step(fn, mean):
        def f():
            L.tick(mean)
            fn()
        return f

    ev = [(20, step(dht, 25)), (10, step(wifi_signal, 25)), (10, step(uptime, 25)), (8, step(motion, 20)), (3, step(relay, 60)), (4, step(light, 60)), (22, step(ble, 4)),
          (2, step(slow, 30)), (1, step(ha, 120)), (0.5, step(wifi_drop, 300)), (0.15, step(reboot, 600))]
    return L.run(ev, None)

# 20 --------------------------------------------------------------- Proxmox VE 8 storage host: `journalctl -o short` filtered to smartd, zed, kernel and the scrub/trim timers
def log_storage(seed):
    L = Log("proxmox_smartd_zed", seed, "noyear", False, True)
    g = L.g
    host = "pve03"
    disks = {"/dev/sda": ("WDC WD80EFAX-68KNBN0", f"VAK{g.alnum(5, string.ascii_uppercase + string.digits)}"), "/dev/sdb": ("WDC WD80EFAX-68KNBN0", f"VAK{g.alnum(5, string.ascii_uppercase + string.digits)}"),
             "/dev/sdc": ("ST8000VN004-2M2101", f"WSD{g.alnum(5, string.ascii_uppercase + string.digits)}"), "/dev/sdd": ("ST8000VN004-2M2101", f"WSD{g.alnum(5, string.ascii_uppercase + string.digits)}")}
    temps = {d: g.num(30, 40) for d in disks}
    pids = {"smartd": g.num(700, 900), "zed": g.num(900, 1100)}
    st = {"eid": g.num(40, 400), "pending": 0, "ata_err": 0, "nvme_err": g.num(10, 60)}
    bad = "/dev/sdc"

    def emit(proc, msg, ev, pid=True):
        t = L.t
        tag = f"{proc}[{pids.get(proc, g.num(2000, 90000))}]" if pid else proc
        L.emit(f"{t:%b %d %H:%M:%S} {host} {tag}: {msg}", ev, None, proc)

    def vdev(d):
        m, s = disks[d]
        return f"/dev/disk/by-id/ata-{m.replace(' ', '_')}_{s}-part1"

    def temp():
        d = g.c(list(disks))
        old = temps[d]
        new = max(25, min(55, old + g.c([-1, 1, 1, -1, 2, -2])))
        temps[d] = new
        attr = g.c([("194", "Temperature_Celsius"), ("190", "Airflow_Temperature_Cel")])
        if attr[0] == "190":
            emit("smartd", f"Device: {d} [SAT], SMART Usage Attribute: 190 Airflow_Temperature_Cel changed from {100 - old} to {100 - new}", "smart_attr_changed")
        else:
            emit("smartd", f"Device: {d} [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from {old + 80 if 'WDC' in disks[d][0] else old} to {new + 80 if 'WDC' in disks[d][0] else new}", "smart_attr_changed")

    def prefail():
        d = g.c(list(disks))
        a = g.c([("1", "Raw_Read_Error_Rate"), ("7", "Seek_Error_Rate"), ("3", "Spin_Up_Time")])
        v = g.num(60, 200)
        emit("smartd", f"Device: {d} [SAT], SMART Prefailure Attribute: {a[0]} {a[1]} changed from {v} to {v + g.c([-1, 1, -2])}", "smart_prefail_changed")

    def pending():
        st["pending"] += g.num(0, 8)
        if st["pending"] == 0:
            return temp()
        emit("smartd", f"Device: {bad} [SAT], {st['pending']} Currently unreadable (pending) sectors", "smart_pending")
        emit("smartd", f"Device: {bad} [SAT], {st['pending']} Offline uncorrectable sectors", "smart_offline_uncorrectable")
        if g.r.random() < 0.3:
            emit("smartd", f"Sending warning via /usr/share/smartmontools/smartd-runner to root ...", "smart_sending_warning")
            emit("smartd", f"Warning via /usr/share/smartmontools/smartd-runner to root: successful", "smart_warning_sent")

    def nvme():
        st["nvme_err"] += 1
        emit("smartd", f"Device: /dev/nvme0, number of Error Log entries increased from {st['nvme_err'] - 1} to {st['nvme_err']}", "smart_nvme_errlog")

    def selftest():
        d = g.c(list(disks))
        emit("smartd", f"Device: {d} [SAT], starting scheduled {g.c(['Short', 'Short', 'Short', 'Long'])} Self-Test.", "smart_selftest_start")
        if g.r.random() < 0.5:
            L.tick(120)
            emit("smartd", f"Device: {d} [SAT], previous self-test completed without error", "smart_selftest_ok")

    def ata_error():
        st["ata_err"] += g.num(1, 3)
        port = 3
        tag = g.num(0, 31)
        lba = g.num(10 ** 8, 15 * 10 ** 9)
        k = lambda m, e: emit("kernel", m, e, pid=False)
        k(f"ata{port}.00: exception Emask 0x0 SAct 0x{g.hx(6)} SErr 0x0 action 0x0", "ata_exception")
        k(f"ata{port}.00: irq_stat 0x40000008", "ata_irq_stat")
        k(f"ata{port}.00: failed command: READ FPDMA QUEUED", "ata_failed_command")
        k(f"ata{port}.00: cmd 60/{g.hx(2)}:{tag * 8:02x}:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}/00:00:{g.hx(2)}:00:00/40 tag {tag} ncq dma {g.c([4096, 8192, 131072])} in", "ata_cmd")
        k(f"         res 41/40:00:{g.hx(2)}:{g.hx(2)}:{g.hx(2)}/00:00:{g.hx(2)}:00:00/00 Emask 0x409 (media error) <F>", "ata_res")
        k(f"ata{port}.00: status: {{ DRDY ERR }}", "ata_status")
        k(f"ata{port}.00: error: {{ UNC }}", "ata_error_unc")
        k(f"ata{port}.00: configured for UDMA/133", "ata_configured")
        k(f"sd 2:0:0:0: [sdc] tag#{tag} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK cmd_age={g.num(1, 9)}s", "sd_failed")
        k(f"sd 2:0:0:0: [sdc] tag#{tag} Sense Key : Medium Error [current] ", "sd_sense_key")
        k(f"sd 2:0:0:0: [sdc] tag#{tag} Add. Sense: Unrecovered read error - auto reallocate failed", "sd_add_sense")
        k(f"sd 2:0:0:0: [sdc] tag#{tag} CDB: Read(16) 88 00 00 00 00 00 {' '.join(g.hx(2) for _ in range(4))} 00 00 00 {g.hx(2)} 00 00", "sd_cdb")
        k(f"I/O error, dev sdc, sector {lba} op 0x0:(READ) flags 0x700 phys_seg {g.num(1, 8)} prio class 2", "io_error")
        k(f"zio pool=tank vdev={vdev(bad)} error=5 type=1 offset={lba * 512 - g.num(0, 4096)} size={g.c([4096, 8192, 131072])} flags=1808b0", "zio_error")
        k(f"ata{port}: EH complete", "ata_eh_complete")
        zed_event("io", f"pool='tank' vdev={vdev(bad).split('/')[-1]} size={g.c([4096, 8192, 131072])} offset={lba * 512} priority=0 err=5 flags=0x1808b0 bookmark={g.num(100, 900)}:{g.num(1, 90000)}:0:{g.num(0, 9000)}")

    def zed_event(cls, detail):
        st["eid"] += 1
        eid = st["eid"]
        emit("zed", f"eid={eid} class={cls} {detail}", f"zed_eid_{'history' if cls == 'history_event' else cls}")
        for script in (["all-syslog.sh"] + (["data-notify.sh"] if cls in ("io", "checksum", "statechange") else [])):
            pid = g.num(2000, 90000)
            emit("zed", f"Invoking \"{script}\" eid={eid} pid={pid}", "zed_invoking")
            emit("zed", f"Finished \"{script}\" eid={eid} pid={pid} time={g.f(0.001, 0.09, 6)}s exit=0", "zed_finished")

    def checksum():
        d = g.c(list(disks))
        zed_event("checksum", f"pool='tank' vdev={vdev(d).split('/')[-1]} algorithm=fletcher4 size={g.c([4096, 131072])} offset={g.num(10 ** 9, 8 * 10 ** 12)} priority=4 err=52 flags=0x180880 bookmark={g.num(100, 900)}:{g.num(1, 90000)}:0:{g.num(0, 9000)}")

    def history():
        zed_event("history_event", f"pool='{g.c(['tank', 'rpool'])}' history_hostname='{host}' history_internal_str='{g.c(['pool version 5000; software version zfs-2.2.6-pve1; uts pve03 6.8.12-4-pve #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-4', 'func=1 mintxg=0 maxtxg=' + str(g.num(10 ** 6, 9 * 10 ** 6))])}' history_internal_name='{g.c(['open', 'scan setup', 'snapshot'])}' history_txg={g.num(10 ** 6, 9 * 10 ** 6)} history_time={int(L.t.timestamp())}")

    def scrub():
        pool = g.c(["tank", "rpool"])
        pids.setdefault("systemd", 1)
        emit("systemd", f"Started zfs-scrub-monthly@{pool}.service - Monthly zpool scrub on {pool}.", "systemd_started")
        zed_event("scrub_start", f"pool='{pool}'")
        L.tick(900)
        zed_event("scrub_finish", f"pool='{pool}'")
        emit("systemd", f"zfs-scrub-monthly@{pool}.service: Deactivated successfully.", "systemd_deactivated")

    def trim():
        pids.setdefault("systemd", 1)
        pids.setdefault("fstrim", g.num(2000, 90000))
        emit("systemd", "Starting fstrim.service - Discard unused blocks on filesystems from /etc/fstab...", "systemd_starting")
        emit("fstrim", f"/boot/efi: {g.num(100, 500)} MiB ({g.num(10 ** 8, 5 * 10 ** 8)} bytes) trimmed on /dev/nvme0n1p2", "fstrim_trimmed")
        emit("fstrim", f"/: {g.f(1, 90, 1)} GiB ({g.num(10 ** 9, 9 * 10 ** 10)} bytes) trimmed on /dev/mapper/pve-root", "fstrim_trimmed")
        emit("systemd", "fstrim.service: Deactivated successfully.", "systemd_deactivated")
        emit("systemd", "Finished fstrim.service - Discard unused blocks on filesystems from /etc/fstab.", "systemd_finished")

    def statechange():
        d = g.c(list(disks))
        zed_event("statechange", f"pool='tank' vdev={vdev(d).split('/')[-1]} vdev_state={g.c(['DEGRADED', 'FAULTED', 'ONLINE'])}")

    ev = [(24, temp), (4, prefail), (3, pending), (1, nvme), (2, selftest), (2.5, ata_error), (1.5, checksum), (2, history), (0.15, scrub), (0.3, trim), (0.2, statechange)]

    def slow(fn):
        def f():
            L.tick(240)
            fn()
        return f
    return L.run([(w, slow(fn)) for w, fn in ev], None)


LOGS = [log_apache_error, log_neo4j, log_nats, log_activemq, log_gunicorn, log_rust_tracing, log_scrapy, log_macos, log_cbs, log_dmesg,
        log_mikrotik, log_pfsense, log_keepalived, log_gradle, log_ffmpeg, log_valheim, log_clamd, log_wazuh, log_esphome, log_storage]


if __name__ == "__main__":
    main(LOGS, WORK)
